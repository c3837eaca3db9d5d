#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/Risk.h"

#include <QCoreApplication>

namespace daicho {

// Risks of assets (第8条), scored by the IPA method from the inputs given and the asset's
// 重要度; validated, audited, and changed only by those who may change the asset.
class RiskService {
    Q_DECLARE_TR_FUNCTIONS(RiskService)

public:
    explicit RiskService(ServiceContext& context);

    // Scores and stores a new risk: importance, likelihood and value are computed here.
    Result<qint64> create(Risk risk);
    // Rescores from the (possibly changed) inputs, treatment and residual inputs.
    Status update(Risk risk);
    Result<std::optional<Risk>> find(qint64 id) const;
    Result<QList<Risk>> forAsset(qint64 assetId) const;
    Result<qint64> count() const;

private:
    // Fills in the computed figures, or says what is wrong with the inputs.
    Problems score(Risk& risk) const;
    ServiceContext& m_ctx;
};

} // namespace daicho
