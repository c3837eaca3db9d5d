#pragma once

#include "audit/AuditVerifier.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace daicho {

class Database;

// A copy of a register's file, consistent as of one moment, for keeping: before a schema update
// changes the register (Migrations), and for backups asked for by the user. Only a SQLite file
// is copied here; a shared register on PostgreSQL is backed up with the server's own tools.
class RegisterBackup {
    Q_DECLARE_TR_FUNCTIONS(RegisterBackup)

public:
    // Writes the register to `target`, a file that must not exist yet, readable and writable
    // by its owner only (the register is sensitive), and returns `target`. Nothing of the
    // register changes. Outside a transaction only (SQLite's VACUUM INTO). The copy is written
    // under a hidden name beside `target` (.NAME.XXXXXX.writing) and renamed when complete: a copy
    // that fails halfway is removed, one cut short by a kill never bears the name.
    static Result<QString> copyTo(Database& db, const QString& target);
    // Opens a copy (closing it again) and checks its audit trail: a backup is worth keeping only
    // if it opens and verifies.
    static Result<AuditReport> verifyCopy(const QString& copyPath);
    // Why a shared register at `location` is not copied here, and how to back it up instead.
    static QString sharedRegisterMessage(const QString& location);

    // Copies the register next to itself before a schema update from `fromVersion` (a name from
    // pathBeforeMigration), and returns the copy's path; empty when there is no file to copy
    // (a shared register on a server, an in-memory register).
    static Result<QString> beforeMigration(Database& db, int fromVersion, const Clock& clock = Clock::system());

    // The name next to `registerPath` for its copy before leaving schema version `fromVersion`
    // at `when` (local time): registers/city.sqlite → registers/city.before-v14-20261127-165300.sqlite,
    // with -2, -3… before the suffix when that file exists, so that no copy is ever overwritten.
    static QString pathBeforeMigration(const QString& registerPath, int fromVersion, const QDateTime& when);

    // Copies the register next to itself before a restore replaces it (a name from pathBeside
    // with the label "before-restore") and returns the copy's path.
    static Result<QString> beforeRestore(Database& db, const Clock& clock = Clock::system());

    // A name in `folder` (the register's own when empty) for a copy of `registerPath` labelled
    // `label` at `when` (local time): city.sqlite → city.<label>-20261127-165300.sqlite, with -2,
    // -3… before the suffix when that file exists.
    static QString pathBeside(const QString& registerPath, const QString& label, const QDateTime& when,
                              const QString& folder = {});
};

} // namespace daicho
