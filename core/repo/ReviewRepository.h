#pragma once

#include "common/Result.h"
#include "domain/Review.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace daicho {

class Database;

// Review campaigns (棚卸し), the reviews of assets in them and the sign-offs of departments.
class ReviewRepository {
public:
    explicit ReviewRepository(Database& db);

    Result<qint64> insert(const ReviewCampaign& campaign);
    Result<std::optional<ReviewCampaign>> campaignFor(int fiscalYear) const;
    Result<QList<ReviewCampaign>> campaigns() const;

    Result<qint64> insert(const AssetReview& review);
    Status update(const AssetReview& review);
    Result<std::optional<AssetReview>> review(qint64 campaignId, qint64 assetId) const;
    Result<QList<AssetReview>> reviews() const;
    // The outcomes of these assets in a campaign (those reviewed).
    Result<QHash<qint64, ReviewOutcome>> outcomes(qint64 campaignId, const QList<qint64>& assetIds) const;
    // Active assets of a section not reviewed yet in a campaign.
    Result<QList<qint64>> unreviewed(qint64 campaignId, qint64 sectionId) const;

    // Every review of a campaign with its asset and section, by section and 資産ID, streamed
    // (`visit` returns false to stop).
    Status forEachEvidence(qint64 campaignId, const std::function<bool(const ReviewEvidence&)>& visit) const;

    Result<qint64> insert(const ReviewSignoff& signoff);
    Result<QList<ReviewSignoff>> signoffs(qint64 campaignId = 0) const;

    // Per section: active assets, and how many were reviewed with each outcome.
    struct SectionCount {
        qint64 sectionId = 0;
        qint64 assets = 0;
        QHash<ReviewOutcome, qint64> reviewed;
    };
    Result<QList<SectionCount>> countBySection(qint64 campaignId) const;

private:
    Database& m_db;
};

} // namespace daicho
