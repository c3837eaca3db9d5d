#pragma once

#include "common/Result.h"
#include "domain/Risk.h"

#include <QList>

#include <optional>

namespace daicho {

class Database;

class RiskRepository {
public:
    explicit RiskRepository(Database& db);

    Result<qint64> insert(const Risk& risk);
    Status update(const Risk& risk);
    Result<std::optional<Risk>> find(qint64 id) const;
    Result<QList<Risk>> forAsset(qint64 assetId) const;
    Result<QList<Risk>> all() const;
    Result<qint64> count() const;

    // Counts per heat-map cell: rows 重要度 3, 2, 1; columns 被害発生可能性 1, 2, 3. Inherent, or
    // residual (risks with residual inputs only). `sections`/`assets`, when given, limit the
    // count to the risks of those assets (what a signed-in user sees).
    using Matrix = QList<QList<qint64>>;
    Result<Matrix> heatmap(bool residual, const std::optional<QList<qint64>>& sections = std::nullopt,
                           const QList<qint64>& assets = {}) const;

private:
    Database& m_db;
};

} // namespace daicho
