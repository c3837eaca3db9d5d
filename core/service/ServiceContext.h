#pragma once

#include <QString>

namespace daicho {

class AuditLog;
class Clock;
class Database;

// What every service needs: the open register, the time, and who is acting (the audit's "who").
struct ServiceContext {
    Database& db;
    const Clock& clock;
    AuditLog& audit;
    QString actor;
};

} // namespace daicho
