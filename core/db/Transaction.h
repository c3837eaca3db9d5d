#pragma once

#include "common/Result.h"

namespace daicho {

class Database;

// Begins a transaction; rolls it back unless commit() succeeded, so an early return or a
// failure leaves nothing half-written. A transaction begun inside another joins it: only the
// outermost one commits, and a failure anywhere makes the caller's whole change roll back (an
// inner transaction that ends without commit() makes the outermost commit() fail).
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; check before writing.
    Status status() const { return m_beginStatus; }
    Status commit();

private:
    Database& m_db;
    Status m_beginStatus;
    bool m_outermost = false;
    bool m_done = false;
    bool m_released = false; // the outermost one, committed
};

} // namespace daicho
