#pragma once

#include "common/Result.h"
#include "domain/RoleAssignment.h"

#include <optional>

namespace daicho {

class Database;

class RoleRepository {
public:
    explicit RoleRepository(Database& db);

    Result<qint64> insert(const RoleAssignment& assignment);
    Status update(const RoleAssignment& assignment);
    Status remove(qint64 id);
    Result<std::optional<RoleAssignment>> find(qint64 id) const;
    // Assignments in office (no end date).
    Result<QList<RoleAssignment>> currentForPerson(qint64 personId) const;
    Result<QList<RoleAssignment>> currentHolders(Role role, qint64 unitId = 0) const;
    // Every assignment of a role, ended ones included (overlap checks, history).
    Result<QList<RoleAssignment>> forRole(Role role) const;
    Result<QList<RoleAssignment>> all() const;

private:
    Database& m_db;
};

} // namespace daicho
