#include "ReviewService.h"

#include "AccessPolicy.h"
#include "AuditedWrite.h"
#include "common/Clock.h"
#include "repo/AssetRepository.h"
#include "repo/OrgUnitRepository.h"
#include "repo/PersonRepository.h"
#include "repo/ReviewRepository.h"
#include "repo/RoleRepository.h"

namespace daicho {

ReviewService::ReviewService(ServiceContext& context)
    : m_ctx(context)
{
}

Result<std::optional<ReviewCampaign>> ReviewService::current() const
{
    return ReviewRepository(m_ctx.db).campaignFor(fiscalYearOf(m_ctx.clock.nowUtc().date()));
}

Result<ReviewCampaign> ReviewService::openCampaignOrFail() const
{
    Result<std::optional<ReviewCampaign>> campaign = current();
    if (!campaign)
        return Result<ReviewCampaign>(campaign.problems());
    if (!campaign.value() || !campaign.value()->isOpen())
        return Result<ReviewCampaign>::failure(
            tr("No review campaign is open for this fiscal year; the security office opens one first."));
    return *campaign.value();
}

Result<qint64> ReviewService::openCampaign(int fiscalYear, const QDate& dueOn)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return Result<qint64>(allowed.problems());
    const QDate today = m_ctx.clock.nowUtc().date();
    if (fiscalYear < fiscalYearOf(today))
        return Result<qint64>::failure(
            tr("Fiscal year %1 is over; open a campaign for this year or a later one.").arg(fiscalYear),
            QStringLiteral("fiscal_year"));
    if (!dueOn.isValid() || dueOn < today || fiscalYearOf(dueOn) != fiscalYear)
        return Result<qint64>::failure(tr("Due date: choose a day from today until the end of fiscal year %1 "
                                          "(March 31, %2)")
                                           .arg(fiscalYear)
                                           .arg(fiscalYear + 1),
                                       QStringLiteral("due_on"));
    ReviewRepository repo(m_ctx.db);
    Result<std::optional<ReviewCampaign>> existing = repo.campaignFor(fiscalYear);
    if (!existing)
        return Result<qint64>(existing.problems());
    if (existing.value())
        return Result<qint64>::failure(tr("A review campaign for fiscal year %1 is already open.").arg(fiscalYear),
                                       QStringLiteral("fiscal_year"));
    ReviewCampaign c;
    c.fiscalYear = fiscalYear;
    c.openedOn = today;
    c.dueOn = dueOn;
    c.version = 1;
    return auditedWrite(m_ctx, c, QStringLiteral("create"), QString(),
                        [&repo](const ReviewCampaign& r) { return repo.insert(r); });
}

Status ReviewService::review(qint64 assetId, ReviewOutcome outcome, const QString& comment)
{
    Result<ReviewCampaign> campaign = openCampaignOrFail();
    if (!campaign)
        return Status(campaign.problems());
    Result<std::optional<Asset>> asset = AssetRepository(m_ctx.db).find(assetId);
    if (!asset)
        return Status(asset.problems());
    if (!asset.value())
        return Status::failure(tr("The asset %1 does not exist.").arg(assetId));
    if (Status allowed = AccessPolicy::allowEdit(m_ctx, *asset.value()); !allowed)
        return allowed;
    if (asset.value()->status == AssetStatus::Disposed)
        return Status::failure(
            tr("Asset %1 has been disposed of; it is not reviewed any more.").arg(asset.value()->code));
    if (outcome == ReviewOutcome::NeedsFix && comment.trimmed().isEmpty())
        return Status::failure(tr("Comment: say what needs correcting"), QStringLiteral("comment"));
    ReviewRepository repo(m_ctx.db);
    Result<std::optional<AssetReview>> before = repo.review(campaign.value().id, assetId);
    if (!before)
        return Status(before.problems());
    AssetReview r = before.value().value_or(AssetReview{});
    r.campaignId = campaign.value().id;
    r.assetId = assetId;
    r.outcome = outcome;
    r.comment = comment.trimmed();
    r.reviewedBy = m_ctx.actor;
    r.reviewedAt = m_ctx.clock.nowUtc();
    r.version += 1;
    if (before.value())
        return toStatus(auditedWrite(m_ctx, r, QStringLiteral("update"), Snapshot::text(*before.value()),
                                     [&repo](const AssetReview& x) -> Result<qint64> {
                                         if (Status s = repo.update(x); !s)
                                             return Result<qint64>(s.problems());
                                         return x.id;
                                     }));
    return toStatus(auditedWrite(m_ctx, r, QStringLiteral("create"), QString(),
                                 [&repo](const AssetReview& x) { return repo.insert(x); }));
}

