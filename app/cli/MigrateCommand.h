#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

class Database;

// Moves a register onto the shared server: `migrate --from FILE.sqlite --to postgresql://…`.
class MigrateCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString synopsis() const override { return QStringLiteral("migrate --from FILE --to postgresql://USER@HOST/DB"); }
    QString summary() const override
    {
        return tr("Copy a register with its audit trail into a new register (a shared one on PostgreSQL)");
    }
    int execute(const QStringList& args, CliContext& ctx) override;

private:
    static void admitUsers(Database& target, CliContext& ctx);
};

} // namespace daicho
