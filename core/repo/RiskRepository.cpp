#include "RiskRepository.h"

#include "SqlValues.h"
#include "db/Query.h"

namespace daicho {

namespace {
const QString kColumns = QStringLiteral(
    "id, asset_id, threat, method, method_snapshot, threat_level, vulnerability_level, impact, likelihood, value,"
    " band, treatment, plan, owner_id, due_on, status, residual_threat, residual_vulnerability, residual_impact,"
    " residual_likelihood, residual_value, residual_band, created_at, updated_at, version");
constexpr int kColumnCount = 25;

// The writing statements, spelled once from kColumns (a bulk generation writes millions of risks).
const QString kInsert = [] {
    const QString columns = kColumns.mid(QStringLiteral("id, ").size());
    return QStringLiteral("INSERT INTO risks (%1) VALUES (?%2)")
        .arg(columns, QStringLiteral(", ?").repeated(kColumnCount - 2));
}();
const QString kUpdate = [] {
    QStringList assignments = kColumns.mid(QStringLiteral("id, ").size()).split(QStringLiteral(", "));
    for (QString& a : assignments)
        a += QStringLiteral(" = ?");
    return QStringLiteral("UPDATE risks SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", ")));
}();

QString prefixed(const QString& alias)
{
    QStringList columns = kColumns.split(QStringLiteral(", "));
    for (QString& c : columns)
        c.prepend(alias + QLatin1Char('.'));
    return columns.join(QStringLiteral(", "));
}

Risk fromRow(const Query& q, int at = 0)
{
    const auto v = [&q, at](int i) { return q.value(at + i); };
    Risk r;
    r.id = v(0).toLongLong();
    r.assetId = v(1).toLongLong();
    r.threatKey = v(2).toString();
    r.method = v(3).toString();
    r.methodSnapshot = v(4).toString();
    r.threatLevel = v(5).toInt();
    r.vulnerabilityLevel = v(6).toInt();
    r.impact = v(7).toInt();
    r.likelihood = v(8).toInt();
    r.value = v(9).toInt();
    r.band = enumFromKey<RiskBand>(v(10).toString()).value_or(RiskBand::Low);
    r.treatment = enumFromKey<Treatment>(v(11).toString());
    r.plan = v(12).toString();
    r.ownerId = v(13).toLongLong();
    r.dueOn = sql::toDate(v(14));
    r.status = enumFromKey<RiskStatus>(v(15).toString()).value_or(RiskStatus::Open);
    r.residualThreat = v(16).toInt();
    r.residualVulnerability = v(17).toInt();
    r.residualImpact = v(18).toInt();
    r.residualLikelihood = v(19).toInt();
    r.residualValue = v(20).toInt();
    r.residualBand = enumFromKey<RiskBand>(v(21).toString());
    r.createdAt = sql::toTimestamp(v(22));
    r.updatedAt = sql::toTimestamp(v(23));
    r.version = v(24).toInt();
    return r;
}

// Every column's value but the id, in the order of kColumns.
QList<QVariant> values(const Risk& r)
{
    const auto level = [](int v) { return v > 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::Int)); };
    return {r.assetId,
            r.threatKey,
            r.method,
            r.methodSnapshot,
            level(r.threatLevel),
            level(r.vulnerabilityLevel),
            r.impact,
            r.likelihood,
            r.value,
            enumKey(r.band),
            sql::optionalEnum(r.treatment),
            sql::text(r.plan),
            sql::id(r.ownerId),
            sql::date(r.dueOn),
            enumKey(r.status),
            level(r.residualThreat),
            level(r.residualVulnerability),
            level(r.residualImpact),
            level(r.residualLikelihood),
            level(r.residualValue),
            sql::optionalEnum(r.residualBand),
            sql::timestamp(r.createdAt),
            sql::timestamp(r.updatedAt),
            r.version};
}

// The conditions a RiskFilter adds over columns named section_id, segment, category and grp
// (of the tallies, or of assets a and threats t); the values are bound by bindFilter().
QStringList filterConditions(const RiskFilter& f, const QString& section, const QString& segment,
                             const QString& category, const QString& group, const QString& band)
{
    QStringList conditions;
    if (f.unitId != 0)
        conditions << section + QStringLiteral(" IN (SELECT id FROM subtree)");
    if (f.segment)
        conditions << segment + QStringLiteral(" = :segment");
    if (f.category)
        conditions << category + QStringLiteral(" = :category");
    if (f.group)
        conditions << group + QStringLiteral(" = :grp");
    if (f.band)
        conditions << band + QStringLiteral(" = :band");
    return conditions;
}

void bindFilter(Query& q, const RiskFilter& f)
{
    if (f.unitId != 0)
        q.bind(QStringLiteral(":unit"), f.unitId);
    if (f.segment)
        q.bind(QStringLiteral(":segment"), enumKey(*f.segment));
    if (f.category)
        q.bind(QStringLiteral(":category"), enumKey(*f.category));
    if (f.group)
        q.bind(QStringLiteral(":grp"), enumKey(*f.group));
    if (f.band)
        q.bind(QStringLiteral(":band"), enumKey(*f.band));
    if (f.visibleSections) {
        q.bind(QStringLiteral(":visible_sections"), sql::idArray(*f.visibleSections));
        q.bind(QStringLiteral(":visible_assets"), sql::idArray(f.visibleAssets));
    }
}

QString withSubtree(const RiskFilter& f)
{
    return f.unitId != 0 ? sql::unitSubtree() : QString();
}

// Risks joined with their assets and threats, as lists read them.
QString rowSelect()
{
    return QStringLiteral("SELECT %1, a.code, a.name, a.section_id, t.name_ja, t.name_en FROM risks r"
                          " JOIN assets a ON a.id = r.asset_id JOIN threats t ON t.key = r.threat")
        .arg(prefixed(QStringLiteral("r")));
}

QStringList rowConditions(const Dialect& dialect, const RiskFilter& f, bool residual)
{
    QStringList conditions = filterConditions(f, QStringLiteral("a.section_id"), QStringLiteral("a.segment"),
                                              QStringLiteral("a.category"), QStringLiteral("t.grp"),
                                              residual ? QStringLiteral("r.residual_band") : QStringLiteral("r.band"));
    if (f.visibleSections)
        conditions << QStringLiteral("(a.section_id IN %1 OR a.id IN %2)")
                          .arg(dialect.idsIn(QStringLiteral(":visible_sections")),
                               dialect.idsIn(QStringLiteral(":visible_assets")));
    return conditions;
}

Result<QList<RiskRepository::Row>> readRows(Query& q)
{
    if (Status s = q.exec(); !s)
        return Result<QList<RiskRepository::Row>>(s.problems());
    QList<RiskRepository::Row> rows;
    while (q.next()) {
        RiskRepository::Row row;
        row.risk = fromRow(q);
        row.assetCode = q.value(kColumnCount).toString();
        row.assetName = q.value(kColumnCount + 1).toString();
        row.sectionId = q.value(kColumnCount + 2).toLongLong();
        row.threatNameJa = q.value(kColumnCount + 3).toString();
        row.threatNameEn = q.value(kColumnCount + 4).toString();
        rows << row;
    }
    return q.complete(std::move(rows));
}
} // namespace

