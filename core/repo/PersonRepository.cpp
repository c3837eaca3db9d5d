#include "PersonRepository.h"

#include "SqlValues.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SearchIndex.h"

namespace daicho {

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, name, name_kana, title, email, unit_id, part_time, active FROM people");

Person fromRow(const Query& q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.nameKana = q.value(2).toString();
    p.title = q.value(3).toString();
    p.email = q.value(4).toString();
    p.unitId = q.value(5).toLongLong();
    p.partTime = q.value(6).toInt() != 0;
    p.active = q.value(7).toInt() != 0;
    return p;
}

void bindAll(Query& q, const Person& p)
{
    q.bind(QStringLiteral(":name"), p.name)
        .bind(QStringLiteral(":kana"), sql::text(p.nameKana))
        .bind(QStringLiteral(":title"), sql::text(p.title))
        .bind(QStringLiteral(":email"), sql::text(p.email))
        .bind(QStringLiteral(":unit"), sql::id(p.unitId))
        .bind(QStringLiteral(":part_time"), p.partTime ? 1 : 0)
        .bind(QStringLiteral(":active"), p.active ? 1 : 0);
}

Result<QList<Person>> many(Query& q)
{
    if (Status s = q.exec(); !s)
        return Result<QList<Person>>(s.problems());
    QList<Person> people;
    while (q.next())
        people << fromRow(q);
    return q.complete(std::move(people));
}
} // namespace

PersonRepository::PersonRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> PersonRepository::insert(const Person& person)
{
    Query q(m_db, QStringLiteral("INSERT INTO people (name, name_kana, title, email, unit_id, part_time,"
                                 " active) VALUES (:name, :kana, :title, :email, :unit, :part_time, :active)"));
    bindAll(q, person);
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    return q.lastInsertId().toLongLong();
}

Status PersonRepository::update(const Person& person)
{
    Query q(m_db, QStringLiteral("UPDATE people SET name = :name, name_kana = :kana, title = :title,"
                                 " email = :email, unit_id = :unit, part_time = :part_time,"
                                 " active = :active WHERE id = :id"));
    bindAll(q, person);
    q.bind(QStringLiteral(":id"), person.id);
    if (Status s = q.exec(); !s)
        return s;
    // The search index carries people's names with the assets they are named on.
    return SearchIndex::refreshPerson(m_db, person.id);
}

Result<std::optional<Person>> PersonRepository::find(qint64 id) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    Result<QList<Person>> found = many(q);
    if (!found)
        return Result<std::optional<Person>>(found.problems());
    return found.value().isEmpty() ? std::nullopt : std::optional<Person>(found.value().first());
}

Result<QList<Person>> PersonRepository::findByName(const QString& name) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE name = :name ORDER BY id"));
    q.bind(QStringLiteral(":name"), name);
    return many(q);
}

Result<QList<Person>> PersonRepository::all() const
{
    Query q(m_db, kSelect + QStringLiteral(" ORDER BY id"));
    return many(q);
}

Result<qint64> PersonRepository::count() const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM people"));
    return q.integer();
}

Status PersonRepository::remove(qint64 id)
{
    Query q(m_db, QStringLiteral("DELETE FROM people WHERE id = ?"));
    q.bind(0, id);
    return q.exec();
}

Result<qint64> PersonRepository::references(qint64 id) const
{
    Query q(m_db,
            QStringLiteral("WITH p(id) AS (SELECT CAST(? AS BIGINT)) SELECT"
                           " (SELECT COUNT(*) FROM assets WHERE manager_id = p.id OR custodian_id = p.id"
                           " OR system_admin_id = p.id OR sns_responsible_id = p.id OR disposal_confirmed_by = p.id)"
                           " + (SELECT COUNT(*) FROM role_assignments WHERE person_id = p.id)"
                           " + (SELECT COUNT(*) FROM risks WHERE owner_id = p.id)"
                           " + (SELECT COUNT(*) FROM users WHERE person_id = p.id) FROM p"));
    q.bind(0, id);
    return q.integer();
}

} // namespace daicho
