#include "HoldingService.h"

#include "AccessPolicy.h"
#include "AuditedWrite.h"
#include "common/Clock.h"
#include "repo/AssetRepository.h"
#include "repo/HoldingRepository.h"

#include <QHash>

#include <functional>

namespace daicho {

namespace {
constexpr Axis kAxes[] = {Axis::Confidentiality, Axis::Integrity, Axis::Availability};

EffectiveRating ownRating(const Asset& a)
{
    EffectiveRating rating;
    rating.assetId = a.id;
    rating.code = a.code;
    rating.name = a.name;
    for (Axis axis : kAxes)
        rating.level(axis).own = rating.level(axis).effective = a.level(axis);
    return rating;
}
} // namespace

HoldingService::HoldingService(ServiceContext& context)
    : m_ctx(context)
{
}

Result<qint64> HoldingService::link(qint64 holderId, qint64 heldId)
{
    AssetRepository assets(m_ctx.db);
    Result<std::optional<Asset>> holder = assets.find(holderId);
    if (!holder)
        return Result<qint64>(holder.problems());
    Result<std::optional<Asset>> held = assets.find(heldId);
    if (!held)
        return Result<qint64>(held.problems());
    const QString field = QStringLiteral("held_id");
    if (!holder.value() || !held.value())
        return Result<qint64>::failure(tr("Holding: the asset does not exist"), field);
    if (Status allowed = AccessPolicy::allowEdit(m_ctx, *holder.value()); !allowed)
        return Result<qint64>(allowed.problems());
    if (m_ctx.scope && !m_ctx.scope->canRead(held.value()->sectionId, heldId))
        return Result<qint64>::failure(tr("Holding: you may not see that asset"), AccessPolicy::kDenied);
    if (holder.value()->category == AssetCategory::Information)
        return Result<qint64>::failure(
            tr("Holding: %1 is information (第2条(3)イ); only systems, devices, media and documents hold "
               "other assets")
                .arg(holder.value()->code),
            field);
    if (holderId == heldId)
        return Result<qint64>::failure(tr("Holding: an asset cannot hold itself"), field);
    HoldingRepository repo(m_ctx.db);
    Result<std::optional<Holding>> existing = repo.findPair(holderId, heldId);
    if (!existing)
        return Result<qint64>(existing.problems());
    if (existing.value())
        return Result<qint64>::failure(tr("Holding: %1 already holds %2").arg(holder.value()->code, held.value()->code),
                                       field);
    Result<bool> cycle = repo.reaches(heldId, holderId);
    if (!cycle)
        return Result<qint64>(cycle.problems());
    if (cycle.value())
        return Result<qint64>::failure(tr("Holding: %1 already holds %2, directly or through other assets; a "
                                          "chain of holdings cannot go round in a circle")
                                           .arg(held.value()->code, holder.value()->code),
                                       field);
    Holding h;
    h.holderId = holderId;
    h.heldId = heldId;
    h.createdAt = m_ctx.clock.nowUtc();
    return auditedWrite(m_ctx, h, QStringLiteral("create"), QString(), insertWith(repo));
}

Result<qint64> HoldingService::linkMany(const QList<QPair<qint64, qint64>>& holderAndHeld)
{
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return Result<qint64>(tx.status().problems());
    for (const auto& [holder, held] : holderAndHeld)
        if (Result<qint64> id = link(holder, held); !id)
            return id;
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s.problems());
    return holderAndHeld.size();
}

Status HoldingService::unlink(qint64 holdingId)
{
    HoldingRepository repo(m_ctx.db);
    Result<std::optional<Holding>> found = repo.find(holdingId);
    if (!found)
        return Status(found.problems());
    if (!found.value())
        return Status::failure(tr("The holding %1 does not exist.").arg(holdingId));
    Result<std::optional<Asset>> holder = AssetRepository(m_ctx.db).find(found.value()->holderId);
    if (!holder)
        return Status(holder.problems());
    if (holder.value())
        if (Status allowed = AccessPolicy::allowEdit(m_ctx, *holder.value()); !allowed)
            return allowed;
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    if (Status s = repo.remove(holdingId); !s)
        return s;
    if (Status s = m_ctx.audit.appendJson(m_ctx.actor, QStringLiteral("holding"), holdingId, QStringLiteral("delete"),
                                          Snapshot::text(*found.value()), QString());
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<Holding>> HoldingService::find(qint64 id) const
{
    return HoldingRepository(m_ctx.db).find(id);
}

Result<QList<Holding>> HoldingService::heldBy(qint64 holderId) const
{
    return HoldingRepository(m_ctx.db).heldBy(holderId);
}

Result<QList<Holding>> HoldingService::holdersOf(qint64 heldId) const
{
    return HoldingRepository(m_ctx.db).holdersOf(heldId);
}

Result<EffectiveRating> HoldingService::effective(qint64 assetId) const
{
    Result<std::optional<Asset>> asset = AssetRepository(m_ctx.db).find(assetId);
    if (!asset)
        return Result<EffectiveRating>(asset.problems());
    if (!asset.value())
        return Result<EffectiveRating>::failure(tr("The asset %1 does not exist.").arg(assetId));
    const Asset& a = *asset.value();
    EffectiveRating rating = ownRating(a);
    Result<QList<HoldingRepository::Reached>> reached = HoldingRepository(m_ctx.db).reachedFrom(assetId);
    if (!reached)
        return Result<EffectiveRating>(reached.problems());
    for (Axis axis : kAxes) {
        EffectiveLevel& level = rating.level(axis);
        int best = levelRank(a.scheme, axis, level.own);
        // The shortest chains come first: among equal levels, the nearest source is named.
        for (const HoldingRepository::Reached& r : reached.value()) {
            const int rank = levelRank(r.scheme, axis, r.level(axis));
            if (rank > best) {
                best = rank;
                level.effective = r.level(axis);
                level.sourceId = r.id;
                level.sourceCode = r.code;
                level.sourceName = r.name;
                level.path = r.path;
            }
        }
    }
    return rating;
}

Result<QList<EffectiveRating>> HoldingService::findings() const
{
    using R = Result<QList<EffectiveRating>>;
    HoldingRepository repo(m_ctx.db);
    Result<QList<Holding>> links = repo.all();
    if (!links)
        return R(links.problems());
    Result<QHash<qint64, RatedAsset>> linked = repo.linkedAssets();
    if (!linked)
        return R(linked.problems());
    QList<EffectiveRating> found = belowInherited(links.value(), linked.value());
    if (m_ctx.scope)
        found.removeIf([this, &linked](const EffectiveRating& r) {
            return !m_ctx.scope->canRead(linked.value().value(r.assetId).sectionId, r.assetId);
        });
    return found;
}

} // namespace daicho
