#include "EffectiveRating.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <functional>

namespace daicho {

int levelRank(const QString& schemeKey, Axis axis, const QString& code)
{
    const ClassificationScheme* scheme = ClassificationScheme::find(schemeKey);
    if (!scheme || code.isEmpty())
        return -1;
    const QList<ClassificationLevel>& levels = scheme->levels(axis);
    for (int i = 0; i < levels.size(); ++i)
        if (levels.at(i).code == code)
            return levels.at(i).importance * 100 + (99 - i);
    return -1;
}

QList<EffectiveRating> belowInherited(const QList<Holding>& links, const QHash<qint64, RatedAsset>& assets)
{
    constexpr Axis kAxes[] = {Axis::Confidentiality, Axis::Integrity, Axis::Availability};
    QHash<qint64, QList<qint64>> children;
    for (const Holding& h : links)
        children[h.holderId] << h.heldId;
    // Each level's rank once per asset, not once per link walked.
    QHash<qint64, std::array<int, 3>> ranks;
    ranks.reserve(assets.size());
    for (auto it = assets.cbegin(); it != assets.cend(); ++it)
        ranks.insert(it.key(), {levelRank(it->scheme, Axis::Confidentiality, it->confidentiality),
                                levelRank(it->scheme, Axis::Integrity, it->integrity),
                                levelRank(it->scheme, Axis::Availability, it->availability)});

    // Each holder's best level below it per axis (rank and source), bottom up with memory, so
    // that shared chains are walked once.
    struct Best {
        int rank = -1;
        qint64 source = 0;
    };
    using Bests = std::array<Best, 3>;
    QHash<qint64, Bests> memo;
    QSet<qint64> visiting;
    std::function<Bests(qint64)> bestBelow = [&](qint64 id) -> Bests {
        if (auto it = memo.constFind(id); it != memo.constEnd())
            return it.value();
        Bests best;
        if (visiting.contains(id))
            return best;
        visiting.insert(id);
        for (qint64 child : children.value(id)) {
            const auto rank = ranks.constFind(child);
            if (rank == ranks.constEnd())
                continue;
            const Bests below = bestBelow(child);
            for (size_t i = 0; i < 3; ++i) {
                const Best candidate = rank.value()[i] >= below[i].rank ? Best{rank.value()[i], child} : below[i];
                if (candidate.rank > best[i].rank)
                    best[i] = candidate;
            }
        }
        visiting.remove(id);
        memo.insert(id, best);
        return best;
    };

    QList<qint64> holders = children.keys();
    std::sort(holders.begin(), holders.end());
    QList<EffectiveRating> found;
    for (qint64 id : holders) {
        const auto holder = assets.constFind(id);
        if (holder == assets.constEnd())
            continue;
        const Bests best = bestBelow(id);
        EffectiveRating rating;
        rating.assetId = id;
        rating.code = holder->code;
        rating.name = holder->name;
        for (Axis axis : kAxes) {
            const size_t i = static_cast<size_t>(axis);
            EffectiveLevel& level = rating.level(axis);
            level.own = level.effective = holder->level(axis);
            if (best[i].rank <= ranks.value(id)[i])
                continue;
            const RatedAsset& source = assets.value(best[i].source);
            level.effective = source.level(axis);
            level.sourceId = source.id;
            level.sourceCode = source.code;
            level.sourceName = source.name;
        }
        if (rating.isFinding())
            found << rating;
    }
    return found;
}

} // namespace daicho