Result<qint64> ReviewService::confirmSection(qint64 sectionId)
{
    Result<ReviewCampaign> campaign = openCampaignOrFail();
    if (!campaign)
        return Result<qint64>(campaign.problems());
    if (m_ctx.scope && !m_ctx.scope->canEdit(sectionId, 0))
        return Result<qint64>::failure(tr("This section is not yours to review."), AccessPolicy::kDenied);
    Result<QList<qint64>> ids = ReviewRepository(m_ctx.db).unreviewed(campaign.value().id, sectionId);
    if (!ids)
        return Result<qint64>(ids.problems());
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return Result<qint64>(tx.status().problems());
    for (qint64 id : ids.value())
        if (Status s = review(id, ReviewOutcome::Confirmed); !s)
            return Result<qint64>(s.problems());
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s.problems());
    return ids.value().size();
}

Result<std::optional<AssetReview>> ReviewService::reviewOf(qint64 assetId) const
{
    Result<std::optional<ReviewCampaign>> campaign = current();
    if (!campaign)
        return Result<std::optional<AssetReview>>(campaign.problems());
    if (!campaign.value())
        return std::optional<AssetReview>();
    return ReviewRepository(m_ctx.db).review(campaign.value()->id, assetId);
}

Result<QHash<qint64, ReviewOutcome>> ReviewService::outcomes(const QList<qint64>& assetIds) const
{
    Result<std::optional<ReviewCampaign>> campaign = current();
    if (!campaign)
        return Result<QHash<qint64, ReviewOutcome>>(campaign.problems());
    if (!campaign.value())
        return QHash<qint64, ReviewOutcome>();
    return ReviewRepository(m_ctx.db).outcomes(campaign.value()->id, assetIds);
}

Result<QList<ReviewService::Progress>> ReviewService::progress() const
{
    using R = Result<QList<Progress>>;
    Result<std::optional<ReviewCampaign>> campaign = current();
    if (!campaign)
        return R(campaign.problems());
    if (!campaign.value())
        return QList<Progress>();
    ReviewRepository repo(m_ctx.db);
    Result<QList<ReviewRepository::SectionCount>> counts = repo.countBySection(campaign.value()->id);
    Result<QList<ReviewSignoff>> signoffs = repo.signoffs(campaign.value()->id);
    Result<QList<OrgUnit>> units = OrgUnitRepository(m_ctx.db).all();
    if (!counts || !signoffs || !units)
        return R(!counts ? counts.problems() : !signoffs ? signoffs.problems() : units.problems());
    const QHash<qint64, OrgUnit> byId = unitsById(units.value());
    QHash<qint64, Progress> rows;
    for (const ReviewRepository::SectionCount& c : counts.value()) {
        if (m_ctx.scope && !m_ctx.scope->canRead(c.sectionId, 0))
            continue;
        const qint64 department = departmentOf(byId, c.sectionId);
        if (!rows.contains(department)) {
            rows[department].unitId = department;
            rows[department].name = byId.value(department).name;
        }
        Progress& p = rows[department];
        p.assets += c.assets;
        for (auto it = c.reviewed.cbegin(); it != c.reviewed.cend(); ++it)
            p.reviewed[it.key()] += it.value();
    }
    for (const ReviewSignoff& s : signoffs.value())
        if (rows.contains(s.unitId))
            rows[s.unitId].signoff = s;
    // In the organisation's order.
    QList<Progress> list;
    for (const OrgUnit& u : units.value())
        if (rows.contains(u.id))
            list << rows.value(u.id);
    return list;
}

