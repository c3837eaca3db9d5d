#include "RegisterBackup.h"

#include "Database.h"
#include "Query.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryFile>

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

    // Copies cut short by a program closed or killed while writing (a backup before a schema update
    // of a large register takes a minute); a day old at least, so that one being written by another
    // window right now stays.
    const QDir folder = QFileInfo(target).absoluteDir();
    for (const QFileInfo& stale : folder.entryInfoList(
             {QStringLiteral(".*.writing"), QStringLiteral(".*.writing-journal")}, QDir::Files | QDir::Hidden))
        if (stale.lastModified().addDays(1) < QDateTime::currentDateTime())
            QFile::remove(stale.absoluteFilePath());

    // Written under a hidden name and renamed when complete, so that a copy cut short never passes
    // for a backup. QTemporaryFile makes it empty and owner-only, so that the copy is never readable
    // by others, not even while it is written; VACUUM INTO fills an empty file as it would a new one.
    QTemporaryFile file(
        folder.filePath(QLatin1Char('.') + QFileInfo(target).fileName() + QStringLiteral(".XXXXXX.writing")));
    if (!file.open())
        return R::failure(tr("Cannot copy the register %1 to %2: %3").arg(db.path(), target, file.errorString()));
    file.close();
    const QString writing = file.fileName();

    // A consistent copy of what is committed (the WAL included), compacted, in one statement.
    Query vacuum(db, QStringLiteral("VACUUM INTO ?"));
    vacuum.bind(0, writing);
    if (Status s = vacuum.exec(); !s) {
        // What was written of it is no copy (QTemporaryFile removes it).
        // The field says why (a damaged register), for a restore that must then copy it otherwise.
        return R::failure(tr("Cannot copy the register %1 to %2: %3").arg(db.path(), target, s.errorText()),
                          s.problems().constFirst().field);
    }
    // QFile::rename never replaces a file that appeared meanwhile.
    if (!file.rename(target))
        return R::failure(tr("Cannot copy the register %1 to %2: %3").arg(db.path(), target, file.errorString()));
    file.setAutoRemove(false);
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
