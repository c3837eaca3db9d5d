#pragma once

#include <QStringList>
#include <QTextStream>

namespace daicho {

class Clock;

// What a CLI command runs with: the register it is pointed at and where it writes.
struct CliContext {
    QString dbPath;
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    QString user; // --user: who signs in to a register that has users
};

// Exit codes of daicho-cli, shared by every command.
enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitDenied = 3, ExitFindings = 4 };

// One CLI command: one class, one execute() entry, testable in-process.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // e.g. "generate --assets N [--seed S]"
    virtual QString summary() const = 0;  // translated, one line
    // args: what followed the command name.
    virtual int execute(const QStringList& args, CliContext& ctx) = 0;
};

} // namespace daicho