RiskRepository::RiskRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> RiskRepository::insert(const Risk& risk)
{
    Query q(m_db, kInsert);
    const QList<QVariant> v = values(risk);
    for (int i = 0; i < v.size(); ++i)
        q.bind(i, v.at(i));
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    return q.lastInsertId().toLongLong();
}

Status RiskRepository::update(const Risk& risk)
{
    Query q(m_db, kUpdate);
    const QList<QVariant> v = values(risk);
    for (int i = 0; i < v.size(); ++i)
        q.bind(i, v.at(i));
    q.bind(static_cast<int>(v.size()), risk.id);
    return q.exec();
}

Status RiskRepository::remove(qint64 id)
{
    Query q(m_db, QStringLiteral("DELETE FROM risks WHERE id = ?"));
    q.bind(0, id);
    return q.exec();
}

Result<std::optional<Risk>> RiskRepository::find(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM risks WHERE id = ?").arg(kColumns));
    q.bind(0, id);
    Result<bool> row = q.first();
    if (!row)
        return Result<std::optional<Risk>>(row.problems());
    return row.value() ? std::optional<Risk>(fromRow(q)) : std::nullopt;
}

Result<QList<Risk>> RiskRepository::forAsset(qint64 assetId) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM risks WHERE asset_id = ? ORDER BY id").arg(kColumns));
    q.bind(0, assetId);
    if (Status s = q.exec(); !s)
        return Result<QList<Risk>>(s.problems());
    QList<Risk> risks;
    while (q.next())
        risks << fromRow(q);
    return q.complete(std::move(risks));
}

Result<QList<Risk>> RiskRepository::all() const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM risks ORDER BY id").arg(kColumns));
    if (Status s = q.exec(); !s)
        return Result<QList<Risk>>(s.problems());
    QList<Risk> risks;
    while (q.next())
        risks << fromRow(q);
    return q.complete(std::move(risks));
}

Result<qint64> RiskRepository::count() const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM risks"));
    return q.integer();
}

