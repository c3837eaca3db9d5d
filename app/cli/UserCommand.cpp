#include "UserCommand.h"

#include "CommandLine.h"
#include "service/AccessPolicy.h"
#include "service/Register.h"

#include <algorithm>

namespace daicho {

namespace {
// 3 when the user may not do it, 1 when it cannot be done (a wrong login, a short password).
int deniedOrFailed(const Problems& problems)
{
    const bool denied = std::any_of(problems.cbegin(), problems.cend(),
                                    [](const Problem& p) { return p.field == AccessPolicy::kDenied; });
    return denied ? ExitDenied : ExitFailure;
}
} // namespace

int UserCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption personOption(QStringLiteral("person"), tr("The person the user is (their name)."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption adminOption(QStringLiteral("admin"), tr("An administrator (the security office)."));
    cl.parser().addOption(personOption);
    cl.parser().addOption(adminOption);
    if (!cl.parse(args, 2))
        return ExitUsage;
    const QStringList words = cl.parser().positionalArguments();
    const QString action = words.value(0);
    const QString login = words.value(1);
    const QStringList actions{QStringLiteral("add"), QStringLiteral("passwd"), QStringLiteral("enable"),
                              QStringLiteral("disable"), QStringLiteral("list")};
    if (!actions.contains(action))
        return cl.usageError(tr("Say what to do: %1.").arg(actions.join(QStringLiteral(", "))));
    if (action != QLatin1String("list") && login.isEmpty())
        return cl.usageError(tr("%1 needs a LOGIN.").arg(action));

    std::unique_ptr<Register> reg = cl.openRegister();
    if (!reg)
        return cl.failure();
    UserService& users = reg->users();
    Status done = success();
    if (action == QLatin1String("add")) {
        return add(cl, *reg, login, ctx);
    } else if (action == QLatin1String("passwd")) {
        done = users.setPassword(
            login, CommandLine::secret("DAICHO_NEW_PASSWORD", tr("New password for %1: ").arg(login), ctx));
    } else if (action == QLatin1String("enable") || action == QLatin1String("disable")) {
        done = users.setEnabled(login, action == QLatin1String("enable"));
    } else {
        Result<QList<User>> all = users.users();
        if (!all) {
            ctx.err << all.errorText() << Qt::endl;
            return ExitFailure;
        }
        QHash<qint64, QString> names;
        for (const Person& p : reg->people().people().valueOr({}))
            names.insert(p.id, p.name);
        for (const User& u : all.value())
            ctx.out << QStringLiteral("%1\t%2\t%3\t%4")
                           .arg(u.login, names.value(u.personId), u.isAdmin ? tr("administrator") : tr("user"),
                                u.enabled ? tr("enabled") : tr("disabled"))
                    << Qt::endl;
        return ExitOk;
    }
    if (!done) {
        ctx.err << done.errorText() << Qt::endl;
        return deniedOrFailed(done.problems());
    }
    ctx.out << tr("Done: %1 %2.").arg(action, login) << Qt::endl;
    return ExitOk;
}

int UserCommand::add(CommandLine& cl, Register& reg, const QString& login, CliContext& ctx)
{
    const QString name = cl.parser().value(QStringLiteral("person")).trimmed();
    if (name.isEmpty())
        return cl.usageError(tr("user add needs --person NAME: a user is a person of the register."));
    QList<Person> matches;
    for (const Person& p : reg.people().people().valueOr({}))
        if (p.name == name && p.active)
            matches << p;
    if (matches.size() != 1) {
        ctx.err << (matches.isEmpty()
                        ? tr("Nobody in the register is named %1.").arg(name)
                        : tr("%1 people are named %2; tell them apart first (Edit → People and Roles), then try again.")
                              .arg(matches.size())
                              .arg(name))
                << Qt::endl;
        return ExitFailure;
    }
    const QString password =
        CommandLine::secret("DAICHO_NEW_PASSWORD", tr("Password for the new user %1: ").arg(login), ctx);
    Result<qint64> id =
        reg.users().createUser(login, matches.first().id, password, cl.parser().isSet(QStringLiteral("admin")));
    if (!id) {
        ctx.err << id.errorText() << Qt::endl;
        return deniedOrFailed(id.problems());
    }
    ctx.out << tr("Created the user %1 for %2.").arg(login, name) << Qt::endl;
    if (reg.database().isServer())
        ctx.out << tr("%1 connects to the shared register as the server login %1 with this password.").arg(login)
                << Qt::endl;
    return ExitOk;
}

} // namespace daicho
