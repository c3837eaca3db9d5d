#include "RegisterStats.h"

#include "Register.h"
#include "domain/RiskScoring.h"
#include "repo/AssetRepository.h"
#include "repo/RiskRepository.h"

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

    const std::pair<Result<qint64>, qint64*> counts[] = {
        {assets.count(visible), &s.assets},
        {reg.people().count(), &s.people},
        {reg.audit().count(), &s.auditEvents},
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

    // Risks of the assets the user sees, as heat-map cells and bands.
    RiskRepository risks(reg.database());
    Result<RiskRepository::Matrix> inherent = risks.heatmap(false, visible.visibleSections, visible.visibleAssets);
    Result<RiskRepository::Matrix> residual = risks.heatmap(true, visible.visibleSections, visible.visibleAssets);
    if (!inherent)
        return R(inherent.problems());
    if (!residual)
        return R(residual.problems());
    s.heatmapInherent = inherent.value();
    s.heatmapResidual = residual.value();
    s.byBand = zeroFor<RiskBand>();
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            const qint64 n = s.heatmapInherent[row][column];
            s.risks += n;
            s.byBand[enumKey(RiskScoring::band(RiskScoring::value(3 - row, column + 1)))] += n;
        }
    }
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
    };
}

} // namespace daicho
