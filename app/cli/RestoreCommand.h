#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

class RestoreCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override { return QStringLiteral("restore FILE [--force]"); }
    QString summary() const override
    {
        return tr("Replace the register with a backup whose audit trail verifies, keeping a copy of the register");
    }
    int execute(const QStringList& args, CliContext& ctx) override;
};

} // namespace daicho
