#pragma once

#include "common/Result.h"
#include "domain/Asset.h"
#include "domain/AssetFilter.h"
#include "domain/AssetOrder.h"

#include <QHash>
#include <QPair>

#include <functional>
#include <optional>

namespace daicho {

class Database;
class Query;

// Rows of the assets table ⇄ Asset values. No validation or audit here: services do that.
class AssetRepository {
public:
    explicit AssetRepository(Database& db);

    Result<qint64> insert(const Asset& asset);
    Status update(const Asset& asset);
    Status remove(qint64 id);
    Result<std::optional<Asset>> find(qint64 id) const;
    Result<std::optional<Asset>> findByCode(const QString& code) const;
    // The id only: a cheap probe for bulk imports, most of whose codes are new.
    Result<std::optional<qint64>> idByCode(const QString& code) const;
    Result<bool> codeTaken(const QString& code, qint64 exceptId) const;
    Result<qint64> count() const;
    // The highest id in use, 0 for an empty register.
    Result<qint64> maxId() const;
    // The lowest and highest id (0, 0 for an empty register).
    Result<std::pair<qint64, qint64>> idRange() const;
    // Up to `limit` assets in id order starting at `firstId` (down from it when descending):
    // a page found by its key rather than by counting rows, for registers without gaps.
    Result<QList<Asset>> pageFromId(qint64 firstId, bool descending, int limit) const;

    // Columns that may be broken down by (a fixed list: never a caller's string in SQL).
    enum class GroupColumn { Category, Segment, Confidentiality, Status, Section };
    // (value, count) pairs; a NULL value comes back as an empty string.
    Result<QList<QPair<QString, qint64>>> countBy(GroupColumn column, const AssetFilter& filter = {}) const;
    // Active assets in which a person is named (manager, custodian, system administrator, SNS
    // responsible), in id order.
    Result<QList<qint64>> namingPerson(qint64 personId) const;
    // Counts per 重要度 (0 for an incomplete rating), from one pass over the ratings.
    Result<QMap<int, qint64>> countByImportance(const AssetFilter& filter = {}) const;
    Result<qint64> countUnclassified(const AssetFilter& filter = {}) const;

    // Streams every asset in id order without holding them all; stop by returning false.
    Status forEach(const std::function<bool(const Asset&)>& visit) const;
    // One page in id order, for the table view.
    Result<QList<Asset>> page(qint64 offset, int limit) const;
    Result<QList<Asset>> page(const AssetFilter& filter, qint64 offset, int limit) const;
    Result<QList<Asset>> page(const AssetFilter& filter, const AssetOrder& order, qint64 offset, int limit) const;
    Result<qint64> count(const AssetFilter& filter) const;
    // Counts no further than `cap` (a broad search need not count all its matches to show them).
    Result<qint64> count(const AssetFilter& filter, qint64 cap) const;
    // Assets per section, for counts in the organisation tree.
    Result<QHash<qint64, qint64>> countBySection(const AssetFilter& filter = {}) const;
    // Per section, (value, count) of another column: a department table in one pass.
    Result<QHash<qint64, QMap<QString, qint64>>> countBySectionAnd(GroupColumn column,
                                                                   const AssetFilter& filter = {}) const;

    static Asset fromRow(const Query& q);

private:
    Result<std::optional<Asset>> findOne(const QString& where, const QString& placeholder, const QVariant& value) const;
    Database& m_db;
};

} // namespace daicho