Result<QList<RiskRepository::Tally>> RiskRepository::tally(const QString& method, bool residual,
                                                           const RiskFilter& filter, bool bySection) const
{
    const QString section = bySection ? QStringLiteral("section_id") : QStringLiteral("0");
    QStringList tallied = filterConditions(filter, QStringLiteral("section_id"), QStringLiteral("segment"),
                                           QStringLiteral("category"), QStringLiteral("grp"), QStringLiteral("band"));
    tallied.prepend(QStringLiteral("method = :method AND residual = :residual"));
    if (filter.visibleSections)
        tallied << QStringLiteral("section_id IN ") + m_db.dialect().idsIn(QStringLiteral(":visible_sections"));
    QString sql =
        withSubtree(filter) + QStringLiteral("SELECT impact, likelihood, band, grp, %1, SUM(n) FROM risk_cells WHERE %2"
                                             " GROUP BY 1, 2, 3, 4, 5")
                                  .arg(section, tallied.join(QStringLiteral(" AND ")));
    if (filter.visibleSections && !filter.visibleAssets.isEmpty()) {
        // Single assets the user looks after outside their sections: few, counted directly.
        const QString prefix = residual ? QStringLiteral("r.residual_") : QStringLiteral("r.");
        QStringList direct =
            filterConditions(filter, QStringLiteral("a.section_id"), QStringLiteral("a.segment"),
                             QStringLiteral("a.category"), QStringLiteral("t.grp"), prefix + QStringLiteral("band"));
        direct.prepend(QStringLiteral("r.method = :method AND %1likelihood IS NOT NULL").arg(prefix));
        direct << QStringLiteral("a.id IN ") + m_db.dialect().idsIn(QStringLiteral(":visible_assets"))
               << QStringLiteral("a.section_id NOT IN ") + m_db.dialect().idsIn(QStringLiteral(":visible_sections"));
        sql += QStringLiteral(" UNION ALL SELECT %1impact, %1likelihood, %1band, t.grp, %2, COUNT(*) FROM risks r"
                              " JOIN assets a ON a.id = r.asset_id JOIN threats t ON t.key = r.threat WHERE %3"
                              " GROUP BY 1, 2, 3, 4, 5")
                   .arg(prefix, bySection ? QStringLiteral("a.section_id") : QStringLiteral("0"),
                        direct.join(QStringLiteral(" AND ")));
    }
    Query q(m_db, sql);
    q.bind(QStringLiteral(":method"), method).bind(QStringLiteral(":residual"), residual ? 1 : 0);
    bindFilter(q, filter);
    if (Status s = q.exec(); !s)
        return Result<QList<Tally>>(s.problems());
    QList<Tally> rows;
    while (q.next()) {
        Tally t;
        t.impact = q.value(0).toInt();
        t.likelihood = q.value(1).toInt();
        t.band = enumFromKey<RiskBand>(q.value(2).toString()).value_or(RiskBand::Low);
        t.group = enumFromKey<ThreatGroup>(q.value(3).toString()).value_or(ThreatGroup::Intentional);
        t.sectionId = q.value(4).toLongLong();
        t.count = q.value(5).toLongLong();
        if (t.count != 0)
            rows << t;
    }
    return q.complete(std::move(rows));
}

Result<QList<RiskRepository::Row>> RiskRepository::cell(const QString& method, const RiskCell& cell,
                                                        const RiskFilter& filter, qint64 afterId, int limit) const
{
    const QString prefix = cell.residual ? QStringLiteral("r.residual_") : QStringLiteral("r.");
    QStringList conditions = rowConditions(m_db.dialect(), filter, cell.residual);
    conditions.prepend(QStringLiteral("r.method = :method AND %1impact = :impact AND %1likelihood = :likelihood"
                                      " AND r.id > :after")
                           .arg(prefix));
    Query q(m_db, withSubtree(filter) + rowSelect() + QStringLiteral(" WHERE ") +
                      conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY r.id LIMIT :limit"));
    q.bind(QStringLiteral(":method"), method)
        .bind(QStringLiteral(":impact"), cell.impact)
        .bind(QStringLiteral(":likelihood"), cell.likelihood)
        .bind(QStringLiteral(":after"), afterId)
        .bind(QStringLiteral(":limit"), limit);
    bindFilter(q, filter);
    return readRows(q);
}

Result<QList<RiskRepository::Row>> RiskRepository::top(const QString& method, const RiskFilter& filter, int limit) const
{
    QStringList conditions = rowConditions(m_db.dialect(), filter, false);
    conditions.prepend(QStringLiteral("r.method = :method"));
    Query q(m_db, withSubtree(filter) + rowSelect() + QStringLiteral(" WHERE ") +
                      conditions.join(QStringLiteral(" AND ")) +
                      QStringLiteral(" ORDER BY r.value DESC, r.id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":method"), method).bind(QStringLiteral(":limit"), limit);
    bindFilter(q, filter);
    return readRows(q);
}

Result<QList<qint64>> RiskRepository::openOwnedBy(qint64 personId) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM risks WHERE owner_id = ? AND status <> 'closed' ORDER BY id"));
    q.bind(0, personId);
    return q.ids();
}

} // namespace daicho
