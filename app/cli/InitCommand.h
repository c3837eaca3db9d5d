#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

class InitCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override
    {
        return QStringLiteral("init [--template noshiro|empty] [--admin LOGIN [--person NAME]]");
    }
    QString summary() const override { return tr("Create a new register (never overwrites an existing file)"); }
    int execute(const QStringList& args, CliContext& ctx) override;
};

} // namespace daicho
