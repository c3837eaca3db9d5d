#pragma once

#include "common/Result.h"
#include "domain/EffectiveRating.h"
#include "domain/Holding.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace daicho {

class Database;

// What holds what (table `holdings`), and the walks down the chains that CIA inheritance needs.
class HoldingRepository {
public:
    explicit HoldingRepository(Database& db);

    Result<qint64> insert(const Holding& holding);
    Status remove(qint64 id);
    Result<std::optional<Holding>> find(qint64 id) const;
    Result<std::optional<Holding>> findPair(qint64 holderId, qint64 heldId) const;
    Result<QList<Holding>> heldBy(qint64 holderId) const;
    Result<QList<Holding>> holdersOf(qint64 heldId) const;
    Result<QList<Holding>> all() const;

    // An asset reached from a holder, with its rating and the chain that leads to it (holder
    // first, the asset last).
    struct Reached : RatedAsset {
        QList<qint64> path;
    };
    // Everything `holderId` holds, directly or through what it holds (not itself).
    Result<QList<Reached>> reachedFrom(qint64 holderId) const;
    // Every asset that holds or is held, with its rating (path left empty): one pass for the
    // register-wide findings.
    Result<QHash<qint64, RatedAsset>> linkedAssets() const;
    // The same below some assets only (a page of the table): the links down from them, and the
    // assets those links name.
    Result<QList<Holding>> linksBelow(const QList<qint64>& roots) const;
    Result<QHash<qint64, RatedAsset>> assetsBelow(const QList<qint64>& roots) const;
    // Whether `to` is among what `from` holds, directly or not.
    Result<bool> reaches(qint64 from, qint64 to) const;

private:
    Database& m_db;
};

} // namespace daicho
