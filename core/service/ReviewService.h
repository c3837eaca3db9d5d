#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/Review.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <optional>

namespace daicho {

// The yearly review of the register (棚卸し): the security office opens a campaign for a 年度
// with a due date; those who look after assets mark each 確認済 / 要修正 / 廃棄予定 (or confirm a
// whole section after looking); each department's 情報セキュリティ責任者 signs it off. All through
// the access policy and the audit trail.
class ReviewService {
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    explicit ReviewService(ServiceContext& context);

    // The campaign of today's 年度, if one was opened.
    Result<std::optional<ReviewCampaign>> current() const;
    Result<qint64> openCampaign(int fiscalYear, const QDate& dueOn);

    // Marks an asset in the current campaign (again, if it was marked before).
    Status review(qint64 assetId, ReviewOutcome outcome, const QString& comment = {});
    // Confirms every active asset of a section not reviewed yet; returns how many.
    Result<qint64> confirmSection(qint64 sectionId);
    Result<std::optional<AssetReview>> reviewOf(qint64 assetId) const;
    // Outcomes of these assets in the current campaign (a page of the table).
    Result<QHash<qint64, ReviewOutcome>> outcomes(const QList<qint64>& assetIds) const;

    // Progress per department (the units right below a body; a body's own sections count for it).
    struct Progress {
        qint64 unitId = 0;
        QString name;
        qint64 assets = 0;
        QHash<ReviewOutcome, qint64> reviewed;
        std::optional<ReviewSignoff> signoff;

        qint64 reviewedCount() const
        {
            qint64 n = 0;
            for (qint64 v : reviewed)
                n += v;
            return n;
        }
    };
    Result<QList<Progress>> progress() const;
    // The sections still holding assets not reviewed (most left first), with who is to review them:
    // the list to chase, overdue once the campaign's due date has passed.
    struct SectionLeft {
        qint64 sectionId = 0;
        QString section;
        QString department;
        qint64 assets = 0;
        qint64 left = 0;
        QStringList managers; // the section's 情報セキュリティ管理者 today
    };
    Result<QList<SectionLeft>> sectionsLeft() const;
    // The current campaign's reviews the signed-in user may see, as evidence (`visit` returns
    // false to stop).
    Status evidence(const std::function<bool(const ReviewEvidence&)>& visit) const;

    // Signs a department off; only its 情報セキュリティ責任者 (or the security office), and only
    // once every asset in it has been reviewed.
    Result<qint64> signOff(qint64 unitId, const QString& comment = {});

private:
    Result<ReviewCampaign> openCampaignOrFail() const;
    ServiceContext& m_ctx;
};

} // namespace daicho
