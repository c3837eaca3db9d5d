#include "InheritanceRule.h"

#include "repo/HoldingRepository.h"

#include <QSet>

namespace daicho {

QString InheritanceRule::title() const
{
    return tr("Holders rated at least as high as what they hold");
}

Status InheritanceRule::check(const ComplianceContext& context, QList<Finding>& findings) const
{
    HoldingRepository repo(context.db);
    // A page of the table walks down from its own assets only; a check walks everything.
    Result<QList<Holding>> links = context.onlyAssets ? repo.linksBelow(*context.onlyAssets) : repo.all();
    if (!links)
        return Status(links.problems());
    Result<QHash<qint64, RatedAsset>> assets =
        context.onlyAssets ? repo.assetsBelow(*context.onlyAssets) : repo.linkedAssets();
    if (!assets)
        return Status(assets.problems());
    const QSet<qint64> sections = context.visibleSections
                                      ? QSet<qint64>(context.visibleSections->cbegin(), context.visibleSections->cend())
                                      : QSet<qint64>();
    const QSet<qint64> single(context.visibleAssets.cbegin(), context.visibleAssets.cend());
    const QSet<qint64> only =
        context.onlyAssets ? QSet<qint64>(context.onlyAssets->cbegin(), context.onlyAssets->cend()) : QSet<qint64>();
    constexpr Axis kAxes[] = {Axis::Confidentiality, Axis::Integrity, Axis::Availability};
    for (const EffectiveRating& r : belowInherited(links.value(), assets.value())) {
        const qint64 section = assets.value().value(r.assetId).sectionId;
        if (context.visibleSections && !sections.contains(section) && !single.contains(r.assetId))
            continue;
        if (context.onlyAssets && !only.contains(r.assetId))
            continue;
        QStringList raised;
        for (Axis axis : kAxes) {
            const EffectiveLevel& level = r.level(axis);
            if (level.inherited())
                raised << tr("%1 %2 below %3 of %4")
                              .arg(axisLabel(axis).text(), level.own.isEmpty() ? tr("unrated") : level.own,
                                   level.effective, level.sourceCode);
        }
        findings << finding(
            r.assetId, r.code, section,
            tr("%1 is rated below what it holds: %2 (Article 6 (1))").arg(r.code, raised.join(QStringLiteral(", "))));
    }
    return success();
}

} // namespace daicho
