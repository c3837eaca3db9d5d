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

template <> const QList<EnumEntry<Treatment>>& enumEntries<Treatment>()
{
    static const QList<EnumEntry<Treatment>> entries{
        {Treatment::Modify, "modify", {"修正", "Modify"}},
        {Treatment::Retain, "retain", {"保有", "Retain"}},
        {Treatment::Avoid, "avoid", {"回避", "Avoid"}},
        {Treatment::Share, "share", {"共有", "Share"}},
    };
    return entries;
}

template <> const QList<EnumEntry<RiskStatus>>& enumEntries<RiskStatus>()
{
    static const QList<EnumEntry<RiskStatus>> entries{
        {RiskStatus::Open, "open", {"未対応", "Open"}},
        {RiskStatus::Treating, "treating", {"対応中", "Being treated"}},
        {RiskStatus::Closed, "closed", {"対応済", "Closed"}},
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
