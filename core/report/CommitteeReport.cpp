#include "CommitteeReport.h"

#include "compliance/ComplianceRule.h"
#include "compliance/ComplianceRules.h"
#include "domain/AssetFilter.h"
#include "domain/OrgUnit.h"
#include "domain/RiskFilter.h"
#include "service/Register.h"

#include <QSet>

namespace daicho {

QHash<QString, qint64> CommitteeReport::findingCounts() const
{
    QHash<QString, qint64> counts;
    for (const RuleCount& rule : findingsByRule)
        counts.insert(rule.rule, rule.count);
    return counts;
}

qint64 CommitteeReport::reviewedAssets() const
{
    qint64 n = 0;
    for (const ReviewService::Progress& p : review)
        n += p.reviewedCount();
    return n;
}

qint64 CommitteeReport::reviewAssets() const
{
    qint64 n = 0;
    for (const ReviewService::Progress& p : review)
        n += p.assets;
    return n;
}

CommitteeReportBuilder::CommitteeReportBuilder(Register& reg)
    : m_reg(reg)
{
}

Result<CommitteeReport> CommitteeReportBuilder::build(qint64 scopeUnitId, const std::optional<QDate>& since,
                                                      int topRisks) const
{
    using R = Result<CommitteeReport>;
    CommitteeReport report;
    report.date = m_reg.clock().nowUtc().toLocalTime().date();
    report.city = m_reg.setting(QStringLiteral("city_name")).valueOr({});
    report.scopeUnitId = scopeUnitId;

    Result<QList<OrgUnit>> units = m_reg.org().units();
    if (!units)
        return R(units.problems());
    const QHash<qint64, OrgUnit> byId = unitsById(units.value());
    if (scopeUnitId != 0 && !byId.contains(scopeUnitId))
        return R::failure(
            QCoreApplication::translate("CommitteeReport", "The unit %1 does not exist.").arg(scopeUnitId),
            QStringLiteral("scope"));
    report.scopeName = scopeUnitId ? byId.value(scopeUnitId).name : QStringLiteral("全庁");
    const QSet<qint64> inScope = unitsUnder(units.value(), scopeUnitId);

    // 概要: active assets by category, segment and confidentiality.
    AssetFilter assets;
    assets.unitId = scopeUnitId;
    assets.status = AssetStatus::Active;
    AssetService& service = m_reg.assets();
    using Column = AssetRepository::GroupColumn;
    Result<QList<QPair<QString, qint64>>> category = service.countBy(Column::Category, assets);
    Result<QList<QPair<QString, qint64>>> segment = service.countBy(Column::Segment, assets);
    Result<QList<QPair<QString, qint64>>> confidentiality = service.countBy(Column::Confidentiality, assets);
    if (!category || !segment || !confidentiality)
        return R(!category ? category.problems() : !segment ? segment.problems() : confidentiality.problems());
    const auto inOrder = [](const auto& keys, const QList<QPair<QString, qint64>>& counts) {
        QList<QPair<QString, qint64>> ordered;
        for (const QString& key : keys) {
            qint64 n = 0;
            for (const auto& [value, count] : counts)
                if (value == key)
                    n = count;
            ordered.append({key, n});
        }
        return ordered;
    };
    report.byCategory = inOrder(enumKeys<AssetCategory>(), category.value());
    report.bySegment = inOrder(enumKeys<NetworkSegment>(), segment.value());
    report.byConfidentiality = confidentiality.value();
    for (const auto& [key, n] : report.byCategory)
        report.assets += n;

    // Risks: counts, heat maps and the highest.
    RiskFilter risks;
    risks.unitId = scopeUnitId;
    Result<RiskService::Breakdown> breakdown = m_reg.risks().breakdown(risks);
    Result<RiskService::HeatMap> heatmap = m_reg.risks().heatmap(risks);
    Result<QList<RiskRepository::Row>> top = m_reg.risks().top(risks, topRisks);
    if (!breakdown || !heatmap || !top)
        return R(!breakdown ? breakdown.problems() : !heatmap ? heatmap.problems() : top.problems());
    report.risks = breakdown.value().total;
    report.risksByBand = breakdown.value().byBand;
    report.method = m_reg.risks().method();
    report.riskMethod = report.method.key();
    report.inherent = heatmap.value().inherent;
    report.residual = heatmap.value().residual;
    report.topRisks = top.value();
    for (const RiskRepository::Row& row : report.topRisks) {
        const Result<std::optional<Asset>> asset = service.find(row.risk.assetId);
        if (asset && asset.value() && asset.value()->confidentiality.startsWith(QLatin1Char('3')))
            report.banner = QStringLiteral("機密性3");
    }

    // 部局別保有資産: sections summed into their departments, in the organisation's order.
    Result<QHash<qint64, QMap<QString, qint64>>> perSection = service.countBySectionAnd(Column::Category, assets);
    if (!perSection)
        return R(perSection.problems());
    QHash<qint64, CommitteeReport::Department> departments;
    for (auto it = perSection.value().cbegin(); it != perSection.value().cend(); ++it) {
        CommitteeReport::Department& d = departments[departmentOf(byId, it.key())];
        for (auto c = it.value().cbegin(); c != it.value().cend(); ++c) {
            d.byCategory[c.key()] += c.value();
            d.assets += c.value();
        }
    }
    for (auto it = breakdown.value().bySection.cbegin(); it != breakdown.value().bySection.cend(); ++it)
        if (inScope.contains(it.key()))
            departments[departmentOf(byId, it.key())].highRisks += it.value().value(RiskBand::High);
    for (const OrgUnit& u : units.value())
        if (departments.contains(u.id)) {
            CommitteeReport::Department d = departments.value(u.id);
            d.unitId = u.id;
            d.name = u.name;
            report.departments << d;
        }

    // 遵守状況: every rule with its count in the scope.
    // Counted, not listed: a million assets have hundreds of thousands of findings.
    Result<QHash<QString, QHash<qint64, qint64>>> findings = m_reg.compliance().countByUnit();
    if (!findings)
        return R(findings.problems());
    for (const auto& rule : ComplianceRules::all()) {
        qint64 n = 0;
        const QHash<qint64, qint64> perUnit = findings.value().value(rule->id());
        for (auto it = perUnit.cbegin(); it != perUnit.cend(); ++it)
            if (scopeUnitId == 0 || inScope.contains(it.key()))
                n += it.value();
        report.findingsByRule << CommitteeReport::RuleCount{rule->id(), rule->title(), rule->article(),
                                                            rule->severity(), n};
        report.findingsBySeverity[rule->severity()] += n;
    }

    // 棚卸し状況
    Result<std::optional<ReviewCampaign>> campaign = m_reg.reviews().current();
    Result<QList<ReviewService::Progress>> progress = m_reg.reviews().progress();
    if (!campaign || !progress)
        return R(!campaign ? campaign.problems() : progress.problems());
    report.campaign = campaign.value();
    for (const ReviewService::Progress& p : progress.value())
        if (inScope.contains(p.unitId))
            report.review << p;

    // 前回報告からの変更
    Result<ReportChanges> changes = m_reg.reports().changes(scopeUnitId, inScope, since, report.findingCounts());
    if (!changes)
        return R(changes.problems());
    report.changes = changes.value();
    return report;
}

} // namespace daicho