Result<QList<ReviewService::SectionLeft>> ReviewService::sectionsLeft() const
{
    using R = Result<QList<SectionLeft>>;
    Result<std::optional<ReviewCampaign>> campaign = current();
    if (!campaign)
        return R(campaign.problems());
    if (!campaign.value())
        return QList<SectionLeft>();
    Result<QList<ReviewRepository::SectionCount>> counts =
        ReviewRepository(m_ctx.db).countBySection(campaign.value()->id);
    Result<QList<OrgUnit>> units = OrgUnitRepository(m_ctx.db).all();
    Result<QList<RoleAssignment>> managers = RoleRepository(m_ctx.db).forRole(Role::SecurityManager);
    Result<QList<Person>> people = PersonRepository(m_ctx.db).all();
    if (!counts || !units || !managers || !people)
        return R(!counts     ? counts.problems()
                 : !units    ? units.problems()
                 : !managers ? managers.problems()
                             : people.problems());
    const QHash<qint64, OrgUnit> byId = unitsById(units.value());
    QHash<qint64, QString> names;
    for (const Person& p : people.value())
        names.insert(p.id, p.name);
    QMultiHash<qint64, QString> managerOf;
    const QDate today = m_ctx.clock.nowUtc().date();
    for (const RoleAssignment& r : managers.value())
        if ((!r.validFrom.isValid() || r.validFrom <= today) && (!r.validTo.isValid() || r.validTo >= today))
            managerOf.insert(r.unitId, names.value(r.personId));
    QList<SectionLeft> rows;
    for (const ReviewRepository::SectionCount& c : counts.value()) {
        qint64 reviewed = 0;
        for (qint64 n : c.reviewed)
            reviewed += n;
        if (c.assets <= reviewed || (m_ctx.scope && !m_ctx.scope->canRead(c.sectionId, 0)))
            continue;
        SectionLeft row;
        row.sectionId = c.sectionId;
        row.section = byId.value(c.sectionId).name;
        row.department = byId.value(departmentOf(byId, c.sectionId)).name;
        row.assets = c.assets;
        row.left = c.assets - reviewed;
        row.managers = managerOf.values(c.sectionId);
        row.managers.sort();
        rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const SectionLeft& a, const SectionLeft& b) {
        return a.left != b.left ? a.left > b.left : a.sectionId < b.sectionId;
    });
    return rows;
}

Status ReviewService::evidence(const std::function<bool(const ReviewEvidence&)>& visit) const
{
    Result<std::optional<ReviewCampaign>> campaign = current();
    if (!campaign)
        return Status(campaign.problems());
    if (!campaign.value())
        return Status::failure(tr("No review campaign for this fiscal year yet."));
    return ReviewRepository(m_ctx.db).forEachEvidence(campaign.value()->id, [&](const ReviewEvidence& e) {
        if (m_ctx.scope && !m_ctx.scope->canRead(e.sectionId, e.assetId))
            return true;
        return visit(e);
    });
}

Result<qint64> ReviewService::signOff(qint64 unitId, const QString& comment)
{
    Result<ReviewCampaign> campaign = openCampaignOrFail();
    if (!campaign)
        return Result<qint64>(campaign.problems());
    // The security office, or the 情報セキュリティ責任者 of this very unit.
    const bool office = !m_ctx.scope || m_ctx.scope->everything;
    if (!office) {
        bool officer = false;
        if (m_ctx.user) {
            Result<QList<RoleAssignment>> roles = RoleRepository(m_ctx.db).currentForPerson(m_ctx.user->personId);
            if (!roles)
                return Result<qint64>(roles.problems());
            for (const RoleAssignment& r : roles.value())
                officer = officer || (r.role == Role::SecurityOfficer && r.unitId == unitId);
        }
        if (!officer)
            return Result<qint64>::failure(
                tr("Only the %1 of this unit signs its review off.").arg(enumLabel(Role::SecurityOfficer)),
                AccessPolicy::kDenied);
    }
    Result<QList<Progress>> all = progress();
    if (!all)
        return Result<qint64>(all.problems());
    const auto found = std::find_if(all.value().cbegin(), all.value().cend(),
                                    [unitId](const Progress& p) { return p.unitId == unitId; });
    if (found == all.value().cend())
        return Result<qint64>::failure(tr("This unit holds no assets to review."));
    if (found->signoff)
        return Result<qint64>::failure(tr("%1 was already signed off.").arg(found->name));
    if (const qint64 open = found->assets - found->reviewedCount(); open > 0)
        return Result<qint64>::failure(
            tr("%1 still has %n asset(s) not reviewed.", nullptr, int(open)).arg(found->name));
    ReviewSignoff s;
    s.campaignId = campaign.value().id;
    s.unitId = unitId;
    s.signedBy = m_ctx.actor;
    s.signedAt = m_ctx.clock.nowUtc();
    s.comment = comment.trimmed();
    s.version = 1;
    ReviewRepository repo(m_ctx.db);
    return auditedWrite(m_ctx, s, QStringLiteral("create"), QString(),
                        [&repo](const ReviewSignoff& x) { return repo.insert(x); });
}

} // namespace daicho
