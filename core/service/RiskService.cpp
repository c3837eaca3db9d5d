#include "RiskService.h"

#include "AccessPolicy.h"
#include "AuditedWrite.h"
#include "common/Clock.h"
#include "domain/ClassificationScheme.h"
#include "domain/RiskScoring.h"
#include "domain/ThreatCatalogue.h"
#include "repo/AssetRepository.h"
#include "repo/RiskRepository.h"

namespace daicho {

RiskService::RiskService(ServiceContext& context)
    : m_ctx(context)
{
}

Problems RiskService::score(Risk& r) const
{
    Problems problems;
    const auto inRange = [](int level) { return level >= 1 && level <= 3; };
    Result<std::optional<Asset>> asset = AssetRepository(m_ctx.db).find(r.assetId);
    if (!asset)
        return asset.problems();
    if (!asset.value()) {
        problems << Problem{QStringLiteral("asset_id"), tr("Asset: does not exist")};
        return problems;
    }
    if (Status allowed = AccessPolicy::allowEdit(m_ctx, *asset.value()); !allowed)
        return allowed.problems();
    if (!ThreatCatalogue::find(r.threatKey))
        problems << Problem{QStringLiteral("threat"), tr("Threat: \"%1\" is not in the catalogue").arg(r.threatKey)};
    if (!inRange(r.threatLevel))
        problems << Problem{QStringLiteral("threat_level"), tr("Likelihood of the threat: choose 1, 2 or 3")};
    if (!inRange(r.vulnerabilityLevel))
        problems << Problem{QStringLiteral("vulnerability_level"), tr("Vulnerability: choose 1, 2 or 3")};
    const bool residual = r.residualThreat != 0 || r.residualVulnerability != 0;
    if (residual && (!inRange(r.residualThreat) || !inRange(r.residualVulnerability)))
        problems << Problem{QStringLiteral("residual_threat"),
                            tr("Residual risk: give both the threat and the vulnerability after treatment (1-3)")};
    // 重要度 comes from the asset's rating: an unrated asset cannot be scored yet.
    const Asset& a = *asset.value();
    const ClassificationScheme* scheme = ClassificationScheme::find(a.scheme);
    const int importance = scheme ? scheme->importance(a.confidentiality, a.integrity, a.availability) : 0;
    if (importance == 0)
        problems << Problem{
            QStringLiteral("importance"),
            tr("Asset %1 is not rated for 機密性・完全性・可用性 yet, so its 重要度 is unknown").arg(a.code)};
    if (!problems.isEmpty())
        return problems;
    r.method = QStringLiteral("ipa");
    r.importance = importance;
    r.likelihood = RiskScoring::likelihood(r.threatLevel, r.vulnerabilityLevel);
    r.value = RiskScoring::value(r.importance, r.likelihood);
    r.residualLikelihood = residual ? RiskScoring::likelihood(r.residualThreat, r.residualVulnerability) : 0;
    r.residualValue = residual ? RiskScoring::value(r.importance, r.residualLikelihood) : 0;
    return problems;
}

Result<qint64> RiskService::create(Risk risk)
{
    risk.id = 0;
    if (Problems p = score(risk); !p.isEmpty())
        return Result<qint64>(p);
    Result<QList<Risk>> existing = RiskRepository(m_ctx.db).forAsset(risk.assetId);
    if (!existing)
        return Result<qint64>(existing.problems());
    for (const Risk& other : existing.value())
        if (other.threatKey == risk.threatKey)
            return Result<qint64>::failure(tr("This asset already has a risk for that threat; change that one."),
                                           QStringLiteral("threat"));
    const QDateTime now = m_ctx.clock.nowUtc();
    risk.createdAt = now;
    risk.updatedAt = now;
    risk.version = 1;
    RiskRepository repo(m_ctx.db);
    return auditedWrite(m_ctx, risk, QStringLiteral("create"), QString(), insertWith(repo));
}

Status RiskService::update(Risk risk)
{
    RiskRepository repo(m_ctx.db);
    Result<std::optional<Risk>> found = repo.find(risk.id);
    if (!found)
        return Status(found.problems());
    if (!found.value())
        return Status::failure(tr("The risk %1 does not exist.").arg(risk.id));
    const Risk& before = *found.value();
    if (risk.version != before.version)
        return Status::failure(tr("The risk was changed by someone else since it was loaded; reload it."));
    if (risk.assetId != before.assetId)
        return Status::failure(tr("A risk stays with its asset; record a new one for another asset."));
    if (Problems p = score(risk); !p.isEmpty())
        return Status(p);
    risk.createdAt = before.createdAt;
    risk.updatedAt = m_ctx.clock.nowUtc();
    risk.version = before.version + 1;
    return toStatus(auditedWrite(m_ctx, risk, QStringLiteral("update"), Snapshot::text(before), updateWith(repo)));
}

Result<std::optional<Risk>> RiskService::find(qint64 id) const
{
    return RiskRepository(m_ctx.db).find(id);
}

Result<QList<Risk>> RiskService::forAsset(qint64 assetId) const
{
    return RiskRepository(m_ctx.db).forAsset(assetId);
}

Result<qint64> RiskService::count() const
{
    return RiskRepository(m_ctx.db).count();
}

} // namespace daicho
