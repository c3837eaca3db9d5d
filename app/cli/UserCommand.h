#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace daicho {

class CommandLine;
class Register;

// user add|passwd|enable|disable|list: the accounts of a register (administrators only, but
// for a user changing their own password).
class UserCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString synopsis() const override
    {
        return QStringLiteral("user add LOGIN --person NAME [--admin] | passwd LOGIN | enable LOGIN | disable LOGIN "
                              "| list");
    }
    QString summary() const override { return tr("Manage the users who sign in to the register"); }
    int execute(const QStringList& args, CliContext& ctx) override;

private:
    int add(CommandLine& cl, Register& reg, const QString& login, CliContext& ctx);
};

} // namespace daicho
