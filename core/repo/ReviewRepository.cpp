#include "ReviewRepository.h"

#include "SqlValues.h"
#include "db/Query.h"

namespace daicho {

namespace {
const QString kCampaign = QStringLiteral("SELECT id, fiscal_year, opened_on, due_on, closed_on, version"
                                         " FROM review_campaigns");
const QString kReview = QStringLiteral("SELECT id, campaign_id, asset_id, outcome, comment, reviewed_by,"
                                       " reviewed_at, version FROM asset_reviews");

ReviewCampaign campaignRow(const Query& q)
{
    ReviewCampaign c;
    c.id = q.value(0).toLongLong();
    c.fiscalYear = q.value(1).toInt();
    c.openedOn = sql::toDate(q.value(2));
    c.dueOn = sql::toDate(q.value(3));
    c.closedOn = sql::toDate(q.value(4));
    c.version = q.value(5).toInt();
    return c;
}

AssetReview reviewRow(const Query& q)
{
    AssetReview r;
    r.id = q.value(0).toLongLong();
    r.campaignId = q.value(1).toLongLong();
    r.assetId = q.value(2).toLongLong();
    r.outcome = enumFromKey<ReviewOutcome>(q.value(3).toString()).value_or(ReviewOutcome::Confirmed);
    r.comment = q.value(4).toString();
    r.reviewedBy = q.value(5).toString();
    r.reviewedAt = sql::toTimestamp(q.value(6));
    r.version = q.value(7).toInt();
    return r;
}
} // namespace

ReviewRepository::ReviewRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> ReviewRepository::insert(const ReviewCampaign& c)
{
    Query q(m_db, QStringLiteral("INSERT INTO review_campaigns (fiscal_year, opened_on, due_on, closed_on, version)"
                                 " VALUES (?, ?, ?, ?, ?)"));
    q.bind(0, c.fiscalYear).bind(1, sql::date(c.openedOn)).bind(2, sql::date(c.dueOn));
    q.bind(3, sql::date(c.closedOn)).bind(4, c.version);
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    return q.lastInsertId().toLongLong();
}

Result<std::optional<ReviewCampaign>> ReviewRepository::campaignFor(int fiscalYear) const
{
    Query q(m_db, kCampaign + QStringLiteral(" WHERE fiscal_year = ?"));
    q.bind(0, fiscalYear);
    Result<bool> row = q.first();
    if (!row)
        return Result<std::optional<ReviewCampaign>>(row.problems());
    return row.value() ? std::optional<ReviewCampaign>(campaignRow(q)) : std::nullopt;
}

Result<QList<ReviewCampaign>> ReviewRepository::campaigns() const
{
    Query q(m_db, kCampaign + QStringLiteral(" ORDER BY id"));
    if (Status s = q.exec(); !s)
        return Result<QList<ReviewCampaign>>(s.problems());
    QList<ReviewCampaign> list;
    while (q.next())
        list << campaignRow(q);
    return q.complete(std::move(list));
}

Result<qint64> ReviewRepository::insert(const AssetReview& r)
{
    Query q(m_db, QStringLiteral("INSERT INTO asset_reviews (campaign_id, asset_id, outcome, comment, reviewed_by,"
                                 " reviewed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(0, r.campaignId).bind(1, r.assetId).bind(2, enumKey(r.outcome)).bind(3, sql::text(r.comment));
    q.bind(4, r.reviewedBy).bind(5, sql::timestamp(r.reviewedAt)).bind(6, r.version);
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    return q.lastInsertId().toLongLong();
}

Status ReviewRepository::update(const AssetReview& r)
{
    Query q(m_db, QStringLiteral("UPDATE asset_reviews SET outcome = ?, comment = ?, reviewed_by = ?, reviewed_at = ?,"
                                 " version = ? WHERE id = ?"));
    q.bind(0, enumKey(r.outcome)).bind(1, sql::text(r.comment)).bind(2, r.reviewedBy);
    q.bind(3, sql::timestamp(r.reviewedAt)).bind(4, r.version).bind(5, r.id);
    return q.exec();
}

Result<std::optional<AssetReview>> ReviewRepository::review(qint64 campaignId, qint64 assetId) const
{
    Query q(m_db, kReview + QStringLiteral(" WHERE campaign_id = ? AND asset_id = ?"));
    q.bind(0, campaignId).bind(1, assetId);
    Result<bool> row = q.first();
    if (!row)
        return Result<std::optional<AssetReview>>(row.problems());
    return row.value() ? std::optional<AssetReview>(reviewRow(q)) : std::nullopt;
}

Result<QList<AssetReview>> ReviewRepository::reviews() const
{
    Query q(m_db, kReview + QStringLiteral(" ORDER BY id"));
    if (Status s = q.exec(); !s)
        return Result<QList<AssetReview>>(s.problems());
    QList<AssetReview> list;
    while (q.next())
        list << reviewRow(q);
    return q.complete(std::move(list));
}

Result<QHash<qint64, ReviewOutcome>> ReviewRepository::outcomes(qint64 campaignId, const QList<qint64>& ids) const
{
    Query q(m_db, QStringLiteral("SELECT asset_id, outcome FROM asset_reviews WHERE campaign_id = ? AND asset_id IN ") +
                      m_db.dialect().idsIn(QStringLiteral("?")));
    q.bind(0, campaignId).bind(1, sql::idArray(ids));
    if (Status s = q.exec(); !s)
        return Result<QHash<qint64, ReviewOutcome>>(s.problems());
    QHash<qint64, ReviewOutcome> found;
    while (q.next())
        if (const std::optional<ReviewOutcome> o = enumFromKey<ReviewOutcome>(q.value(1).toString()))
            found.insert(q.value(0).toLongLong(), *o);
    return q.complete(std::move(found));
}

Result<QList<qint64>> ReviewRepository::unreviewed(qint64 campaignId, qint64 sectionId) const
{
    Query q(m_db, QStringLiteral("SELECT a.id FROM assets a WHERE a.section_id = ? AND a.status = 'active'"
                                 " AND NOT EXISTS (SELECT 1 FROM asset_reviews r WHERE r.campaign_id = ?"
                                 " AND r.asset_id = a.id) ORDER BY a.id"));
    q.bind(0, sectionId).bind(1, campaignId);
    return q.ids();
}

Result<qint64> ReviewRepository::insert(const ReviewSignoff& s)
{
    Query q(m_db, QStringLiteral("INSERT INTO review_signoffs (campaign_id, unit_id, signed_by, signed_at, comment,"
                                 " version) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(0, s.campaignId).bind(1, s.unitId).bind(2, s.signedBy).bind(3, sql::timestamp(s.signedAt));
    q.bind(4, sql::text(s.comment)).bind(5, s.version);
    if (Status st = q.exec(); !st)
        return Result<qint64>(st.problems());
    return q.lastInsertId().toLongLong();
}

Result<QList<ReviewSignoff>> ReviewRepository::signoffs(qint64 campaignId) const
{
    Query q(m_db, QStringLiteral("SELECT id, campaign_id, unit_id, signed_by, signed_at, comment, version"
                                 " FROM review_signoffs WHERE ? = 0 OR campaign_id = ? ORDER BY id"));
    q.bind(0, campaignId).bind(1, campaignId);
    if (Status s = q.exec(); !s)
        return Result<QList<ReviewSignoff>>(s.problems());
    QList<ReviewSignoff> list;
    while (q.next()) {
        ReviewSignoff s;
        s.id = q.value(0).toLongLong();
        s.campaignId = q.value(1).toLongLong();
        s.unitId = q.value(2).toLongLong();
        s.signedBy = q.value(3).toString();
        s.signedAt = sql::toTimestamp(q.value(4));
        s.comment = q.value(5).toString();
        s.version = q.value(6).toInt();
        list << s;
    }
    return q.complete(std::move(list));
}

Result<QList<ReviewRepository::SectionCount>> ReviewRepository::countBySection(qint64 campaignId) const
{
    using R = Result<QList<SectionCount>>;
    // Both from what is kept small: an index of the assets and the review tally (migration 10).
    Query assets(m_db, QStringLiteral("SELECT section_id, COUNT(*) FROM assets WHERE status = 'active'"
                                      " GROUP BY section_id"));
    if (Status s = assets.exec(); !s)
        return R(s.problems());
    QList<SectionCount> rows;
    QHash<qint64, qsizetype> rowOf;
    while (assets.next()) {
        SectionCount c;
        c.sectionId = assets.value(0).toLongLong();
        c.assets = assets.value(1).toLongLong();
        rowOf.insert(c.sectionId, rows.size());
        rows << c;
    }
    if (Status s = assets.readStatus(); !s)
        return R(s.problems());
    Query reviewed(m_db, QStringLiteral("SELECT section_id, outcome, n FROM review_cells WHERE campaign_id = ?"
                                        " AND n <> 0"));
    reviewed.bind(0, campaignId);
    if (Status s = reviewed.exec(); !s)
        return R(s.problems());
    while (reviewed.next()) {
        const auto row = rowOf.constFind(reviewed.value(0).toLongLong());
        const std::optional<ReviewOutcome> outcome = enumFromKey<ReviewOutcome>(reviewed.value(1).toString());
        if (row != rowOf.cend() && outcome)
            rows[*row].reviewed[*outcome] += reviewed.value(2).toLongLong();
    }
    return reviewed.complete(std::move(rows));
}

Status ReviewRepository::forEachEvidence(qint64 campaignId,
                                         const std::function<bool(const ReviewEvidence&)>& visit) const
{
    Query q(m_db, QStringLiteral("SELECT a.id, a.section_id, a.code, a.name, u.name, r.outcome, r.comment,"
                                 " r.reviewed_by, r.reviewed_at FROM asset_reviews r"
                                 " JOIN assets a ON a.id = r.asset_id LEFT JOIN org_units u ON u.id = a.section_id"
                                 " WHERE r.campaign_id = ? ORDER BY u.sort_order, u.id, a.code"));
    q.bind(0, campaignId);
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        ReviewEvidence e;
        e.assetId = q.value(0).toLongLong();
        e.sectionId = q.value(1).toLongLong();
        e.code = q.value(2).toString();
        e.name = q.value(3).toString();
        e.section = q.value(4).toString();
        e.outcome = enumFromKey<ReviewOutcome>(q.value(5).toString()).value_or(ReviewOutcome::Confirmed);
        e.comment = q.value(6).toString();
        e.reviewedBy = q.value(7).toString();
        e.reviewedAt = sql::toTimestamp(q.value(8));
        if (!visit(e))
            break;
    }
    return q.readStatus();
}

} // namespace daicho
