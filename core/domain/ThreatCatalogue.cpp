#include "ThreatCatalogue.h"

namespace daicho {

namespace {
constexpr Axis C = Axis::Confidentiality;
constexpr Axis I = Axis::Integrity;
constexpr Axis A = Axis::Availability;
} // namespace

const QList<DefaultThreat>& ThreatCatalogue::defaults()
{
    // 第3条 (1)-(5), in the order and words of the article.
    static const QList<DefaultThreat> threats{
        {"unauthorized_access", ThreatGroup::Intentional, {"不正アクセス", "Unauthorised access"}, {C, I}},
        {"malware", ThreatGroup::Intentional, {"ウイルス攻撃", "Malware attack"}, {C, I, A}},
        {"denial_of_service", ThreatGroup::Intentional, {"サービス不能攻撃", "Denial of service"}, {A}},
        {"intrusion", ThreatGroup::Intentional, {"部外者の侵入", "Intrusion by outsiders"}, {C, I, A}},
        {"fraud", ThreatGroup::Intentional, {"重要情報の詐取", "Fraudulent acquisition of information"}, {C}},
        {"insider", ThreatGroup::Intentional, {"内部不正", "Insider wrongdoing"}, {C, I}},
        {"unauthorized_takeout",
         ThreatGroup::Unintentional,
         {"情報資産の無断持ち出し", "Taking assets out without permission"},
         {C}},
        {"unauthorized_software",
         ThreatGroup::Unintentional,
         {"無許可ソフトウェアの使用", "Use of unauthorised software"},
         {C, I}},
        {"design_defect", ThreatGroup::Unintentional, {"設計・開発の不備", "Design and development defects"}, {I, A}},
        {"program_defect", ThreatGroup::Unintentional, {"プログラム上の欠陥", "Program defects"}, {I, A}},
        {"operation_error",
         ThreatGroup::Unintentional,
         {"操作・設定ミス", "Operating and configuration errors"},
         {C, I, A}},
        {"maintenance_failure", ThreatGroup::Unintentional, {"メンテナンスの不備", "Maintenance failures"}, {I, A}},
        {"audit_failure", ThreatGroup::Unintentional, {"内部・外部監査機能の不備", "Audit failures"}, {C, I}},
        {"outsourcing_failure",
         ThreatGroup::Unintentional,
         {"委託管理の不備", "Outsourcing management failures"},
         {C, I, A}},
        {"management_defect", ThreatGroup::Unintentional, {"マネジメントの欠陥", "Management defects"}, {C, I, A}},
        {"equipment_failure", ThreatGroup::Unintentional, {"機器故障", "Equipment failure"}, {A}},
        {"earthquake", ThreatGroup::Disaster, {"地震", "Earthquake"}, {A}},
        {"lightning", ThreatGroup::Disaster, {"落雷", "Lightning"}, {A}},
        {"fire", ThreatGroup::Disaster, {"火災", "Fire"}, {I, A}},
        {"staff_shortage",
         ThreatGroup::StaffShortage,
         {"大規模・広範囲にわたる疾病による要員不足", "Staff shortage from widespread illness"},
         {A}},
        {"power_outage", ThreatGroup::Infrastructure, {"電力供給の途絶", "Power outage"}, {A}},
        {"network_outage", ThreatGroup::Infrastructure, {"通信の途絶", "Communication outage"}, {A}},
        {"water_outage", ThreatGroup::Infrastructure, {"水道供給の途絶", "Water supply outage"}, {A}},
    };
    return threats;
}

const DefaultThreat* ThreatCatalogue::find(QStringView key)
{
    for (const DefaultThreat& t : defaults())
        if (key == QLatin1String(t.key))
            return &t;
    return nullptr;
}

Threat ThreatCatalogue::toThreat(const DefaultThreat& d, int position)
{
    Threat t;
    t.key = QString::fromLatin1(d.key);
    t.group = d.group;
    t.nameJa = QString::fromUtf8(d.label.ja);
    t.nameEn = QString::fromUtf8(d.label.en);
    t.axes = d.axes;
    t.position = position;
    return t;
}

QList<const DefaultThreat*> ThreatCatalogue::inGroup(ThreatGroup group)
{
    QList<const DefaultThreat*> found;
    for (const DefaultThreat& t : defaults())
        if (t.group == group)
            found << &t;
    return found;
}

} // namespace daicho
