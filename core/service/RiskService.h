#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/Risk.h"
#include "domain/RiskFilter.h"
#include "domain/RiskMatrix.h"
#include "domain/RiskMethod.h"
#include "domain/RiskSuggester.h"
#include "repo/RiskRepository.h"

#include <QCoreApplication>
#include <QMap>

namespace daicho {

struct Asset;

// Risks of assets (第8条), scored by the register's method (IPA by default, or 5×5) from the
// inputs given and, for the IPA method, the asset's 重要度; validated, audited, and changed
// only by those who may change the asset. Everything counted or listed is limited to the assets
// the signed-in user may see.
class RiskService {
    Q_DECLARE_TR_FUNCTIONS(RiskService)

public:
    explicit RiskService(ServiceContext& context);

    // The register's method (setting "risk_method"); IPA when none was chosen.
    RiskMethod method() const;
    // For managers. Risks already scored keep the method and bands they were scored under until
    // they are next changed.
    Status setMethod(const RiskMethod& method);

    // 重要度 of an asset: the highest importance over its C/I/A (0 when not rated).
    static int importanceOf(const Asset& asset);

    // Scores and stores a new risk under the current method.
    Result<qint64> create(Risk risk);
    // Records many risks at once (generation, imports): each checked and scored as create()
    // does, all kept or none; audited with compact events. Returns how many were recorded.
    Result<qint64> createMany(QList<Risk> risks);
    // Rescores under the current method from the (possibly changed) inputs.
    Status update(Risk risk);
    Status remove(qint64 id);
    Result<std::optional<Risk>> find(qint64 id) const;
    Result<QList<Risk>> forAsset(qint64 assetId) const;
    Result<qint64> count() const;

    // The usual threats for the asset that it has no risk for yet, as risks to record: inputs
    // filled in for the current method, not stored.
    struct Suggestion {
        Risk risk;
        QStringList reasons;
    };
    Result<QList<Suggestion>> suggest(qint64 assetId) const;

    // Heat map of the current method: counts per cell, inherent and residual.
    struct HeatMap {
        RiskMatrix inherent;
        RiskMatrix residual;
    };
    Result<HeatMap> heatmap(const RiskFilter& filter = {}) const;
    // Counts under the current method, by band, by threat group and by section (inherent).
    struct Breakdown {
        qint64 total = 0;
        QMap<RiskBand, qint64> byBand;
        QMap<ThreatGroup, qint64> byGroup;
        QMap<qint64, QMap<RiskBand, qint64>> bySection;
    };
    Result<Breakdown> breakdown(const RiskFilter& filter = {}) const;
    Result<QList<RiskRepository::Row>> cell(const RiskCell& cell, const RiskFilter& filter, qint64 afterId,
                                            int limit) const;
    Result<QList<RiskRepository::Row>> top(const RiskFilter& filter, int limit = 10) const;

    // The filter as the signed-in user may apply it.
    RiskFilter visible(RiskFilter filter) const;

private:
    Problems score(Risk& risk) const;
    ServiceContext& m_ctx;
};

} // namespace daicho
