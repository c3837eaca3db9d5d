#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

// report PATH.pdf|PATH.xlsx [--scope UNIT]: the committee report.
class ReportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString synopsis() const override
    {
        return QStringLiteral("report PATH.pdf|PATH.xlsx [--scope PATH] [--since DATE|last]");
    }
    QString summary() const override { return tr("Write the committee report (情報セキュリティ対策委員会)"); }
    int execute(const QStringList& args, CliContext& ctx) override;
};

} // namespace daicho
