#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace daicho {

class Database;

// Automatic backups of a register file, taken when it is opened and the newest one is older than
// the register's setting backup_interval_days (default 7; 0 turns them off). They go to the folder
// "backups" beside the register (owner-only), named city.auto-20261127-165300.sqlite, and only the
// newest backup_keep of them (default 5) are kept. Backups the user made are never removed.
class BackupSchedule {
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)

public:
    static constexpr int DefaultIntervalDays = 7;
    static constexpr int DefaultKeep = 5;

    struct Outcome {
        QString written;     // the new backup; empty when none was due
        QStringList removed; // older automatic backups removed to keep the newest ones
    };
    // A backup that is due: where it goes and how many to keep.
    struct Plan {
        QString registerPath;
        QString target;
        int keep = DefaultKeep;
    };

    // Whether a backup is due, and where it goes (the folder is made, owner-only). Nothing is due
    // for a shared register on a server, an in-memory one, or when the setting is 0.
    static Result<std::optional<Plan>> due(Database& db, const Clock& clock = Clock::system());
    // Writes the planned backup through `db`, any connection to the register (RegisterBackup: under
    // a hidden name, renamed when complete), then removes the older ones beyond `keep`.
    static Result<Outcome> write(Database& db, const Plan& plan);
    // due() and write() at once, on the caller's connection.
    static Result<Outcome> runIfDue(Database& db, const Clock& clock = Clock::system());

    static QString folderFor(const QString& registerPath);
    // The automatic backups of the register, newest first.
    static QStringList automaticBackups(const QString& registerPath);
};

} // namespace daicho
