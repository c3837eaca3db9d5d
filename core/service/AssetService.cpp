#include "AssetService.h"

#include "AccessPolicy.h"
#include "AuditedWrite.h"
#include "RegisterLookup.h"
#include "common/Clock.h"
#include "db/DatabaseError.h"
#include "domain/AssetValidator.h"
#include "domain/ClassificationScheme.h"
#include "domain/Review.h"
#include "repo/AssetRepository.h"
#include "repo/HoldingRepository.h"
#include "repo/RiskRepository.h"

namespace daicho {

AssetService::AssetService(ServiceContext& context)
    : m_ctx(context)
{
}

Result<qint64> AssetService::createChecked(Asset asset, const RegisterLookup& lookup, int row, AuditDetail detail,
                                           bool keepId)
{
    if (!keepId)
        asset.id = 0;
    if (Status allowed = AccessPolicy::allowEdit(m_ctx, asset); !allowed) {
        Problems refused = allowed.problems();
        for (Problem& p : refused)
            p.row = row;
        return Result<qint64>(refused);
    }
    if (asset.scheme.isEmpty())
        asset.scheme = lookup.defaultScheme();
    const QDateTime now = m_ctx.clock.nowUtc();
    Problems problems = AssetValidator(lookup, now.date()).validate(asset);
    if (!problems.isEmpty()) {
        for (Problem& p : problems)
            p.row = row;
        return Result<qint64>(problems);
    }
    // An asset restored after a removal comes back as it was, its version included, so that
    // the steps recorded against it before still apply.
    if (!keepId || !asset.createdAt.isValid())
        asset.createdAt = now;
    if (!keepId || asset.version < 1)
        asset.version = 1;
    asset.updatedAt = now;
    AssetRepository repo(m_ctx.db);
    return auditedWrite(m_ctx, asset, QStringLiteral("create"), QString(), insertWith(repo), detail);
}

Result<qint64> AssetService::restore(Asset asset)
{
    if (asset.id <= 0)
        return create(std::move(asset));
    Result<std::optional<Asset>> taken = find(asset.id);
    if (!taken)
        return Result<qint64>(taken.problems());
    if (taken.value())
        return Result<qint64>::failure(
            tr("The asset id %1 is in use again; %2 cannot get it back.").arg(asset.id).arg(asset.code));
    RegisterLookup lookup(m_ctx.db);
    return createChecked(std::move(asset), lookup, -1, AuditDetail::Full, true);
}

Result<qint64> AssetService::create(Asset asset)
{
    RegisterLookup lookup(m_ctx.db);
    return createChecked(std::move(asset), lookup, -1);
}

Result<qint64> AssetService::create(Asset asset, const RegisterLookup& lookup, AuditDetail detail)
{
    return createChecked(std::move(asset), lookup, -1, detail);
}

Status AssetService::update(Asset asset)
{
    RegisterLookup lookup(m_ctx.db);
    return update(std::move(asset), lookup);
}

Result<QList<qint64>> AssetService::createMany(QList<Asset> assets)
{
    using R = Result<QList<qint64>>;
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return R(tx.status().problems());
    RegisterLookup lookup(m_ctx.db);
    QList<qint64> ids;
    ids.reserve(assets.size());
    Problems problems;
    for (int i = 0; i < assets.size(); ++i) {
        Result<qint64> id = createChecked(std::move(assets[i]), lookup, i + 1);
        if (id)
            ids << id.value();
        else if (DatabaseError::isStorageFailure(id.problems()))
            return R(id.problems()); // the file failed, not the asset: the same for every one after it
        else
            problems << id.problems();
    }
    if (!problems.isEmpty())
        return R(problems); // the transaction rolls back: nothing of the batch is kept
    if (Status s = tx.commit(); !s)
        return R(s.problems());
    return ids;
}

Status AssetService::update(Asset asset, const RegisterLookup& lookup)
{
    AssetRepository repo(m_ctx.db);
    Result<std::optional<Asset>> found = repo.find(asset.id);
    if (!found)
        return Status(found.problems());
    if (!found.value())
        return Status::failure(tr("The asset %1 does not exist.").arg(asset.id));
    const Asset& before = *found.value();
    // Both where the asset is and where the change would put it must be the user's to change.
    if (Status s = AccessPolicy::allowEdit(m_ctx, before); !s)
        return s;
    if (Status s = AccessPolicy::allowEdit(m_ctx, asset); !s)
        return s;
    if (before.status == AssetStatus::Disposed)
        return Status::failure(tr("Asset %1 has been disposed of and is read-only.").arg(before.code));
    if (asset.version != before.version) {
        return Status::failure(tr("Asset %1 was changed by someone else since it was loaded (version %2, now %3). "
                                  "Reload it and apply the change again.")
                                   .arg(before.code)
                                   .arg(asset.version)
                                   .arg(before.version));
    }
    if (asset.scheme.isEmpty())
        asset.scheme = before.scheme;
    const QDateTime now = m_ctx.clock.nowUtc();
    if (Problems p = AssetValidator(lookup, now.date()).validate(asset); !p.isEmpty())
        return Status(p);
    asset.createdAt = before.createdAt;
    asset.updatedAt = now;
    asset.version = before.version + 1;
    const QString action = asset.status == AssetStatus::Disposed ? QStringLiteral("dispose") : QStringLiteral("update");
    return toStatus(auditedWrite(m_ctx, asset, action, Snapshot::text(before), updateWith(repo)));
}

Status AssetService::dispose(qint64 assetId, QDate disposedOn, const QString& method, qint64 confirmedBy)
{
    Result<std::optional<Asset>> found = find(assetId);
    if (!found)
        return Status(found.problems());
    if (!found.value())
        return Status::failure(tr("The asset %1 does not exist.").arg(assetId));
    Asset asset = *found.value();
    asset.status = AssetStatus::Disposed;
    asset.disposedOn = disposedOn;
    asset.disposalMethod = method;
    asset.disposalConfirmedBy = confirmedBy;
    return update(asset);
}

Problems AssetService::check(Asset asset) const
{
    RegisterLookup lookup(m_ctx.db);
    if (asset.scheme.isEmpty())
        asset.scheme = lookup.defaultScheme();
    return AssetValidator(lookup, m_ctx.clock.nowUtc().date()).validate(asset);
}

QString AssetService::defaultScheme() const
{
    return RegisterLookup(m_ctx.db).defaultScheme();
}

Result<Asset> AssetService::editable(qint64 assetId) const
{
    Result<std::optional<Asset>> found = AssetRepository(m_ctx.db).find(assetId);
    if (!found)
        return Result<Asset>(found.problems());
    if (!found.value())
        return Result<Asset>::failure(tr("The asset %1 does not exist.").arg(assetId));
    if (Status s = AccessPolicy::allowEdit(m_ctx, *found.value()); !s)
        return Result<Asset>(s.problems());
    return *found.value();
}

Status AssetService::reinstate(qint64 assetId)
{
    AssetRepository repo(m_ctx.db);
    Result<Asset> found = editable(assetId);
    if (!found)
        return Status(found.problems());
    const Asset before = found.value();
    if (before.status != AssetStatus::Disposed)
        return success();
    Asset asset = before;
    asset.status = AssetStatus::Active;
    asset.disposedOn = {};
    asset.disposalMethod.clear();
    asset.disposalConfirmedBy = 0;
    asset.updatedAt = m_ctx.clock.nowUtc();
    asset.version = before.version + 1;
    return toStatus(auditedWrite(m_ctx, asset, QStringLiteral("reinstate"), Snapshot::text(before), updateWith(repo)));
}

Status AssetService::remove(qint64 assetId)
{
    AssetRepository repo(m_ctx.db);
    Result<Asset> found = editable(assetId);
    if (!found)
        return Status(found.problems());
    const Asset& asset = found.value();
    if (asset.status == AssetStatus::Disposed)
        return Status::failure(tr("Asset %1 has been disposed of; its record is kept.").arg(asset.code));
    // Its risk analysis and holdings are never dropped silently with it.
    Result<QList<Risk>> risks = RiskRepository(m_ctx.db).forAsset(assetId);
    if (!risks)
        return Status(risks.problems());
    HoldingRepository holdings(m_ctx.db);
    Result<QList<Holding>> holds = holdings.heldBy(assetId);
    Result<QList<Holding>> heldIn = holdings.holdersOf(assetId);
    if (!holds || !heldIn)
        return Status(!holds ? holds.problems() : heldIn.problems());
    if (!risks.value().isEmpty() || !holds.value().isEmpty() || !heldIn.value().isEmpty())
        return Status::failure(tr("Asset %1 has %n risk(s) and %2 holding link(s) recorded; remove those first, or "
                                  "dispose of the asset instead.",
                                  nullptr, static_cast<int>(risks.value().size()))
                                   .arg(asset.code)
                                   .arg(holds.value().size() + heldIn.value().size()));
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    if (Status s = repo.remove(assetId); !s)
        return s;
    if (Status s = m_ctx.audit.appendJson(m_ctx.actor, Snapshot::entityName(asset), assetId, QStringLiteral("delete"),
                                          Snapshot::text(asset), QString());
        !s)
        return s;
    return tx.commit();
}

Status AssetService::updateMany(const QList<Asset>& assets)
{
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    RegisterLookup lookup(m_ctx.db);
    Problems problems;
    for (int i = 0; i < assets.size(); ++i) {
        if (Status s = update(assets.at(i), lookup); !s) {
            for (Problem p : s.problems()) {
                p.row = i + 1;
                problems << p;
            }
        }
    }
    if (!problems.isEmpty())
        return Status(problems); // rolls back: none of the batch is saved
    return tx.commit();
}

AssetFilter AssetService::visible(AssetFilter filter) const
{
    if (!filter.review.isEmpty())
        filter.reviewYear = fiscalYearOf(m_ctx.clock.nowUtc().date());
    const std::optional<AccessScope>& scope = m_ctx.scope;
    if (!scope || scope->everything)
        return filter;
    const QList<qint64> sections(scope->sections.cbegin(), scope->sections.cend());
    const QList<qint64> assets(scope->assets.cbegin(), scope->assets.cend());
    if (!scope->readAll) {
        filter.visibleSections = sections;
        filter.visibleAssets = assets;
    }
    filter.confidentialDetailsHidden = true;
    filter.detailSections = sections;
    filter.detailAssets = assets;
    return filter;
}

bool AssetService::mayEdit(const Asset& asset) const
{
    return AccessPolicy::allowEdit(m_ctx, asset).ok();
}

void AssetService::conceal(Asset& asset) const
{
    // 機密性3 details stay with those who look after the asset: hidden, not greyed out.
    const std::optional<AccessScope>& scope = m_ctx.scope;
    if (!scope || scope->everything || !asset.confidentiality.startsWith(QLatin1Char('3')) ||
        scope->canEdit(asset.sectionId, asset.id))
        return;
    asset.location.clear();
    asset.notes.clear();
    asset.restrictionNote.clear();
    asset.extra = QJsonObject();
    asset.detailsHidden = true;
}

Result<QList<Asset>> AssetService::concealed(Result<QList<Asset>> rows) const
{
    if (rows && m_ctx.scope)
        for (Asset& a : rows.value())
            conceal(a);
    return rows;
}

bool AssetService::mayRead(const Asset& asset) const
{
    return !m_ctx.scope || m_ctx.scope->canRead(asset.sectionId, asset.id);
}

Result<std::optional<Asset>> AssetService::find(qint64 id) const
{
    Result<std::optional<Asset>> found = AssetRepository(m_ctx.db).find(id);
    if (found && found.value() && !mayRead(*found.value()))
        return std::optional<Asset>(); // outside the user's scope: as if it were not there
    if (found && found.value())
        conceal(*found.value());
    return found;
}

Result<std::optional<Asset>> AssetService::findByCode(const QString& code) const
{
    Result<std::optional<Asset>> found = AssetRepository(m_ctx.db).findByCode(code);
    if (found && found.value() && !mayRead(*found.value()))
        return std::optional<Asset>();
    if (found && found.value())
        conceal(*found.value());
    return found;
}

Result<std::optional<qint64>> AssetService::idByCode(const QString& code) const
{
    // Without a limit (no users, or a whole-city role) this stays one index probe: bulk imports.
    if (!visible().visibleSections)
        return AssetRepository(m_ctx.db).idByCode(code);
    Result<std::optional<Asset>> found = findByCode(code);
    if (!found)
        return Result<std::optional<qint64>>(found.problems());
    return found.value() ? std::optional<qint64>(found.value()->id) : std::nullopt;
}

Result<qint64> AssetService::maxId() const
{
    return AssetRepository(m_ctx.db).maxId();
}

Result<std::pair<qint64, qint64>> AssetService::idRange() const
{
    // Paging by id is for the whole register; a limited view pages by its filter instead.
    if (visible().visibleSections)
        return std::pair<qint64, qint64>{0, -1};
    return AssetRepository(m_ctx.db).idRange();
}

Result<QList<Asset>> AssetService::pageFromId(qint64 firstId, bool descending, int limit) const
{
    Result<QList<Asset>> rows = AssetRepository(m_ctx.db).pageFromId(firstId, descending, limit);
    if (rows && m_ctx.scope)
        rows.value().erase(
            std::remove_if(rows.value().begin(), rows.value().end(), [this](const Asset& a) { return !mayRead(a); }),
            rows.value().end());
    return rows;
}

Result<qint64> AssetService::count() const
{
    return AssetRepository(m_ctx.db).count(visible());
}

Result<QList<Asset>> AssetService::page(const AssetFilter& filter, qint64 offset, int limit) const
{
    return concealed(AssetRepository(m_ctx.db).page(visible(filter), offset, limit));
}

Result<QList<Asset>> AssetService::page(const AssetFilter& filter, const AssetOrder& order, qint64 offset,
                                        int limit) const
{
    return concealed(AssetRepository(m_ctx.db).page(visible(filter), order, offset, limit));
}

Result<QMap<int, qint64>> AssetService::countByImportance(const AssetFilter& filter) const
{
    return AssetRepository(m_ctx.db).countByImportance(visible(filter));
}

Result<qint64> AssetService::count(const AssetFilter& filter) const
{
    return AssetRepository(m_ctx.db).count(visible(filter));
}

Result<qint64> AssetService::count(const AssetFilter& filter, qint64 cap) const
{
    return AssetRepository(m_ctx.db).count(visible(filter), cap);
}

Result<QList<QPair<QString, qint64>>> AssetService::countBy(AssetRepository::GroupColumn column,
                                                            const AssetFilter& filter) const
{
    return AssetRepository(m_ctx.db).countBy(column, visible(filter));
}

Result<QHash<qint64, QMap<QString, qint64>>> AssetService::countBySectionAnd(AssetRepository::GroupColumn column,
                                                                             const AssetFilter& filter) const
{
    return AssetRepository(m_ctx.db).countBySectionAnd(column, visible(filter));
}

Result<QHash<qint64, qint64>> AssetService::countBySection() const
{
    return AssetRepository(m_ctx.db).countBySection(visible());
}

Result<QList<Asset>> AssetService::page(qint64 offset, int limit) const
{
    return page(AssetFilter{}, offset, limit);
}

Status AssetService::forEach(const std::function<bool(const Asset&)>& visit) const
{
    if (!m_ctx.scope)
        return AssetRepository(m_ctx.db).forEach(visit);
    return AssetRepository(m_ctx.db).forEach([&](const Asset& a) {
        if (!mayRead(a))
            return true;
        Asset shown = a;
        conceal(shown);
        return visit(shown);
    });
}

} // namespace daicho
