#pragma once

#include "EnumTable.h"

// The terms of risk analysis (第3条 threats, 第8条 risk): labels live in RiskTerms.cpp.
namespace daicho {

// 第3条(1)-(5)
enum class ThreatGroup { Intentional, Unintentional, Disaster, StaffShortage, Infrastructure };

// The bands of the IPA method: 大 (not acceptable), 中 (acceptable under control), 小 (acceptable).
enum class RiskBand { High, Medium, Low };

// リスク対応 (JIS Q 27005): 修正 / 保有 / 回避 / 共有
enum class Treatment { Modify, Retain, Avoid, Share };

enum class RiskStatus { Open, Treating, Closed };

template <> const QList<EnumEntry<ThreatGroup>>& enumEntries<ThreatGroup>();
template <> const QList<EnumEntry<Treatment>>& enumEntries<Treatment>();
template <> const QList<EnumEntry<RiskStatus>>& enumEntries<RiskStatus>();
template <> const QList<EnumEntry<RiskBand>>& enumEntries<RiskBand>();

} // namespace daicho
