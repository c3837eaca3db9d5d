#pragma once

#include "Enums.h"
#include "RiskTerms.h"

#include <QList>

#include <optional>

namespace daicho {

// Which risks a heat map, a chart or a list counts: by the asset's organisation subtree,
// segment and category, and by the threat's group. Counting is done in SQL.
struct RiskFilter {
    qint64 unitId = 0; // an organisation unit: its whole subtree; 0 for the whole register
    std::optional<NetworkSegment> segment;
    std::optional<AssetCategory> category;
    std::optional<ThreatGroup> group;
    // The band the risk was scored into (the residual band for residual counts and cells).
    std::optional<RiskBand> band;

    // Set by the services from the signed-in user's scope, never by a view (as in AssetFilter).
    std::optional<QList<qint64>> visibleSections;
    QList<qint64> visibleAssets;

    bool operator==(const RiskFilter& o) const
    {
        return unitId == o.unitId && segment == o.segment && category == o.category && group == o.group &&
               band == o.band && visibleSections == o.visibleSections && visibleAssets == o.visibleAssets;
    }
    bool operator!=(const RiskFilter& o) const { return !(*this == o); }
};

// One cell of a heat map: the risks scored (impact, likelihood), inherent or residual.
struct RiskCell {
    int impact = 0;
    int likelihood = 0;
    bool residual = false;
};

} // namespace daicho
