#pragma once

#include "Command.h"
#include "common/Problem.h"
#include "domain/OrgUnit.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>

namespace daicho {

class Register;

// Parses a command's own arguments; on a bad argument it prints the reason and the command's
// usage to stderr, so every command reports usage errors the same way (exit code 2).
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(const Command& command, CliContext& ctx);
    QCommandLineParser& parser() { return m_parser; }
    // False when the arguments are bad (usage already printed).
    bool parse(const QStringList& args, int maxPositional = 0);
    int usageError(const QString& reason);
    // A whole number option within [min, max]; nullopt (with usage printed) otherwise.
    std::optional<qint64> integer(const QString& option, qint64 min, qint64 max);
    // The register the command works on, signed in as --user when it has users; null (with the
    // reason on stderr) when it cannot be opened or the sign-in fails; failure() then says how.
    std::unique_ptr<Register> openRegister();
    int failure() const { return m_failure; }
    // Why openRegister() could not read the register; empty when it could (the sign-in may still fail).
    const Problems& openProblems() const { return m_openProblems; }
    // A password: from the environment variable when set (scripts), else asked on the terminal
    // without echo. Empty when there is neither.
    static QString secret(const char* environmentVariable, const QString& prompt, CliContext& ctx);

private:
    const Command& m_command;
    CliContext& m_ctx;
    QCommandLineParser m_parser;
    int m_failure = ExitFailure;
    Problems m_openProblems;
};

// "市長（市長部局）/総務部/総務課": unit names from the body down; 0 when no unit has that path.
qint64 unitAtPath(const QList<OrgUnit>& units, const QString& path);

} // namespace daicho
