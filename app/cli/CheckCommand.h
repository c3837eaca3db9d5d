#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

// check [--json] [--rule ID…]: the register against the regulation's rules.
class CheckCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override { return QStringLiteral("check [--json] [--rule ID]..."); }
    QString summary() const override
    {
        return tr("Check the register against the regulation; exit 4 when there are error-level findings");
    }
    int execute(const QStringList& args, CliContext& ctx) override;
};

} // namespace daicho
