#pragma once

#include "AuditedWrite.h"
#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/Asset.h"
#include "domain/AssetFilter.h"
#include "domain/AssetOrder.h"
#include "repo/AssetRepository.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace daicho {

class RegisterLookup;

// Creating, changing and disposing of assets: validated, versioned and audited.
class AssetService {
    Q_DECLARE_TR_FUNCTIONS(AssetService)

public:
    explicit AssetService(ServiceContext& context);

    Result<qint64> create(Asset asset);
    // The same, for bulk changes (imports) that share one lookup for the whole batch; a bulk
    // import may record each new asset by a digest (AuditDetail::Digest) to stay fast.
    Result<qint64> create(Asset asset, const RegisterLookup& lookup, AuditDetail detail = AuditDetail::Full);
    Status update(Asset asset, const RegisterLookup& lookup);
    // All or nothing: every row is validated; on any problem nothing is written and every
    // problem is returned with its 1-based row number.
    Result<QList<qint64>> createMany(QList<Asset> assets);
    Status update(Asset asset);
    Status dispose(qint64 assetId, QDate disposedOn, const QString& method, qint64 confirmedBy);
    // Every problem saving `asset` would meet, without saving it (the editor's inline checks).
    Problems check(Asset asset) const;
    // The classification scheme new assets are rated under (a register setting).
    QString defaultScheme() const;
    // Takes back a disposal (an undo): the asset is in use again, its disposal record cleared.
    Status reinstate(qint64 assetId);
    // Deletes an asset outright; for taking back a creation. The event keeps its last state.
    // A disposed asset stays: its disposal is part of the record.
    Status remove(qint64 assetId);
    // Enters a removed asset again under its old id (taking back a removal), so that what
    // refers to it by id (earlier undo steps, its audit history) still finds it.
    Result<qint64> restore(Asset asset);
    // Saves several edited assets together (a bulk edit): all of them or, on any problem, none;
    // problems carry their 1-based position in `assets`.
    Status updateMany(const QList<Asset>& assets);

    Result<std::optional<Asset>> find(qint64 id) const;
    Result<std::optional<Asset>> findByCode(const QString& code) const;
    Result<std::optional<qint64>> idByCode(const QString& code) const;
    Result<qint64> count() const;
    Result<qint64> maxId() const;
    Result<std::pair<qint64, qint64>> idRange() const;
    Result<QList<Asset>> pageFromId(qint64 firstId, bool descending, int limit) const;
    Result<QList<Asset>> page(qint64 offset, int limit) const;
    Result<QList<Asset>> page(const AssetFilter& filter, qint64 offset, int limit) const;
    Result<QList<Asset>> page(const AssetFilter& filter, const AssetOrder& order, qint64 offset, int limit) const;
    Result<qint64> count(const AssetFilter& filter) const;
    Result<qint64> count(const AssetFilter& filter, qint64 cap) const;
    // What the user sees, per 重要度 (0: not fully rated).
    Result<QMap<int, qint64>> countByImportance(const AssetFilter& filter = {}) const;
    Result<QHash<qint64, qint64>> countBySection() const;
    // (value, count) pairs of a column, and the same per section, over what the user may see.
    Result<QList<QPair<QString, qint64>>> countBy(AssetRepository::GroupColumn column,
                                                  const AssetFilter& filter = {}) const;
    Result<QHash<qint64, QMap<QString, qint64>>> countBySectionAnd(AssetRepository::GroupColumn column,
                                                                   const AssetFilter& filter = {}) const;
    // `filter` limited to what the signed-in user may see (the services apply it to every read;
    // statistics and other reports use it too).
    AssetFilter visible(AssetFilter filter = {}) const;
    bool mayRead(const Asset& asset) const;
    bool mayEdit(const Asset& asset) const;
    // Blanks the 機密性3 details the user may not see (location, notes, the restriction note,
    // extra attributes) and marks the asset so.
    void conceal(Asset& asset) const;
    // Every asset in id order, one at a time (exports); stop by returning false.
    Status forEach(const std::function<bool(const Asset&)>& visit) const;

private:
    // The stored asset, when it exists and is the user's to change.
    Result<Asset> editable(qint64 assetId) const;
    Result<QList<Asset>> concealed(Result<QList<Asset>> rows) const;
    Result<qint64> createChecked(Asset asset, const RegisterLookup& lookup, int row,
                                 AuditDetail detail = AuditDetail::Full, bool keepId = false);
    ServiceContext& m_ctx;
};

} // namespace daicho
