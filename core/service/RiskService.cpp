#include "RiskService.h"

#include "AccessPolicy.h"
#include "AuditedWrite.h"
#include "common/Clock.h"
#include "domain/ClassificationScheme.h"
#include "domain/RiskScoring.h"
#include "repo/AssetRepository.h"
#include "repo/SettingsRepository.h"
#include "repo/ThreatRepository.h"

namespace daicho {

namespace {
const QString kMethodSetting = QStringLiteral("risk_method");

// IPA inputs carried over to the 5×5 scale, for suggestions under that method.
int toFive(int level)
{
    static constexpr int scale[] = {0, 2, 3, 5};
    return level >= 1 && level <= 3 ? scale[level] : 0;
}
} // namespace

RiskService::RiskService(ServiceContext& context)
    : m_ctx(context)
{
}

RiskMethod RiskService::method() const
{
    Result<QString> text = SettingsRepository(m_ctx.db).value(kMethodSetting);
    if (text && !text.value().isEmpty())
        if (std::optional<RiskMethod> m = RiskMethod::fromText(text.value()))
            return *m;
    return RiskMethod::ipa();
}

Status RiskService::setMethod(const RiskMethod& method)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return allowed;
    if (const QString problem = method.bandProblem(); !problem.isEmpty())
        return Status::failure(problem, QStringLiteral("bands"));
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    const RiskMethod before = this->method();
    if (Status s = SettingsRepository(m_ctx.db).setValue(kMethodSetting, method.text()); !s)
        return s;
    if (Status s = m_ctx.audit.append(
            m_ctx.actor, QStringLiteral("setting"), 0, QStringLiteral("update"),
            QJsonObject{{QStringLiteral("key"), kMethodSetting}, {QStringLiteral("value"), before.text()}},
            QJsonObject{{QStringLiteral("key"), kMethodSetting}, {QStringLiteral("value"), method.text()}});
        !s)
        return s;
    return tx.commit();
}

int RiskService::importanceOf(const Asset& a)
{
    const ClassificationScheme* scheme = ClassificationScheme::find(a.scheme);
    return scheme ? scheme->importance(a.confidentiality, a.integrity, a.availability) : 0;
}

Problems RiskService::score(Risk& r) const
{
    Result<std::optional<Asset>> asset = AssetRepository(m_ctx.db).find(r.assetId);
    if (!asset)
        return asset.problems();
    if (!asset.value())
        return {Problem{QStringLiteral("asset_id"), tr("Asset: does not exist")}};
    if (Status allowed = AccessPolicy::allowEdit(m_ctx, *asset.value()); !allowed)
        return allowed.problems();
    Problems problems;
    Result<std::optional<Threat>> threat = ThreatRepository(m_ctx.db).findByKey(r.threatKey);
    if (!threat)
        return threat.problems();
    if (!threat.value())
        problems << Problem{QStringLiteral("threat"), tr("Threat: \"%1\" is not in the catalogue").arg(r.threatKey)};
    problems << RiskScoring::score(method(), importanceOf(*asset.value()), r);
    return problems;
}

Result<qint64> RiskService::create(Risk risk)
{
    risk.id = 0;
    if (Problems p = score(risk); !p.isEmpty())
        return Result<qint64>(p);
    Result<std::optional<Threat>> threat = ThreatRepository(m_ctx.db).findByKey(risk.threatKey);
    if (threat && threat.value() && !threat.value()->active)
        return Result<qint64>::failure(
            tr("The threat \"%1\" has been retired from the catalogue.").arg(threat.value()->name()),
            QStringLiteral("threat"));
    RiskRepository repo(m_ctx.db);
    Result<QList<Risk>> existing = repo.forAsset(risk.assetId);
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
    return auditedWrite(m_ctx, risk, QStringLiteral("create"), QString(), insertWith(repo));
}

