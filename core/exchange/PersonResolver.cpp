#include "PersonResolver.h"

#include "LedgerText.h"
#include "service/Register.h"

namespace daicho {

PersonResolver::PersonResolver(Register& reg)
    : m_register(reg)
{
}

Status PersonResolver::load()
{
    Result<QList<Person>> people = m_register.people().people();
    if (!people)
        return Status(people.problems());
    m_byKey.clear();
    m_names.clear();
    // The first person of a name (lowest id) is the one a ledger means.
    for (const Person& p : people.value()) {
        m_names.insert(p.id, p.name);
        const QString key = LedgerText::key(p.name);
        if (!m_byKey.contains(key))
            m_byKey.insert(key, p.id);
    }
    return success();
}

Result<qint64> PersonResolver::person(const QString& name, qint64 unitId)
{
    if (name.isEmpty())
        return qint64(0);
    const QString key = LedgerText::key(name);
    if (const auto it = m_byKey.constFind(key); it != m_byKey.constEnd())
        return *it;
    Person p;
    p.name = name;
    p.unitId = unitId;
    Result<qint64> id = m_register.people().createPerson(p);
    if (!id)
        return id;
    m_byKey.insert(key, id.value());
    m_names.insert(id.value(), name);
    m_created.append({key, id.value()});
    m_createdInRow << name;
    return id;
}

void PersonResolver::keepRow()
{
    m_created.clear();
    m_createdInRow.clear();
}

void PersonResolver::discardRow()
{
    for (const auto& [key, id] : std::as_const(m_created)) {
        m_byKey.remove(key);
        m_names.remove(id);
    }
    keepRow();
}

} // namespace daicho
