#include "RegisterChoices.h"

#include "service/Register.h"

namespace daicho {

QList<LookupField::Choice> RegisterChoices::sections(Register& reg)
{
    QList<LookupField::Choice> sections;
    Result<QList<OrgUnit>> units = reg.org().units();
    if (!units)
        return sections;
    QHash<qint64, QString> names;
    for (const OrgUnit& u : units.value())
        names.insert(u.id, u.name);
    for (const OrgUnit& u : units.value()) {
        if (u.kind != UnitKind::Section || !u.active)
            continue;
        // Section names repeat across bodies (総務課): the parent tells them apart.
        sections << LookupField::Choice{u.id, tr("%1 (%2)").arg(u.name, names.value(u.parentId)),
                                        names.value(u.parentId)};
    }
    return sections;
}

QList<LookupField::Choice> RegisterChoices::people(Register& reg)
{
    QList<LookupField::Choice> people;
    if (Result<QList<Person>> all = reg.people().people())
        for (const Person& p : all.value())
            if (p.active)
                people << LookupField::Choice{p.id, p.name, p.title};
    return people;
}

} // namespace daicho
