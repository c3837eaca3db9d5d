#pragma once

#include "common/Result.h"
#include "domain/OrgUnit.h"

#include <optional>

namespace daicho {

class Database;

class OrgUnitRepository {
public:
    explicit OrgUnitRepository(Database& db);

    Result<qint64> insert(const OrgUnit& unit);
    Status update(const OrgUnit& unit);
    Status remove(qint64 id);
    // How many rows refer to the unit (child units, assets, people, role assignments).
    Result<qint64> references(qint64 id) const;
    Result<std::optional<OrgUnit>> find(qint64 id) const;
    // The whole tree in display order (parents before children); a city has hundreds of units.
    Result<QList<OrgUnit>> all() const;
    Result<std::optional<OrgUnit>> findChild(qint64 parentId, const QString& name) const;
    Result<qint64> count() const;

private:
    Database& m_db;
};

} // namespace daicho
