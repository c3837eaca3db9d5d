#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace daicho {

class Clock;

// daicho-cli: global options (--db, --lang), then one command with its own arguments.
// Kept free of process globals so tests can run it in-process with their own streams.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication(QTextStream& out, QTextStream& err, const Clock& clock);
    ~CliApplication();

    // arguments: as QCoreApplication::arguments(), program name first.
    int run(const QStringList& arguments);

private:
    void printUsage(QTextStream& stream) const;
    Command* find(const QString& name) const;

    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace daicho