Result<qint64> RiskService::createMany(QList<Risk> risks)
{
    using R = Result<qint64>;
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return R(tx.status().problems());
    Result<QList<Threat>> catalogue = ThreatRepository(m_ctx.db).all();
    if (!catalogue)
        return R(catalogue.problems());
    QSet<QString> active;
    for (const Threat& t : catalogue.value())
        if (t.active)
            active.insert(t.key);
    const RiskMethod current = method();
    const QDateTime now = m_ctx.clock.nowUtc();
    AssetRepository assets(m_ctx.db);
    RiskRepository repo(m_ctx.db);
    // Risks come grouped by asset: each asset is read once, with the threats it already faces.
    std::optional<Asset> asset;
    QSet<QString> taken;
    Problems problems;
    qint64 made = 0;
    for (int i = 0; i < risks.size(); ++i) {
        Risk& r = risks[i];
        const int row = i + 1;
        if (!asset || asset->id != r.assetId) {
            Result<std::optional<Asset>> found = assets.find(r.assetId);
            if (!found)
                return R(found.problems());
            asset = found.value();
            taken.clear();
            if (asset) {
                Result<QList<Risk>> existing = repo.forAsset(asset->id);
                if (!existing)
                    return R(existing.problems());
                for (const Risk& other : existing.value())
                    taken.insert(other.threatKey);
            }
        }
        if (!asset) {
            problems << Problem{QStringLiteral("asset_id"), tr("Asset: does not exist"), row};
            continue;
        }
        if (Status allowed = AccessPolicy::allowEdit(m_ctx, *asset); !allowed) {
            problems << Problem{AccessPolicy::kDenied, allowed.errorText(), row};
            continue;
        }
        if (!active.contains(r.threatKey) || taken.contains(r.threatKey)) {
            problems << Problem{
                QStringLiteral("threat"),
                tr("Threat: \"%1\" is not in the catalogue or already recorded for the asset").arg(r.threatKey), row};
            continue;
        }
        Problems scored = RiskScoring::score(current, importanceOf(*asset), r);
        for (Problem& p : scored)
            p.row = row;
        if (!scored.isEmpty()) {
            problems << scored;
            continue;
        }
        r.id = 0;
        r.createdAt = r.updatedAt = now;
        r.version = 1;
        Result<qint64> id =
            auditedWrite(m_ctx, r, QStringLiteral("create"), QString(), insertWith(repo), AuditDetail::Digest);
        if (!id)
            return id;
        taken.insert(r.threatKey);
        ++made;
    }
    if (!problems.isEmpty())
        return R(problems); // nothing of the batch is kept
    if (Status s = tx.commit(); !s)
        return R(s.problems());
    return made;
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
    if (risk.threatKey != before.threatKey)
        return Status::failure(tr("A risk stays with its threat; record a new one for another threat."),
                               QStringLiteral("threat"));
    if (Problems p = score(risk); !p.isEmpty())
        return Status(p);
    risk.createdAt = before.createdAt;
    risk.updatedAt = m_ctx.clock.nowUtc();
    risk.version = before.version + 1;
    return toStatus(auditedWrite(m_ctx, risk, QStringLiteral("update"), Snapshot::text(before), updateWith(repo)));
}

