#include "RoleRepository.h"

#include "SqlValues.h"
#include "db/Database.h"
#include "db/Query.h"

namespace daicho {

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, person_id, role, unit_id, asset_id, valid_from, valid_to FROM role_assignments");

RoleAssignment fromRow(const Query& q)
{
    RoleAssignment r;
    r.id = q.value(0).toLongLong();
    r.personId = q.value(1).toLongLong();
    r.role = enumFromKey<Role>(q.value(2).toString()).value_or(Role::SecurityManager);
    r.unitId = q.value(3).toLongLong();
    r.assetId = q.value(4).toLongLong();
    r.validFrom = sql::toDate(q.value(5));
    r.validTo = sql::toDate(q.value(6));
    return r;
}

void bindAll(Query& q, const RoleAssignment& r)
{
    q.bind(QStringLiteral(":person"), r.personId)
        .bind(QStringLiteral(":role"), enumKey(r.role))
        .bind(QStringLiteral(":unit"), sql::id(r.unitId))
        .bind(QStringLiteral(":asset"), sql::id(r.assetId))
        .bind(QStringLiteral(":from"), sql::date(r.validFrom))
        .bind(QStringLiteral(":to"), sql::date(r.validTo));
}

Result<QList<RoleAssignment>> many(Query& q)
{
    if (Status s = q.exec(); !s)
        return Result<QList<RoleAssignment>>(s.problems());
    QList<RoleAssignment> list;
    while (q.next())
        list << fromRow(q);
    return q.complete(std::move(list));
}
} // namespace

RoleRepository::RoleRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> RoleRepository::insert(const RoleAssignment& assignment)
{
    Query q(m_db, QStringLiteral("INSERT INTO role_assignments (person_id, role, unit_id, asset_id,"
                                 " valid_from, valid_to) VALUES (:person, :role, :unit, :asset, :from, :to)"));
    bindAll(q, assignment);
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    return q.lastInsertId().toLongLong();
}

Status RoleRepository::update(const RoleAssignment& assignment)
{
    Query q(m_db, QStringLiteral("UPDATE role_assignments SET person_id = :person, role = :role,"
                                 " unit_id = :unit, asset_id = :asset, valid_from = :from,"
                                 " valid_to = :to WHERE id = :id"));
    bindAll(q, assignment);
    q.bind(QStringLiteral(":id"), assignment.id);
    return q.exec();
}

Result<std::optional<RoleAssignment>> RoleRepository::find(qint64 id) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    Result<QList<RoleAssignment>> found = many(q);
    if (!found)
        return Result<std::optional<RoleAssignment>>(found.problems());
    return found.value().isEmpty() ? std::nullopt : std::optional<RoleAssignment>(found.value().first());
}

Result<QList<RoleAssignment>> RoleRepository::currentForPerson(qint64 personId) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE person_id = :person AND valid_to IS NULL ORDER BY id"));
    q.bind(QStringLiteral(":person"), personId);
    return many(q);
}

Result<QList<RoleAssignment>> RoleRepository::currentHolders(Role role, qint64 unitId) const
{
    Query q(m_db,
            kSelect + QStringLiteral(" WHERE role = :role AND valid_to IS NULL AND (:any_unit = 1 OR unit_id = :unit)"
                                     " ORDER BY id"));
    q.bind(QStringLiteral(":role"), enumKey(role))
        .bind(QStringLiteral(":any_unit"), unitId == 0 ? 1 : 0)
        .bind(QStringLiteral(":unit"), unitId);
    return many(q);
}

Result<QList<RoleAssignment>> RoleRepository::forRole(Role role) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE role = :role ORDER BY id"));
    q.bind(QStringLiteral(":role"), enumKey(role));
    return many(q);
}

Result<QList<RoleAssignment>> RoleRepository::all() const
{
    Query q(m_db, kSelect + QStringLiteral(" ORDER BY id"));
    return many(q);
}

Status RoleRepository::remove(qint64 id)
{
    Query q(m_db, QStringLiteral("DELETE FROM role_assignments WHERE id = ?"));
    q.bind(0, id);
    return q.exec();
}

} // namespace daicho
