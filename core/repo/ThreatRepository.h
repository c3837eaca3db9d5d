#pragma once

#include "common/Result.h"
#include "domain/Threat.h"

#include <QList>

#include <optional>

namespace daicho {

class Database;

// The register's threat catalogue (table `threats`).
class ThreatRepository {
public:
    explicit ThreatRepository(Database& db);

    Result<qint64> insert(const Threat& threat);
    Status update(const Threat& threat);
    Result<std::optional<Threat>> find(qint64 id) const;
    Result<std::optional<Threat>> findByKey(const QString& key) const;
    // In catalogue order; retired threats too.
    Result<QList<Threat>> all() const;

private:
    Database& m_db;
};

} // namespace daicho