Status RiskService::remove(qint64 id)
{
    RiskRepository repo(m_ctx.db);
    Result<std::optional<Risk>> found = repo.find(id);
    if (!found)
        return Status(found.problems());
    if (!found.value())
        return Status::failure(tr("The risk %1 does not exist.").arg(id));
    Result<std::optional<Asset>> asset = AssetRepository(m_ctx.db).find(found.value()->assetId);
    if (!asset)
        return Status(asset.problems());
    if (asset.value())
        if (Status allowed = AccessPolicy::allowEdit(m_ctx, *asset.value()); !allowed)
            return allowed;
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    if (Status s = repo.remove(id); !s)
        return s;
    if (Status s = m_ctx.audit.appendJson(m_ctx.actor, QStringLiteral("risk"), id, QStringLiteral("delete"),
                                          Snapshot::text(*found.value()), QString());
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<Risk>> RiskService::find(qint64 id) const
{
    Result<std::optional<Risk>> found = RiskRepository(m_ctx.db).find(id);
    if (!found || !found.value() || !m_ctx.scope)
        return found;
    Result<std::optional<Asset>> asset = AssetRepository(m_ctx.db).find(found.value()->assetId);
    if (!asset)
        return Result<std::optional<Risk>>(asset.problems());
    if (!asset.value() || !m_ctx.scope->canRead(asset.value()->sectionId, asset.value()->id))
        return std::optional<Risk>();
    return found;
}

Result<QList<Risk>> RiskService::forAsset(qint64 assetId) const
{
    if (m_ctx.scope) {
        Result<std::optional<Asset>> asset = AssetRepository(m_ctx.db).find(assetId);
        if (!asset)
            return Result<QList<Risk>>(asset.problems());
        if (!asset.value() || !m_ctx.scope->canRead(asset.value()->sectionId, asset.value()->id))
            return QList<Risk>();
    }
    return RiskRepository(m_ctx.db).forAsset(assetId);
}

Result<qint64> RiskService::count() const
{
    if (!m_ctx.scope || m_ctx.scope->everything || m_ctx.scope->readAll)
        return RiskRepository(m_ctx.db).count();
    Result<Breakdown> b = breakdown();
    if (!b)
        return Result<qint64>(b.problems());
    return b.value().total;
}

Result<QList<RiskService::Suggestion>> RiskService::suggest(qint64 assetId) const
{
    using R = Result<QList<Suggestion>>;
    Result<std::optional<Asset>> asset = AssetRepository(m_ctx.db).find(assetId);
    if (!asset)
        return R(asset.problems());
    if (!asset.value())
        return R::failure(tr("Asset: does not exist"), QStringLiteral("asset_id"));
    Result<QList<Threat>> catalogue = ThreatRepository(m_ctx.db).all();
    if (!catalogue)
        return R(catalogue.problems());
    Result<QList<Risk>> existing = RiskRepository(m_ctx.db).forAsset(assetId);
    if (!existing)
        return R(existing.problems());
    QSet<QString> recorded;
    for (const Risk& r : existing.value())
        recorded.insert(r.threatKey);
    const RiskMethod current = method();
    const int importance = importanceOf(*asset.value());
    QList<Suggestion> suggestions;
    for (const RiskSuggestion& s : RiskSuggester::suggest(*asset.value(), catalogue.value())) {
        if (recorded.contains(s.threatKey))
            continue;
        Suggestion suggestion;
        Risk& r = suggestion.risk;
        r.assetId = assetId;
        r.threatKey = s.threatKey;
        if (current.kind() == RiskMethod::Kind::Ipa) {
            r.threatLevel = s.threatLevel;
            r.vulnerabilityLevel = s.vulnerabilityLevel;
        } else {
            r.likelihood = toFive(RiskScoring::likelihood(s.threatLevel, s.vulnerabilityLevel));
            r.impact = toFive(importance);
        }
        // Scored for display; an unrated asset keeps its inputs without figures.
        Risk scored = r;
        if (RiskScoring::score(current, importance, scored).isEmpty())
            r = scored;
        suggestion.reasons = s.reasons;
        suggestions << suggestion;
    }
    return suggestions;
}

RiskFilter RiskService::visible(RiskFilter filter) const
{
    const std::optional<AccessScope>& scope = m_ctx.scope;
    filter.visibleSections.reset();
    filter.visibleAssets.clear();
    if (!scope || scope->everything || scope->readAll)
        return filter;
    filter.visibleSections = QList<qint64>(scope->sections.cbegin(), scope->sections.cend());
    filter.visibleAssets = QList<qint64>(scope->assets.cbegin(), scope->assets.cend());
    return filter;
}

Result<RiskService::HeatMap> RiskService::heatmap(const RiskFilter& filter) const
{
    const RiskMethod current = method();
    RiskRepository repo(m_ctx.db);
    HeatMap map{RiskMatrix(current.scale()), RiskMatrix(current.scale())};
    for (const bool residual : {false, true}) {
        Result<QList<RiskRepository::Tally>> rows = repo.tally(current.key(), residual, visible(filter));
        if (!rows)
            return Result<HeatMap>(rows.problems());
        RiskMatrix& matrix = residual ? map.residual : map.inherent;
        for (const RiskRepository::Tally& t : rows.value())
            matrix.add(t.impact, t.likelihood, t.count);
    }
    return map;
}

Result<RiskService::Breakdown> RiskService::breakdown(const RiskFilter& filter) const
{
    Result<QList<RiskRepository::Tally>> rows =
        RiskRepository(m_ctx.db).tally(method().key(), false, visible(filter), true);
    if (!rows)
        return Result<Breakdown>(rows.problems());
    Breakdown b;
    for (RiskBand band : enumValues<RiskBand>())
        b.byBand[band] = 0;
    for (ThreatGroup group : enumValues<ThreatGroup>())
        b.byGroup[group] = 0;
    for (const RiskRepository::Tally& t : rows.value()) {
        b.total += t.count;
        b.byBand[t.band] += t.count;
        b.byGroup[t.group] += t.count;
        b.bySection[t.sectionId][t.band] += t.count;
    }
    return b;
}

Result<QList<RiskRepository::Row>> RiskService::cell(const RiskCell& cell, const RiskFilter& filter, qint64 afterId,
                                                     int limit) const
{
    return RiskRepository(m_ctx.db).cell(method().key(), cell, visible(filter), afterId, limit);
}

Result<QList<RiskRepository::Row>> RiskService::top(const RiskFilter& filter, int limit) const
{
    return RiskRepository(m_ctx.db).top(method().key(), visible(filter), limit);
}

} // namespace daicho
