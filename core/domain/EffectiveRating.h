#pragma once

#include "Asset.h"
#include "ClassificationScheme.h"
#include "Holding.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace daicho {

// One axis of an asset's effective rating under CIA inheritance (max principle): its own level,
// and the level it must at least have because of what it holds, with where that comes from.
struct EffectiveLevel {
    QString own;         // the asset's own level code; empty when unrated
    QString effective;   // the higher of its own and of everything it holds
    qint64 sourceId = 0; // the held asset that sets `effective`; 0 when it is the asset's own
    QString sourceCode;
    QString sourceName;
    QList<qint64> path; // holder → … → source

    bool inherited() const { return sourceId != 0; }
};

struct EffectiveRating {
    qint64 assetId = 0;
    QString code;
    QString name;
    std::array<EffectiveLevel, 3> levels; // confidentiality, integrity, availability

    const EffectiveLevel& level(Axis axis) const { return levels.at(static_cast<size_t>(axis)); }
    EffectiveLevel& level(Axis axis) { return levels.at(static_cast<size_t>(axis)); }
    // A holder rated below what it holds (or unrated while what it holds is rated): a finding.
    bool isFinding() const { return levels[0].inherited() || levels[1].inherited() || levels[2].inherited(); }
};

// An asset as inheritance sees it: who it is and its rating.
struct RatedAsset {
    qint64 id = 0;
    QString code;
    QString name;
    qint64 sectionId = 0;
    QString scheme;
    QString confidentiality;
    QString integrity;
    QString availability;

    const QString& level(Axis axis) const
    {
        return axis == Axis::Confidentiality ? confidentiality : axis == Axis::Integrity ? integrity : availability;
    }
};

// Every holder rated below what it holds, down the chains of `links`, in holder id order, with
// the source of each raised level. `assets` holds every asset the links name; chains that go
// round (written behind the application's back) are cut.
QList<EffectiveRating> belowInherited(const QList<Holding>& links, const QHash<qint64, RatedAsset>& assets);

// How levels compare under the max principle: by their 重要度, then by their order in the
// scheme (3A above 3B above 3C). -1 for an unknown or empty level.
int levelRank(const QString& scheme, Axis axis, const QString& code);

} // namespace daicho
