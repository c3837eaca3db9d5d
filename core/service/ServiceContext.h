#pragma once

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
};

} // namespace daicho
