#include "OrgUnitRepository.h"

#include "SqlValues.h"
#include "db/Database.h"
#include "db/Query.h"

namespace daicho {

namespace {
const QString kSelect = QStringLiteral("SELECT id, parent_id, kind, name, name_en, sort_order, active FROM org_units");

OrgUnit fromRow(const Query& q)
{
    OrgUnit u;
    u.id = q.value(0).toLongLong();
    u.parentId = q.value(1).toLongLong();
    u.kind = enumFromKey<UnitKind>(q.value(2).toString()).value_or(UnitKind::Section);
    u.name = q.value(3).toString();
    u.nameEn = q.value(4).toString();
    u.sortOrder = q.value(5).toInt();
    u.active = q.value(6).toInt() != 0;
    return u;
}

void bindAll(Query& q, const OrgUnit& u)
{
    q.bind(QStringLiteral(":parent"), sql::id(u.parentId))
        .bind(QStringLiteral(":kind"), enumKey(u.kind))
        .bind(QStringLiteral(":name"), u.name)
        .bind(QStringLiteral(":name_en"), sql::text(u.nameEn))
        .bind(QStringLiteral(":sort"), u.sortOrder)
        .bind(QStringLiteral(":active"), u.active ? 1 : 0);
}

Result<std::optional<OrgUnit>> single(Query& q)
{
    Result<bool> row = q.first();
    if (!row)
        return Result<std::optional<OrgUnit>>(row.problems());
    return row.value() ? std::optional<OrgUnit>(fromRow(q)) : std::nullopt;
}
} // namespace

OrgUnitRepository::OrgUnitRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> OrgUnitRepository::insert(const OrgUnit& unit)
{
    Query q(m_db, QStringLiteral("INSERT INTO org_units (parent_id, kind, name, name_en, sort_order, active)"
                                 " VALUES (:parent, :kind, :name, :name_en, :sort, :active)"));
    bindAll(q, unit);
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    return q.lastInsertId().toLongLong();
}

Status OrgUnitRepository::update(const OrgUnit& unit)
{
    Query q(m_db, QStringLiteral("UPDATE org_units SET parent_id = :parent, kind = :kind, name = :name,"
                                 " name_en = :name_en, sort_order = :sort, active = :active WHERE id = :id"));
    bindAll(q, unit);
    q.bind(QStringLiteral(":id"), unit.id);
    return q.exec();
}

Result<std::optional<OrgUnit>> OrgUnitRepository::find(qint64 id) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    return single(q);
}

Result<std::optional<OrgUnit>> OrgUnitRepository::findChild(qint64 parentId, const QString& name) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE COALESCE(parent_id, 0) = :parent AND name = :name"));
    q.bind(QStringLiteral(":parent"), parentId).bind(QStringLiteral(":name"), name);
    return single(q);
}

Result<QList<OrgUnit>> OrgUnitRepository::all() const
{
    // Ordered by depth (bodies have no parent, departments' parents are bodies...) is not
    // expressible portably without recursion, so callers build the tree from parent ids.
    Query q(m_db, kSelect + QStringLiteral(" ORDER BY sort_order, id"));
    if (Status s = q.exec(); !s)
        return Result<QList<OrgUnit>>(s.problems());
    QList<OrgUnit> units;
    while (q.next())
        units << fromRow(q);
    return q.complete(std::move(units));
}

Result<qint64> OrgUnitRepository::count() const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM org_units"));
    return q.integer();
}

Status OrgUnitRepository::remove(qint64 id)
{
    Query q(m_db, QStringLiteral("DELETE FROM org_units WHERE id = ?"));
    q.bind(0, id);
    return q.exec();
}

Result<qint64> OrgUnitRepository::references(qint64 id) const
{
    Query q(m_db, QStringLiteral("WITH p(id) AS (SELECT CAST(? AS BIGINT)) SELECT"
                                 " (SELECT COUNT(*) FROM org_units WHERE parent_id = p.id)"
                                 " + (SELECT COUNT(*) FROM assets WHERE section_id = p.id)"
                                 " + (SELECT COUNT(*) FROM people WHERE unit_id = p.id)"
                                 " + (SELECT COUNT(*) FROM role_assignments WHERE unit_id = p.id) FROM p"));
    q.bind(0, id);
    return q.integer();
}

} // namespace daicho
