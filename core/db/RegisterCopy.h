#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace daicho {

class Database;

// Moves a register to another back end (a SQLite file onto a PostgreSQL server): every row of
// every table, ids and audit trail included, into a register that is new, in one transaction.
// The target's triggers rebuild its tallies and its ids continue after the copied ones; the
// search index is the target's own. verify-audit passes on the copy when it passed on the source.
class RegisterCopy {
    Q_DECLARE_TR_FUNCTIONS(RegisterCopy)

public:
    struct Counts {
        qint64 rows = 0;
        qint64 assets = 0;
        qint64 auditEvents = 0;
    };
    // `progress` hears of each table as it is copied (name, rows so far).
    static Result<Counts> run(Database& source, Database& target,
                              const std::function<void(const QString&, qint64)>& progress = {});

    // The tables of a register in an order that satisfies their foreign keys.
    static const QStringList& tables();
};

} // namespace daicho
