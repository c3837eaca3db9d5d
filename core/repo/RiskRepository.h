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

private:
    Database& m_db;
};

} // namespace daicho
