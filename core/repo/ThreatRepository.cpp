#include "ThreatRepository.h"

#include "SqlValues.h"
#include "db/Query.h"

namespace daicho {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, key, grp, name_ja, name_en, axes, position, active, created_at, updated_at, version FROM threats");

QList<Axis> axesFrom(const QString& text)
{
    QList<Axis> axes;
    for (Axis axis : {Axis::Confidentiality, Axis::Integrity, Axis::Availability})
        if (text.split(QLatin1Char(',')).contains(axisKey(axis)))
            axes << axis;
    return axes;
}

QString axesText(const QList<Axis>& axes)
{
    QStringList keys;
    for (Axis axis : {Axis::Confidentiality, Axis::Integrity, Axis::Availability})
        if (axes.contains(axis))
            keys << axisKey(axis);
    return keys.join(QLatin1Char(','));
}

Threat fromRow(const Query& q)
{
    Threat t;
    t.id = q.value(0).toLongLong();
    t.key = q.value(1).toString();
    t.group = enumFromKey<ThreatGroup>(q.value(2).toString()).value_or(ThreatGroup::Intentional);
    t.nameJa = q.value(3).toString();
    t.nameEn = q.value(4).toString();
    t.axes = axesFrom(q.value(5).toString());
    t.position = q.value(6).toInt();
    t.active = q.value(7).toBool();
    t.createdAt = sql::toTimestamp(q.value(8));
    t.updatedAt = sql::toTimestamp(q.value(9));
    t.version = q.value(10).toInt();
    return t;
}

void bindValues(Query& q, const Threat& t)
{
    q.bind(0, t.key)
        .bind(1, enumKey(t.group))
        .bind(2, t.nameJa)
        .bind(3, sql::text(t.nameEn))
        .bind(4, axesText(t.axes))
        .bind(5, t.position)
        .bind(6, t.active ? 1 : 0)
        .bind(7, sql::timestamp(t.createdAt))
        .bind(8, sql::timestamp(t.updatedAt))
        .bind(9, t.version);
}
} // namespace

ThreatRepository::ThreatRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> ThreatRepository::insert(const Threat& threat)
{
    Query q(m_db, QStringLiteral("INSERT INTO threats (key, grp, name_ja, name_en, axes, position, active,"
                                 " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindValues(q, threat);
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    return q.lastInsertId().toLongLong();
}

Status ThreatRepository::update(const Threat& threat)
{
    Query q(m_db, QStringLiteral("UPDATE threats SET key = ?, grp = ?, name_ja = ?, name_en = ?, axes = ?,"
                                 " position = ?, active = ?, created_at = ?, updated_at = ?, version = ?"
                                 " WHERE id = ?"));
    bindValues(q, threat);
    q.bind(10, threat.id);
    return q.exec();
}

Result<std::optional<Threat>> ThreatRepository::find(qint64 id) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    q.bind(0, id);
    Result<bool> row = q.first();
    if (!row)
        return Result<std::optional<Threat>>(row.problems());
    return row.value() ? std::optional<Threat>(fromRow(q)) : std::nullopt;
}

Result<std::optional<Threat>> ThreatRepository::findByKey(const QString& key) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE key = ?"));
    q.bind(0, key);
    Result<bool> row = q.first();
    if (!row)
        return Result<std::optional<Threat>>(row.problems());
    return row.value() ? std::optional<Threat>(fromRow(q)) : std::nullopt;
}

Result<QList<Threat>> ThreatRepository::all() const
{
    Query q(m_db, kSelect + QStringLiteral(" ORDER BY position, id"));
    if (Status s = q.exec(); !s)
        return Result<QList<Threat>>(s.problems());
    QList<Threat> threats;
    while (q.next())
        threats << fromRow(q);
    return q.complete(std::move(threats));
}

} // namespace daicho
