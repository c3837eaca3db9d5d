#include "RegisterStats.h"

#include "Register.h"
#include "repo/AssetRepository.h"

#include <QJsonArray>

namespace daicho {

namespace {

template <typename E> QMap<QString, qint64> zeroFor()
{
    QMap<QString, qint64> map;
    for (const QString& key : enumKeys<E>())
        map.insert(key, 0);
    return map;
}

QJsonObject toObject(const QMap<QString, qint64>& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonArray matrix(const QList<QList<qint64>>& cells)
{
    QJsonArray rows;
    for (const QList<qint64>& row : cells) {
        QJsonArray counts;
        for (qint64 n : row)
            counts.append(n);
        rows.append(counts);
    }
    return rows;
}

} // namespace

Result<RegisterStats> RegisterStats::collect(Register& reg)
{
    using R = Result<RegisterStats>;
    RegisterStats s;
    AssetRepository assets(reg.database());
    // Counted over what the signed-in user may see, like every other read.
    const AssetFilter visible = reg.assets().visible();

    Result<QList<OrgUnit>> units = reg.org().units();
    if (!units)
        return R(units.problems());
    s.orgUnits = units.value().size();
    s.unitsByKind = zeroFor<UnitKind>();
    for (const OrgUnit& u : units.value()) {
        s.unitsByKind[enumKey(u.kind)] += 1;
        if (u.kind == UnitKind::Body)
            s.bodies << u.name;
    }

    // The events as the chain's head records them: one row, where counting four million events
    // takes seconds (under a shared register's row-level security, more). verify-audit checks
    // that the head matches the events.
    const Result<AuditLog::Head> head = reg.audit().head();
    const Result<qint64> events = head ? Result<qint64>(head.value().eventCount) : Result<qint64>(head.problems());
    const std::pair<Result<qint64>, qint64*> counts[] = {
        {assets.count(visible), &s.assets},
        {reg.people().count(), &s.people},
        {events, &s.auditEvents},
        {assets.countUnclassified(visible), &s.unclassified},
    };
    for (const auto& [result, target] : counts) {
        if (!result)
            return R(result.problems());
        *target = result.value();
    }

    s.byCategory = zeroFor<AssetCategory>();
    s.bySegment = zeroFor<NetworkSegment>();
    s.byStatus = zeroFor<AssetStatus>();
    const std::pair<AssetRepository::GroupColumn, QMap<QString, qint64>*> groups[] = {
        {AssetRepository::GroupColumn::Category, &s.byCategory},
        {AssetRepository::GroupColumn::Segment, &s.bySegment},
        {AssetRepository::GroupColumn::Confidentiality, &s.byConfidentiality},
        {AssetRepository::GroupColumn::Status, &s.byStatus},
    };
    for (const auto& [column, target] : groups) {
        Result<QList<QPair<QString, qint64>>> rows = assets.countBy(column, visible);
        if (!rows)
            return R(rows.problems());
        for (const auto& [value, n] : rows.value())
            (*target)[value.isEmpty() ? QStringLiteral("unrated") : value] += n;
    }

    // Risks of the assets the user sees, as heat-map cells and bands of the register's method.
    Result<qint64> riskCount = reg.risks().count();
    Result<RiskService::HeatMap> heatmap = reg.risks().heatmap();
    Result<RiskService::Breakdown> breakdown = reg.risks().breakdown();
    if (!riskCount)
        return R(riskCount.problems());
    if (!heatmap)
        return R(heatmap.problems());
    if (!breakdown)
        return R(breakdown.problems());
    s.risks = riskCount.value();
    s.riskMethod = reg.risks().method().key();
    s.heatmapInherent = heatmap.value().inherent.rows();
    s.heatmapResidual = heatmap.value().residual.rows();
    s.byBand = zeroFor<RiskBand>();
    for (auto it = breakdown.value().byBand.cbegin(); it != breakdown.value().byBand.cend(); ++it)
        s.byBand[enumKey(it.key())] = it.value();
    s.byThreatGroup = zeroFor<ThreatGroup>();
    for (auto it = breakdown.value().byGroup.cbegin(); it != breakdown.value().byGroup.cend(); ++it)
        s.byThreatGroup[enumKey(it.key())] = it.value();
    return s;
}

QJsonObject RegisterStats::toJson() const
{
    return QJsonObject{
        {QStringLiteral("assets"), assets},
        {QStringLiteral("org_units"), orgUnits},
        {QStringLiteral("people"), people},
        {QStringLiteral("audit_events"), auditEvents},
        {QStringLiteral("unclassified"), unclassified},
        {QStringLiteral("bodies"), QJsonArray::fromStringList(bodies)},
        {QStringLiteral("units_by_kind"), toObject(unitsByKind)},
        {QStringLiteral("by_category"), toObject(byCategory)},
        {QStringLiteral("by_segment"), toObject(bySegment)},
        {QStringLiteral("by_confidentiality"), toObject(byConfidentiality)},
        {QStringLiteral("by_status"), toObject(byStatus)},
        {QStringLiteral("risks"), risks},
        {QStringLiteral("heatmap"), QJsonObject{{QStringLiteral("inherent"), matrix(heatmapInherent)},
                                                {QStringLiteral("residual"), matrix(heatmapResidual)}}},
        {QStringLiteral("by_band"), toObject(byBand)},
        {QStringLiteral("by_threat_group"), toObject(byThreatGroup)},
        {QStringLiteral("risk_method"), riskMethod},
    };
}

} // namespace daicho
