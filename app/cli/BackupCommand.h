#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

class BackupCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override { return QStringLiteral("backup FILE"); }
    QString summary() const override
    {
        return tr("Write a consistent copy of the register to a new file (owner-only) and check it");
    }
    int execute(const QStringList& args, CliContext& ctx) override;
};

} // namespace daicho
