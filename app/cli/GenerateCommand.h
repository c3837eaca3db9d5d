#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

class GenerateCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    QString name() const override { return QStringLiteral("generate"); }
    QString synopsis() const override { return QStringLiteral("generate --assets N [--seed S]"); }
    QString summary() const override { return tr("Add a realistic synthetic register (tests, demos, benchmarks)"); }
    int execute(const QStringList& args, CliContext& ctx) override;

    static constexpr qint64 kMaxAssets = 10'000'000;
};

} // namespace daicho
