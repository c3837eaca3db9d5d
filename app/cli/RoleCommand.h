#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

// role assign|list: the 第5条 hierarchy from scripts (whole-city roles and administrators only
// may assign, as in every face).
class RoleCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(RoleCommand)

public:
    QString name() const override { return QStringLiteral("role"); }
    QString synopsis() const override
    {
        return QStringLiteral("role assign --person NAME --role KEY [--unit PATH | --asset ID] [--from DATE] | "
                              "transfer --person NAME --to NAME [--from DATE] | list");
    }
    QString summary() const override { return tr("Assign, transfer and list the roles of 第5条"); }
    int execute(const QStringList& args, CliContext& ctx) override;
};

} // namespace daicho
