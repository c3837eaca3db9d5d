#include "RiskTerms.h"

namespace daicho {

template <> const QList<EnumEntry<ThreatGroup>>& enumEntries<ThreatGroup>()
{
    static const QList<EnumEntry<ThreatGroup>> entries{
        {ThreatGroup::Intentional, "intentional", {"意図的な要因", "Intentional causes"}},
        {ThreatGroup::Unintentional, "unintentional", {"非意図的な要因", "Unintentional causes"}},
        {ThreatGroup::Disaster, "disaster", {"災害", "Disasters"}},
        {ThreatGroup::StaffShortage, "staff_shortage", {"疾病による要員不足", "Staff shortage from illness"}},
        {ThreatGroup::Infrastructure, "infrastructure", {"インフラの障害", "Infrastructure failures"}},
    };
    return entries;
}

template <> const QList<EnumEntry<RiskBand>>& enumEntries<RiskBand>()
{
    static const QList<EnumEntry<RiskBand>> entries{
        {RiskBand::High, "high", {"大", "High"}},
        {RiskBand::Medium, "medium", {"中", "Medium"}},
        {RiskBand::Low, "low", {"小", "Low"}},
    };
    return entries;
}

} // namespace daicho
