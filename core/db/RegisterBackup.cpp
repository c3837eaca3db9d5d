#include "RegisterBackup.h"

#include "Database.h"
#include "Query.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace daicho {

Result<QString> RegisterBackup::copyTo(Database& db, const QString& target)
{
    using R = Result<QString>;
    // A shared register lives in the server's files, which the server's own tools back up
    // (pg_dump, base backups); there is no file here to copy.
    if (db.isServer())
        return R::failure(sharedRegisterMessage(db.path()));
    if (db.transactionSerial() != 0)
        return R::failure(tr("The register %1 cannot be copied while a change to it is in progress.").arg(db.path()));
    if (QFileInfo::exists(target))
        return R::failure(
            tr("Cannot copy the register %1 to %2: that file already exists, and a backup never overwrites a file.")
                .arg(db.path(), target));

    // The file is made empty first, owner-only, so that the copy is never readable by others, not
    // even while it is written, and NewOnly never replaces a file that appeared meanwhile.
    // VACUUM INTO fills an empty file as it would a new one.
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return R::failure(tr("Cannot copy the register %1 to %2: %3").arg(db.path(), target, file.errorString()));
    file.close();
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString reason = file.errorString();
        file.remove();
        return R::failure(
            tr("Cannot make the copy %1 of the register readable by its owner only: %2").arg(target, reason));
    }

    // A consistent copy of what is committed (the WAL included), compacted, in one statement.
    Query vacuum(db, QStringLiteral("VACUUM INTO ?"));
    vacuum.bind(0, QFileInfo(target).absoluteFilePath());
    if (Status s = vacuum.exec(); !s) {
        file.remove(); // what was written of it is no copy
        // The field says why (a damaged register), for a restore that must then copy it otherwise.
        return R::failure(tr("Cannot copy the register %1 to %2: %3").arg(db.path(), target, s.errorText()),
                          s.problems().constFirst().field);
    }
    return target;
}

Result<AuditReport> RegisterBackup::verifyCopy(const QString& copyPath)
{
    Result<std::unique_ptr<Database>> copy = Database::open(copyPath, Database::OpenMode::MustExist);
    if (!copy)
        return Result<AuditReport>(copy.problems());
    Result<AuditReport> report = AuditVerifier(*copy.value()).verify();
    // Opening made it a WAL file; back to one self-contained file, which a read-only reader (a
    // later restore) opens without leaving journal files beside it.
    QSqlQuery(copy.value()->connection()).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    return report;
}

QString RegisterBackup::sharedRegisterMessage(const QString& location)
{
    return tr("The shared register %1 is kept by its server: back it up with the server's own tools "
              "(for example pg_dump).")
        .arg(location);
}

Result<QString> RegisterBackup::beforeMigration(Database& db, int fromVersion, const Clock& clock)
{
    // A shared register on PostgreSQL is backed up with the server's own tools; each step of a
    // migration runs in a transaction of its own there, so a failed update changes nothing.
    if (db.isServer() || db.path() == QLatin1String(":memory:"))
        return QString();
    return copyTo(db, pathBeforeMigration(db.path(), fromVersion, clock.nowUtc()));
}

QString RegisterBackup::pathBeforeMigration(const QString& registerPath, int fromVersion, const QDateTime& when)
{
    return pathBeside(registerPath, QStringLiteral("before-v%1").arg(fromVersion), when);
}

Result<QString> RegisterBackup::beforeRestore(Database& db, const Clock& clock)
{
    return copyTo(db, pathBeside(db.path(), QStringLiteral("before-restore"), clock.nowUtc()));
}

QString RegisterBackup::pathBeside(const QString& registerPath, const QString& label, const QDateTime& when,
                                   const QString& folder)
{
    const QFileInfo info(registerPath);
    const QString stem =
        QStringLiteral("%1.%2-%3")
            .arg(info.completeBaseName(), label, when.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    // In the register's folder, written as the register's path writes it, unless told otherwise.
    const QString base =
        folder.isEmpty() ? registerPath.left(registerPath.size() - info.fileName().size()) : folder + QLatin1Char('/');
    QString path = base + stem + suffix;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral("%1-%2%3").arg(stem, QString::number(n), suffix);
    return path;
}

} // namespace daicho
