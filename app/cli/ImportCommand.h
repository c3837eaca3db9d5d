#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

class ImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override
    {
        return QStringLiteral("import PATH [--sheet NAME] [--encoding auto|utf-8|cp932] [--dry-run] [--skip-invalid]");
    }
    QString summary() const override
    {
        return tr("Import a ledger (.csv, .xlsx): assets are created or updated by 資産ID, all or nothing");
    }
    int execute(const QStringList& args, CliContext& ctx) override;
};

} // namespace daicho
