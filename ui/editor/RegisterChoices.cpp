#include "RegisterChoices.h"

#include "service/Register.h"

#include <QComboBox>

#include <functional>

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
    Result<QList<Person>> all = reg.people().people();
    if (!all)
        return people;
    QHash<qint64, QString> units;
    if (Result<QList<OrgUnit>> found = reg.org().units())
        for (const OrgUnit& u : found.value())
            units.insert(u.id, u.name);
    QList<Person> active;
    for (const Person& p : all.value())
        if (p.active)
            active << p;
    // Namesakes (同姓同名) are common in a city hall: they are told apart by where they work,
    // and by their number when even that is the same, so that each text names one person.
    const auto countOf = [](const QStringList& texts) {
        QHash<QString, int> counts;
        for (const QString& t : texts)
            ++counts[t];
        return counts;
    };
    QStringList texts;
    for (const Person& p : active)
        texts << p.name;
    const QHash<QString, int> names = countOf(texts);
    for (int i = 0; i < active.size(); ++i)
        if (names.value(texts[i]) > 1)
            texts[i] = tr("%1 (%2)").arg(active[i].name, units.value(active[i].unitId, tr("no unit")));
    const QHash<QString, int> withUnits = countOf(texts);
    for (int i = 0; i < active.size(); ++i) {
        if (withUnits.value(texts[i]) > 1)
            texts[i] = tr("%1 (%2, no. %3)")
                           .arg(active[i].name, units.value(active[i].unitId, tr("no unit")))
                           .arg(active[i].id);
        people << LookupField::Choice{active[i].id, texts[i], active[i].title};
    }
    return people;
}

void RegisterChoices::fillUnits(QComboBox* box, Register& reg)
{
    const qint64 current = box->currentData().toLongLong();
    box->clear();
    box->addItem(tr("Whole organisation"), qint64(0));
    Result<QList<OrgUnit>> units = reg.org().units();
    if (units) {
        const QList<OrgUnit>& all = units.value();
        std::function<void(qint64, int)> add = [&](qint64 parent, int depth) {
            for (const OrgUnit& u : all) {
                if (u.parentId != parent || !u.active)
                    continue;
                box->addItem(QString(depth * 2, QChar(0x3000)) + u.name, u.id);
                add(u.id, depth + 1);
            }
        };
        add(0, 0);
    }
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace daicho
