#pragma once

#include "Enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// Which assets a view shows. Filtering is done in SQL, never on rows already loaded.
struct AssetFilter {
    qint64 unitId = 0; // an organisation unit: its whole subtree; 0 for the whole register
    QString text;      // any substring of ID, name, type, location, notes or people's names
    std::optional<AssetCategory> category;
    std::optional<NetworkSegment> segment;
    std::optional<Provision> provision;
    std::optional<AssetStatus> status;
    QString confidentiality; // a level code; unrated() for assets without one; empty for any
    QString integrity;       // the same for 完全性
    QString availability;    // and for 可用性
    QString personalData;    // a PersonalData key the asset holds; noPersonalData(); empty for any
    int importance = 0;      // 重要度 1-3 (the highest over C/I/A in the asset's scheme); 0 for any
    QString review;          // a ReviewOutcome key, notReviewed(), or empty for any (this 年度's campaign)
    int reviewYear = 0;      // set by the services: the 年度 whose campaign `review` means
    // Only these assets (e.g. those with compliance findings); unset: no such limit.
    std::optional<QList<qint64>> onlyAssets;

    // Set by the services from the signed-in user's scope, never by a view: only the assets of
    // these sections, and these single assets, are seen. Unset: no limit.
    std::optional<QList<qint64>> visibleSections;
    QList<qint64> visibleAssets;
    // Also set by the services: the details of 機密性3 assets outside these sections and assets
    // are hidden, so a search must not find such an asset by them.
    bool confidentialDetailsHidden = false;
    QList<qint64> detailSections;
    QList<qint64> detailAssets;

    static QString unrated() { return QStringLiteral("unrated"); }
    static QString noPersonalData() { return QStringLiteral("none"); }
    static QString notReviewed() { return QStringLiteral("not_reviewed"); }

    bool isEmpty() const
    {
        return unitId == 0 && text.isEmpty() && !category && !segment && !provision && !status &&
               confidentiality.isEmpty() && integrity.isEmpty() && availability.isEmpty() && personalData.isEmpty() &&
               importance == 0 && review.isEmpty() && !onlyAssets && !visibleSections;
    }
    bool operator==(const AssetFilter& o) const
    {
        return unitId == o.unitId && text == o.text && category == o.category && segment == o.segment &&
               provision == o.provision && status == o.status && confidentiality == o.confidentiality &&
               integrity == o.integrity && availability == o.availability && personalData == o.personalData &&
               importance == o.importance && review == o.review && onlyAssets == o.onlyAssets &&
               visibleSections == o.visibleSections && visibleAssets == o.visibleAssets;
    }
};

} // namespace daicho
