#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

class StatsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    QString name() const override { return QStringLiteral("stats"); }
    QString synopsis() const override { return QStringLiteral("stats [--json]"); }
    QString summary() const override { return tr("Count assets, units and people, by category, segment and level"); }
    int execute(const QStringList& args, CliContext& ctx) override;
};

} // namespace daicho
