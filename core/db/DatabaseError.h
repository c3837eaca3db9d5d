#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class QSqlError;

namespace daicho {

// What a failed SQLite call means for the person in front of the register, from its result
// code: the one place that turns codes into reasons (damaged, disk full, read-only, in use) and
// into what to do about them. Core has no SQLite header (it links QtSql only), so the few codes
// are spelled out here; they are part of SQLite's stable interface.
class DatabaseError {
    Q_DECLARE_TR_FUNCTIONS(DatabaseError)

public:
    enum class Kind { Other, Damaged, NotADatabase, Full, ReadOnly, CannotOpen, Busy, InputOutput };

    // The problem field of a failure that means the register file cannot be read: the window
    // offers to restore it from a backup.
    static constexpr char kDamagedField[] = "register-damaged";
    // The problem field of the other failures of the file itself (full, read-only, locked…):
    // nothing the data did, so a bulk operation stops instead of blaming each row.
    static constexpr char kStorageField[] = "register-storage";

    // From a primary or extended result code.
    static Kind kindOf(int sqliteCode);
    // The result code of a QSQLITE error (QtSql gives it as text); 0 when there is none.
    static int codeOf(const QSqlError& error);
    // The message for a failed statement of the register file `path`: the reason in words, what
    // to do, and SQLite's own words (`detail`) for the record. Empty for Kind::Other, where the
    // caller's own message fits better.
    static QString describe(const QString& path, int sqliteCode, const QString& detail);
    // A failure carrying describe()'s message and kDamagedField or kStorageField, or `fallback`
    // (and no field) for Kind::Other.
    static Problem problem(const QString& path, int sqliteCode, const QString& detail, const QString& fallback);
    static bool isDamaged(const Problems& problems);
    // Damaged, or any other failure of the file rather than of the data.
    static bool isStorageFailure(const Problems& problems);
    // The failure for a register file of no bytes at all, which SQLite would take for a new,
    // empty database: a register whose contents were lost (a failed copy, a full disk).
    static Problem emptyFile(const QString& path);
};

} // namespace daicho
