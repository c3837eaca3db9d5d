#include "ComplianceRules.h"

#include "AssetQueryRule.h"
#include "InheritanceRule.h"
#include "RiskUntreatedRule.h"
#include "RoleCardinalityRule.h"
#include "domain/EnumTable.h"
#include "domain/Enums.h"

namespace daicho {

namespace {
using Spec = AssetQueryRule::Spec;
const QString kActive = QStringLiteral("a.status = 'active'");
// Roles (role_assignments r) in office on :today.
const QString kInOffice = ComplianceRule::inOffice(QStringLiteral("r"));
// Which of the segment rules an asset breaks first, if any.
const QString kSegmentBreach = QStringLiteral(
    "(CASE WHEN a.segment = 'mynumber' AND a.provision IN ('cloud', 'sns') THEN 'mynumber_outside'"
    " WHEN a.segment = 'internet' AND substr(a.confidentiality, 1, 1) = '3' THEN 'c3_internet'"
    " WHEN (',' || a.personal_data || ',') LIKE '%,specific_personal,%' AND a.segment NOT IN ('mynumber', 'none')"
    " THEN 'specific_outside'"
    " WHEN a.segment = 'mynumber' AND EXISTS (SELECT 1 FROM holdings h CROSS JOIN assets x"
    " WHERE x.id = h.holder_id AND h.held_id = a.id AND x.segment = 'internet') THEN 'mynumber_on_internet' END)");
} // namespace

const QList<std::shared_ptr<const ComplianceRule>>& ComplianceRules::all()
{
    static const QList<std::shared_ptr<const ComplianceRule>> rules{
        std::make_shared<AssetQueryRule>(
            Spec{QStringLiteral("unclassified"),
                 Severity::Error,
                 QStringLiteral("第6条(1)"),
                 [] { return tr("Every asset rated for confidentiality, integrity and availability"); },
                 kActive + QStringLiteral(" AND (a.confidentiality IS NULL OR a.integrity IS NULL"
                                          " OR a.availability IS NULL)"),
                 {},
                 {},
                 [](const QString& code, const QVariant&) {
                     return tr("%1 is not rated for all of confidentiality, integrity and availability (Article 6 (1))")
                         .arg(code);
                 }}),
        std::make_shared<AssetQueryRule>(Spec{QStringLiteral("no-manager"),
                                              Severity::Error,
                                              QStringLiteral("第5条(4)"),
                                              [] { return tr("Every asset has an accountable manager"); },
                                              kActive + QStringLiteral(" AND a.manager_id IS NULL"),
                                              {},
                                              {},
                                              [](const QString& code, const QVariant&) {
                                                  return tr("%1 has no accountable manager (Article 5 (4))").arg(code);
                                              }}),
        // The manager must be the 情報セキュリティ管理者 of the asset's section, or the
        // 情報セキュリティ責任者 of a department or body above it.
        std::make_shared<AssetQueryRule>(
            Spec{QStringLiteral("manager-role-mismatch"), Severity::Warning, QStringLiteral("第5条(4)"),
                 [] { return tr("Accountable managers hold the role over the asset's section"); },
                 kActive + QStringLiteral(" AND a.manager_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM managers m"
                                          " WHERE m.person = a.manager_id AND m.unit = a.section_id)"),
                 QStringLiteral("(SELECT name FROM people WHERE id = a.manager_id)"),
                 QStringLiteral("WITH RECURSIVE below(unit, top) AS (SELECT id, id FROM org_units UNION ALL"
                                " SELECT below.unit, u.parent_id FROM below JOIN org_units u ON u.id = below.top"
                                " WHERE u.parent_id IS NOT NULL),"
                                " managers(person, unit) AS MATERIALIZED (SELECT r.person_id, below.unit"
                                " FROM role_assignments r JOIN below ON below.top = r.unit_id"
                                " WHERE r.role IN ('security_manager', 'security_officer') AND ") +
                     kInOffice + QStringLiteral(") "),
                 [](const QString& code, const QVariant& name) {
                     return tr("%1: its manager %2 is not the %3 of its section (Article 5 (4))")
                         .arg(code, name.toString(), enumLabel(Role::SecurityManager));
                 }}),
        std::make_shared<AssetQueryRule>(
            Spec{QStringLiteral("system-without-admin"),
                 Severity::Warning,
                 QStringLiteral("第5条(5)"),
                 [] { return tr("Every information system has a system administrator"); },
                 kActive +
                     QStringLiteral(" AND a.category = 'infrastructure' AND a.system_admin_id IS NULL"
                                    " AND (a.subtype IS NULL OR a.subtype NOT LIKE '%媒体%')"
                                    " AND NOT EXISTS (SELECT 1 FROM role_assignments r WHERE r.asset_id = a.id"
                                    " AND r.role = 'system_admin' AND ") +
                     kInOffice + QStringLiteral(")"),
                 {},
                 {},
                 [](const QString& code, const QVariant&) {
                     return tr("%1 has no %2 (Article 5 (5))").arg(code, enumLabel(Role::SystemAdmin));
                 }}),
        // 第6条(2): the three segments kept apart.
        std::make_shared<AssetQueryRule>(Spec{
            QStringLiteral("segment-violation"),
            Severity::Error,
            QStringLiteral("第6条(2)"),
            [] { return tr("Assets kept within their network segment"); },
            kActive + QStringLiteral(" AND ") + kSegmentBreach + QStringLiteral(" IS NOT NULL"),
            kSegmentBreach,
            {},
            [](const QString& code, const QVariant& why) {
                const QString reason = why.toString();
                const QString mynumber = enumLabel(NetworkSegment::MyNumber);
                const QString internet = enumLabel(NetworkSegment::Internet);
                if (reason == QLatin1String("mynumber_outside"))
                    return tr("%1 belongs to %2 but is provided as a cloud or social media service (Article 6 (2) ア)")
                        .arg(code, mynumber);
                if (reason == QLatin1String("c3_internet"))
                    return tr("%1 is confidentiality 3 in %2 (Article 6 (2))").arg(code, internet);
                if (reason == QLatin1String("specific_outside"))
                    return tr("%1 holds specific personal information (My Number) outside %2 (Article 6 (2) ア)")
                        .arg(code, mynumber);
                return tr("%1 belongs to %2 but is held by an asset of %3 (Article 6 (2) ア)")
                    .arg(code, mynumber, internet);
            }}),
        std::make_shared<AssetQueryRule>(
            Spec{QStringLiteral("outsourcing-incomplete"),
                 Severity::Error,
                 QStringLiteral("第6条(7)ア"),
                 [] { return tr("Outsourcing with a contractor and a security clause"); },
                 kActive + QStringLiteral(" AND a.provision = 'outsourced' AND (a.provider IS NULL"
                                          " OR a.contract_security IS DISTINCT FROM 1)"),
                 QStringLiteral("a.provider IS NULL"),
                 {},
                 [](const QString& code, const QVariant& noProvider) {
                     return noProvider.toBool()
                                ? tr("%1 is outsourced without a contractor recorded (Article 6 (7) ア)").arg(code)
                                : tr("%1 is outsourced without a confirmed security clause in the contract "
                                     "(Article 6 (7) ア)")
                                      .arg(code);
                 }}),
        std::make_shared<AssetQueryRule>(
            Spec{QStringLiteral("cloud-incomplete"),
                 Severity::Warning,
                 QStringLiteral("第6条(7)イ"),
                 [] { return tr("Cloud services with a provider, usage rules and ISMAP status"); },
                 kActive + QStringLiteral(
                               " AND a.provision = 'cloud' AND (a.provider IS NULL OR a.usage_rules IS DISTINCT FROM 1"
                               " OR a.ismap_registered IS NULL)"),
                 {},
                 {},
                 [](const QString& code, const QVariant&) {
                     return tr("%1 uses a cloud service without its provider, usage rules or ISMAP status recorded "
                               "(Article 6 (7) イ)")
                         .arg(code);
                 }}),
        std::make_shared<AssetQueryRule>(
            Spec{QStringLiteral("sns-incomplete"),
                 Severity::Error,
                 QStringLiteral("第6条(7)ウ"),
                 [] { return tr("Social media with a responsible person and an operating procedure"); },
                 kActive + QStringLiteral(" AND a.provision = 'sns' AND (a.sns_responsible_id IS NULL"
                                          " OR a.usage_rules IS DISTINCT FROM 1)"),
                 {},
                 {},
                 [](const QString& code, const QVariant&) {
                     return tr("%1 is a social media account without a responsible person or an operating procedure "
                               "(Article 6 (7) ウ)")
                         .arg(code);
                 }}),
        std::make_shared<InheritanceRule>(),
        std::make_shared<RoleCardinalityRule>(),
        std::make_shared<RiskUntreatedRule>(),
        // 第7条: this 年度's review campaign is past its due date and the asset was not reviewed.
        std::make_shared<AssetQueryRule>(
            Spec{QStringLiteral("review-overdue"), Severity::Warning, QStringLiteral("第7条"),
                 [] { return tr("Every asset reviewed in this fiscal year's campaign"); },
                 kActive + QStringLiteral(" AND EXISTS (SELECT 1 FROM campaign WHERE :today > campaign.due_on)"
                                          " AND NOT EXISTS (SELECT 1 FROM asset_reviews r JOIN campaign"
                                          " ON r.campaign_id = campaign.id WHERE r.asset_id = a.id)"),
                 QStringLiteral("(SELECT fiscal_year || ' ' || due_on FROM campaign)"),
                 QStringLiteral("WITH campaign AS (SELECT id, fiscal_year, due_on FROM review_campaigns"
                                " WHERE fiscal_year = CAST(substr(:today, 1, 4) AS INTEGER)"
                                " - CASE WHEN substr(:today, 6, 2) < '04' THEN 1 ELSE 0 END) "),
                 [](const QString& code, const QVariant& campaign) {
                     const QStringList parts = campaign.toString().split(QLatin1Char(' '));
                     return tr("%1 was not reviewed in the fiscal year %2 review, due on %3 (Article 7)")
                         .arg(code, parts.value(0), parts.value(1));
                 }}),
        std::make_shared<AssetQueryRule>(
            Spec{QStringLiteral("disposal-incomplete"),
                 Severity::Error,
                 QStringLiteral("第6条(3)"),
                 [] { return tr("Disposals recorded with date, method and who confirmed them"); },
                 QStringLiteral("a.status = 'disposed' AND (a.disposed_on IS NULL OR a.disposal_method IS NULL"
                                " OR a.disposal_confirmed_by IS NULL)"),
                 {},
                 {},
                 [](const QString& code, const QVariant&) {
                     return tr("%1 is disposed of without the date, the method or who confirmed it (Article 6 (3))")
                         .arg(code);
                 }}),
    };
    return rules;
}

const ComplianceRule* ComplianceRules::find(const QString& id)
{
    for (const auto& rule : all())
        if (rule->id() == id)
            return rule.get();
    return nullptr;
}

} // namespace daicho
