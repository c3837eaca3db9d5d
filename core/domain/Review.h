#pragma once

#include "EnumTable.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace daicho {

// 確認済 / 要修正 / 廃棄予定: what a department head finds when reviewing a holding.
enum class ReviewOutcome { Confirmed, NeedsFix, ToDispose };
template <> const QList<EnumEntry<ReviewOutcome>>& enumEntries<ReviewOutcome>();

// The Japanese fiscal year (年度) a date falls in: April to March.
int fiscalYearOf(const QDate& date);

// A yearly review campaign (棚卸し) of the register.
struct ReviewCampaign {
    qint64 id = 0;
    int fiscalYear = 0;
    QDate openedOn;
    QDate dueOn;
    QDate closedOn;
    int version = 0;

    bool isOpen() const { return !closedOn.isValid(); }
};

// One asset's review in a campaign; who reviewed is the audit's actor (the signed-in login).
struct AssetReview {
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 assetId = 0;
    ReviewOutcome outcome = ReviewOutcome::Confirmed;
    QString comment; // what needs fixing, or changed
    QString reviewedBy;
    QDateTime reviewedAt;
    int version = 0;
};

// A department (or body) signed off as reviewed, by whom and when.
struct ReviewSignoff {
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 unitId = 0;
    QString signedBy;
    QDateTime signedAt;
    QString comment;
    int version = 0;
};

// One asset's review as evidence for the committee: the asset named as people know it.
struct ReviewEvidence {
    qint64 assetId = 0;
    qint64 sectionId = 0;
    QString code;
    QString name;
    QString section;
    ReviewOutcome outcome = ReviewOutcome::Confirmed;
    QString comment;
    QString reviewedBy;
    QDateTime reviewedAt;
};

} // namespace daicho
