#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/EffectiveRating.h"
#include "domain/Holding.h"

#include <QCoreApplication>

namespace daicho {

// CIA inheritance: which systems, devices, media (ア) and documents (ウ) hold which assets, and
// the effective rating that follows (max principle: a holder is at least as sensitive as the
// most sensitive thing it holds, all the way down the chain).
class HoldingService {
    Q_DECLARE_TR_FUNCTIONS(HoldingService)

public:
    explicit HoldingService(ServiceContext& context);

    // Records that `holderId` holds `heldId`. The holder must be ア or ウ and changeable by the
    // user; the held asset visible to them; no asset may end up holding itself.
    Result<qint64> link(qint64 holderId, qint64 heldId);
    // Many links at once (generation, imports), each checked as link() does; all or none.
    Result<qint64> linkMany(const QList<QPair<qint64, qint64>>& holderAndHeld);
    Status unlink(qint64 holdingId);
    Result<std::optional<Holding>> find(qint64 id) const;
    Result<QList<Holding>> heldBy(qint64 holderId) const;
    Result<QList<Holding>> holdersOf(qint64 heldId) const;

    // The asset's own rating beside the one it must have, and where each raised level comes from.
    Result<EffectiveRating> effective(qint64 assetId) const;
    // Every holder the user may see that is rated below what it holds.
    Result<QList<EffectiveRating>> findings() const;

private:
    ServiceContext& m_ctx;
};

} // namespace daicho
