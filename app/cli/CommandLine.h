#pragma once

#include "Command.h"

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
    // The register the command works on; null (with the reason on stderr) when it cannot be opened.
    std::unique_ptr<Register> openRegister();

private:
    const Command& m_command;
    CliContext& m_ctx;
    QCommandLineParser m_parser;
};

} // namespace daicho
