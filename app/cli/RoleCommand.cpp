#include "RoleCommand.h"

#include "CommandLine.h"
#include "domain/EnumTable.h"
#include "service/AccessPolicy.h"
#include "service/Register.h"

namespace daicho {

int RoleCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption person(QStringLiteral("person"), tr("The person's name."), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("The role: %1.").arg(enumKeys<Role>().join(QStringLiteral(", "))),
                                  QStringLiteral("KEY"));
    const QCommandLineOption unit(QStringLiteral("unit"), tr("The unit, as names from the body down joined by /."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption asset(QStringLiteral("asset"), tr("The information system, by its 資産ID."),
                                   QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day in office (default: today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption successor(QStringLiteral("to"), tr("Who takes over (transfer)."), QStringLiteral("NAME"));
    cl.parser().addOptions({person, role, unit, asset, from, successor});
    if (!cl.parse(args, 1))
        return ExitUsage;
    const QString action = cl.parser().positionalArguments().value(0);
    if (action != QLatin1String("assign") && action != QLatin1String("list") && action != QLatin1String("transfer"))
        return cl.usageError(tr("Say what to do: assign, transfer or list."));
    std::unique_ptr<Register> reg = cl.openRegister();
    if (!reg)
        return cl.failure();
    const QList<OrgUnit> units = reg->org().units().valueOr({});
    const QList<Person> people = reg->people().people().valueOr({});

    if (action == QLatin1String("list")) {
        QHash<qint64, QString> unitNames, personNames;
        for (const OrgUnit& u : units)
            unitNames.insert(u.id, u.name);
        for (const Person& p : people)
            personNames.insert(p.id, p.name);
        for (const RoleAssignment& a : reg->people().allRoles().valueOr({})) {
            if (a.validTo.isValid() && a.validTo < ctx.clock.nowUtc().date())
                continue; // ended
            const QString over = a.unitId    ? unitNames.value(a.unitId)
                                 : a.assetId ? reg->assets().find(a.assetId).valueOr({}).value_or(Asset{}).code
                                             : QString();
            ctx.out << QStringLiteral("%1\t%2\t%3\t%4")
                           .arg(personNames.value(a.personId), enumKey(a.role), over, a.validFrom.toString(Qt::ISODate))
                    << Qt::endl;
        }
        return ExitOk;
    }

    // The one active person of a name, or an error said.
    const auto personNamed = [&](const QString& name) -> qint64 {
        QList<qint64> found;
        for (const Person& p : people)
            if (p.active && p.name == name.trimmed())
                found << p.id;
        if (found.size() == 1)
            return found.first();
        ctx.err << (found.isEmpty() ? tr("Nobody in the register is named %1.").arg(name)
                                    : tr("%1 people are named %2; tell them apart first.").arg(found.size()).arg(name))
                << Qt::endl;
        return 0;
    };
    if (action == QLatin1String("transfer")) {
        // 人事異動: roles and named assets move to the successor on the day given.
        const QDate day = cl.parser().isSet(from) ? QDate::fromString(cl.parser().value(from), Qt::ISODate)
                                                  : ctx.clock.nowUtc().date();
        if (!day.isValid())
            return cl.usageError(tr("--from takes a date such as 2026-04-01."));
        const qint64 leaving = personNamed(cl.parser().value(person));
        const qint64 coming = leaving ? personNamed(cl.parser().value(successor)) : 0;
        if (!leaving || !coming)
            return ExitFailure;
        Result<PeopleService::Transfer> done = reg->people().transfer(leaving, coming, day);
        if (!done) {
            ctx.err << done.errorText() << Qt::endl;
            const bool denied = std::any_of(done.problems().cbegin(), done.problems().cend(),
                                            [](const Problem& p) { return p.field == AccessPolicy::kDenied; });
            return denied ? ExitDenied : ExitFailure;
        }
        ctx.out << tr("%1 takes over %n role(s), %2 asset(s) and %3 open risk(s) from %4 on %5.", nullptr,
                      int(done.value().createdRoles.size()))
                       .arg(cl.parser().value(successor))
                       .arg(done.value().movedAssets.size())
                       .arg(done.value().movedRisks.size())
                       .arg(cl.parser().value(person), day.toString(Qt::ISODate))
                << Qt::endl;
        return ExitOk;
    }

    const std::optional<Role> chosen = enumFromKey<Role>(cl.parser().value(role));
    if (!chosen)
        return cl.usageError(tr("--role must be one of: %1.").arg(enumKeys<Role>().join(QStringLiteral(", "))));
    QList<qint64> matches;
    for (const Person& p : people)
        if (p.active && p.name == cl.parser().value(person).trimmed())
            matches << p.id;
    if (matches.size() != 1) {
        ctx.err << (matches.isEmpty() ? tr("Nobody in the register is named %1.").arg(cl.parser().value(person))
                                      : tr("%1 people are named %2; tell them apart first.")
                                            .arg(matches.size())
                                            .arg(cl.parser().value(person)))
                << Qt::endl;
        return ExitFailure;
    }
    RoleAssignment a;
    a.personId = matches.first();
    a.role = *chosen;
    a.validFrom =
        cl.parser().isSet(from) ? QDate::fromString(cl.parser().value(from), Qt::ISODate) : ctx.clock.nowUtc().date();
    if (!a.validFrom.isValid())
        return cl.usageError(tr("--from takes a date such as 2026-04-01."));
    if (cl.parser().isSet(unit)) {
        a.unitId = unitAtPath(units, cl.parser().value(unit));
        if (a.unitId == 0) {
            ctx.err << tr("No unit has the path %1.").arg(cl.parser().value(unit)) << Qt::endl;
            return ExitFailure;
        }
    }
    if (cl.parser().isSet(asset)) {
        const auto id = reg->assets().idByCode(cl.parser().value(asset));
        a.assetId = id && id.value() ? *id.value() : -1;
    }
    Result<qint64> assigned = reg->people().assignRole(a);
    if (!assigned) {
        ctx.err << assigned.errorText() << Qt::endl;
        const bool denied = std::any_of(assigned.problems().cbegin(), assigned.problems().cend(),
                                        [](const Problem& p) { return p.field == AccessPolicy::kDenied; });
        return denied ? ExitDenied : ExitFailure;
    }
    ctx.out << tr("%1 is now %2.").arg(cl.parser().value(person), enumLabel(*chosen)) << Qt::endl;
    return ExitOk;
}

} // namespace daicho
