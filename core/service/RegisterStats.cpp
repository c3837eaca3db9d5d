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
    };
}

} // namespace daicho
