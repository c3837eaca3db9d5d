#pragma once

#include "common/Result.h"

namespace daicho {

class Database;

// A nested point inside an open transaction that can be undone alone: an import that skips
// invalid rows undoes just the failed row (and the units or people created for it) and goes on.
class Savepoint {
public:
    explicit Savepoint(Database& db);
    ~Savepoint(); // rolls back to the savepoint unless released
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    Status status() const { return m_status; }
    Status release();
    Status rollback();

private:
    Database& m_db;
    QString m_name;
    Status m_status;
    bool m_rollbackOnlyBefore = false;
    bool m_done = false;
};

} // namespace daicho
