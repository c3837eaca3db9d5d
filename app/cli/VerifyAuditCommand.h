#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

class VerifyAuditCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(VerifyAuditCommand)

public:
    QString name() const override { return QStringLiteral("verify-audit"); }
    QString synopsis() const override { return QStringLiteral("verify-audit"); }
    QString summary() const override
    {
        return tr("Check the audit chain and that every record matches its last audit event");
    }
    int execute(const QStringList& args, CliContext& ctx) override;
};

} // namespace daicho
