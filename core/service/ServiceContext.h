#pragma once

#include "domain/AccessScope.h"
#include "domain/User.h"

#include <QString>

#include <optional>

namespace daicho {

class AuditLog;
class Clock;
class Database;

// What every service needs: the open register, the time, and who is acting (the audit's "who":
// the signed-in user's login, else the system user of a register without users).
struct ServiceContext {
    Database& db;
    const Clock& clock;
    AuditLog& audit;
    QString actor;
    std::optional<User> user; // signed in
    // What the user may do; none (no limit) in a register without users, an empty scope in one
    // with users until someone signs in.
    std::optional<AccessScope> scope;
};

} // namespace daicho
