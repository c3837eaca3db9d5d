#include "ComplianceService.h"

#include "common/Clock.h"
#include "compliance/ComplianceRules.h"

namespace daicho {

ComplianceService::ComplianceService(ServiceContext& context)
    : m_ctx(context)
{
}

Result<QList<Finding>> ComplianceService::check(const QStringList& rules) const
{
    return run(rules, std::nullopt);
}

Result<QList<Finding>> ComplianceService::checkAssets(const QList<qint64>& assetIds) const
{
    return run({}, assetIds);
}

Result<QList<Finding>> ComplianceService::run(const QStringList& rules,
                                              const std::optional<QList<qint64>>& onlyAssets) const
{
    const ComplianceContext context = this->context(onlyAssets);
    QList<Finding> findings;
    for (const auto& rule : ComplianceRules::all()) {
        if (!rules.isEmpty() && !rules.contains(rule->id()))
            continue;
        if (Status s = rule->check(context, findings); !s)
            return Result<QList<Finding>>(s.problems());
    }
    return findings;
}

ComplianceContext ComplianceService::context(const std::optional<QList<qint64>>& onlyAssets) const
{
    ComplianceContext context{m_ctx.db, m_ctx.clock.nowUtc().date(), std::nullopt, {}, onlyAssets};
    const std::optional<AccessScope>& scope = m_ctx.scope;
    if (scope && !scope->everything && !scope->readAll) {
        context.visibleSections = QList<qint64>(scope->sections.cbegin(), scope->sections.cend());
        context.visibleAssets = QList<qint64>(scope->assets.cbegin(), scope->assets.cend());
    }
    return context;
}

Result<QHash<QString, QHash<qint64, qint64>>> ComplianceService::countByUnit() const
{
    const ComplianceContext context = this->context(std::nullopt);
    QHash<QString, QHash<qint64, qint64>> counts;
    for (const auto& rule : ComplianceRules::all())
        if (Status s = rule->count(context, counts[rule->id()]); !s)
            return Result<QHash<QString, QHash<qint64, qint64>>>(s.problems());
    return counts;
}

ComplianceService::Summary ComplianceService::summarise(const QList<Finding>& findings)
{
    Summary s;
    for (const Finding& f : findings) {
        ++s.byRule[f.rule];
        ++s.bySeverity[f.severity];
    }
    return s;
}

} // namespace daicho
