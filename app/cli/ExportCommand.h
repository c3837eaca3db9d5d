#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

class ExportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override { return QStringLiteral("export PATH [--encoding utf-8|cp932] [--banner TEXT]"); }
    QString summary() const override { return tr("Export the ledger; the format follows the extension (.csv, .xlsx)"); }
    int execute(const QStringList& args, CliContext& ctx) override;
};

} // namespace daicho
