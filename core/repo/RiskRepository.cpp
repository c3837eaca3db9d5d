#include "RiskRepository.h"

#include "SqlValues.h"
#include "db/Query.h"

namespace daicho {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, asset_id, threat, method, threat_level, vulnerability_level, importance, likelihood, value,"
    " treatment, plan, owner_id, due_on, status, residual_threat, residual_vulnerability, residual_likelihood,"
    " residual_value, created_at, updated_at, version FROM risks");

Risk fromRow(const Query& q)
{
    Risk r;
    r.id = q.value(0).toLongLong();
    r.assetId = q.value(1).toLongLong();
    r.threatKey = q.value(2).toString();
    r.method = q.value(3).toString();
    r.threatLevel = q.value(4).toInt();
    r.vulnerabilityLevel = q.value(5).toInt();
    r.importance = q.value(6).toInt();
    r.likelihood = q.value(7).toInt();
    r.value = q.value(8).toInt();
    r.treatment = enumFromKey<Treatment>(q.value(9).toString());
    r.plan = q.value(10).toString();
    r.ownerId = q.value(11).toLongLong();
    r.dueOn = sql::toDate(q.value(12));
    r.status = enumFromKey<RiskStatus>(q.value(13).toString()).value_or(RiskStatus::Open);
    r.residualThreat = q.value(14).toInt();
    r.residualVulnerability = q.value(15).toInt();
    r.residualLikelihood = q.value(16).toInt();
    r.residualValue = q.value(17).toInt();
    r.createdAt = sql::toTimestamp(q.value(18));
    r.updatedAt = sql::toTimestamp(q.value(19));
    r.version = q.value(20).toInt();
    return r;
}

// Every writable column's value, in the order of the statements below.
QList<QVariant> values(const Risk& r)
{
    const auto level = [](int v) { return v > 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::Int)); };
    return {r.assetId,
            r.threatKey,
            r.method,
            r.threatLevel,
            r.vulnerabilityLevel,
            r.importance,
            r.likelihood,
            r.value,
            sql::optionalEnum(r.treatment),
            sql::text(r.plan),
            sql::id(r.ownerId),
            sql::date(r.dueOn),
            enumKey(r.status),
            level(r.residualThreat),
            level(r.residualVulnerability),
            level(r.residualLikelihood),
            level(r.residualValue),
            sql::timestamp(r.createdAt),
            sql::timestamp(r.updatedAt),
            r.version};
}
} // namespace

RiskRepository::RiskRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> RiskRepository::insert(const Risk& risk)
{
    Query q(m_db, QStringLiteral("INSERT INTO risks (asset_id, threat, method, threat_level, vulnerability_level,"
                                 " importance, likelihood, value, treatment, plan, owner_id, due_on, status,"
                                 " residual_threat, residual_vulnerability, residual_likelihood, residual_value,"
                                 " created_at, updated_at, version)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QList<QVariant> v = values(risk);
    for (int i = 0; i < v.size(); ++i)
        q.bind(i, v.at(i));
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    return q.lastInsertId().toLongLong();
}

Status RiskRepository::update(const Risk& risk)
{
    Query q(m_db, QStringLiteral("UPDATE risks SET asset_id = ?, threat = ?, method = ?, threat_level = ?,"
                                 " vulnerability_level = ?, importance = ?, likelihood = ?, value = ?, treatment = ?,"
                                 " plan = ?, owner_id = ?, due_on = ?, status = ?, residual_threat = ?,"
                                 " residual_vulnerability = ?, residual_likelihood = ?, residual_value = ?,"
                                 " created_at = ?, updated_at = ?, version = ? WHERE id = ?"));
    const QList<QVariant> v = values(risk);
    for (int i = 0; i < v.size(); ++i)
        q.bind(i, v.at(i));
    q.bind(static_cast<int>(v.size()), risk.id);
    return q.exec();
}

Result<std::optional<Risk>> RiskRepository::find(qint64 id) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    q.bind(0, id);
    Result<bool> row = q.first();
    if (!row)
        return Result<std::optional<Risk>>(row.problems());
    return row.value() ? std::optional<Risk>(fromRow(q)) : std::nullopt;
}

Result<QList<Risk>> RiskRepository::forAsset(qint64 assetId) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE asset_id = ? ORDER BY id"));
    q.bind(0, assetId);
    if (Status s = q.exec(); !s)
        return Result<QList<Risk>>(s.problems());
    QList<Risk> risks;
    while (q.next())
        risks << fromRow(q);
    return risks;
}

Result<QList<Risk>> RiskRepository::all() const
{
    Query q(m_db, kSelect + QStringLiteral(" ORDER BY id"));
    if (Status s = q.exec(); !s)
        return Result<QList<Risk>>(s.problems());
    QList<Risk> risks;
    while (q.next())
        risks << fromRow(q);
    return risks;
}

Result<qint64> RiskRepository::count() const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM risks"));
    Result<bool> row = q.first();
    if (!row)
        return Result<qint64>(row.problems());
    return q.value(0).toLongLong();
}

Result<RiskRepository::Matrix> RiskRepository::heatmap(bool residual, const std::optional<QList<qint64>>& sections,
                                                       const QList<qint64>& assets) const
{
    // Column names from this fixed choice, never from a caller.
    const QString likelihood = residual ? QStringLiteral("residual_likelihood") : QStringLiteral("likelihood");
    QString sql = QStringLiteral("SELECT importance, %1, COUNT(*) FROM risks WHERE %1 IS NOT NULL").arg(likelihood);
    if (sections)
        sql += QStringLiteral(" AND asset_id IN (SELECT id FROM assets WHERE section_id IN"
                              " (SELECT value FROM json_each(?)) OR id IN (SELECT value FROM json_each(?)))");
    sql += QStringLiteral(" GROUP BY 1, 2");
    Query q(m_db, sql);
    if (sections)
        q.bind(0, sql::idArray(*sections)).bind(1, sql::idArray(assets));
    if (Status s = q.exec(); !s)
        return Result<Matrix>(s.problems());
    Matrix cells(3, QList<qint64>(3, 0));
    while (q.next()) {
        const int importance = q.value(0).toInt();
        const int chance = q.value(1).toInt();
        if (importance >= 1 && importance <= 3 && chance >= 1 && chance <= 3)
            cells[3 - importance][chance - 1] += q.value(2).toLongLong();
    }
    return cells;
}

} // namespace daicho
