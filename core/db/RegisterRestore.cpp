#include "RegisterRestore.h"

#include "Database.h"
#include "DatabaseError.h"
#include "Migrations.h"
#include "Query.h"
#include "RegisterBackup.h"
#include "common/Timestamp.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cstdio>
#endif

namespace daicho {

namespace {

QString connectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("daicho-restore-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A plain SQLite connection of its own, closed and removed when it goes.
class RawConnection {
public:
    RawConnection(const QString& path, const QString& options)
        : m_name(connectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setConnectOptions(options);
        db.setDatabaseName(path);
        m_open = db.open();
        m_error = db.lastError();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlError openError() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};

bool isBusy(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6"); // SQLITE_BUSY, SQLITE_LOCKED
}

bool replaceFile(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

void removeWithJournal(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

// A register SQLite cannot read is kept as its bytes are, owner-only like every copy of it, for
// whoever may recover something from it; its WAL, if any, goes beside the copy under the copy's
// name, where SQLite would look for it.
Result<QString> keepDamaged(const QString& registerPath, const QDateTime& now)
{
    using R = Result<QString>;
    const QString target = RegisterBackup::pathBeside(registerPath, QStringLiteral("damaged"), now);
    const auto copy = [](const QString& from, const QString& to) -> Status {
        QFile in(from);
        QFile out(to);
        if (!in.open(QIODevice::ReadOnly))
            return Status::failure(in.errorString());
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Status::failure(out.errorString());
        auto removeHalfCopy = qScopeGuard([&] { out.remove(); });
        if (!out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Status::failure(out.errorString());
        QByteArray chunk;
        while (!(chunk = in.read(1 << 20)).isEmpty())
            if (out.write(chunk) != chunk.size())
                return Status::failure(out.errorString());
        if (in.error() != QFileDevice::NoError)
            return Status::failure(in.errorString());
        if (!out.flush())
            return Status::failure(out.errorString());
        removeHalfCopy.dismiss();
        return success();
    };
    const QString wal = registerPath + QStringLiteral("-wal");
    Status copied = copy(registerPath, target);
    if (copied && QFileInfo::exists(wal)) {
        copied = copy(wal, target + QStringLiteral("-wal"));
        if (!copied)
            QFile::remove(target);
    }
    if (!copied) {
        return R::failure(QCoreApplication::translate("daicho::RegisterRestore", "Cannot copy %1 to %2: %3")
                              .arg(registerPath, target, copied.errorText()));
    }
    return target;
}

} // namespace

RegisterRestore::RegisterRestore(QString registerPath, const Clock& clock)
    : m_registerPath(std::move(registerPath))
    , m_clock(clock)
{
}

RegisterRestore::~RegisterRestore()
{
    discardStaged();
}

void RegisterRestore::discardStaged()
{
    if (!m_staged.isEmpty())
        removeWithJournal(m_staged);
    m_staged.clear();
}

Result<RegisterRestore::Candidate> RegisterRestore::inspect(const QString& backupFile)
{
    using R = Result<Candidate>;
    discardStaged();
    if (Database::isServerLocation(m_registerPath))
        return R::failure(tr("The shared register %1 is kept by its server: restore it with the server's own tools "
                             "(for example pg_restore).")
                              .arg(m_registerPath));
    const QFileInfo info(backupFile);
    if (!info.exists())
        return R::failure(tr("The backup %1 does not exist.").arg(backupFile));
    if (info.isDir())
        return R::failure(tr("%1 is a folder, not a register file.").arg(backupFile));
    if (info.canonicalFilePath() == QFileInfo(m_registerPath).canonicalFilePath())
        return R::failure(tr("%1 is the register itself, not a backup of it.").arg(backupFile));

    const QFileInfo registerInfo(m_registerPath);
    if (!QDir().mkpath(registerInfo.absolutePath()))
        return R::failure(tr("Cannot create the folder %1.").arg(registerInfo.absolutePath()));
    const QString staged = RegisterBackup::pathBeside(m_registerPath, QStringLiteral("restoring"), m_clock.nowUtc());
    // A read-only reader of a WAL file leaves journal files beside it; those it made go again.
    const QString wal = backupFile + QStringLiteral("-wal");
    const QString shm = backupFile + QStringLiteral("-shm");
    const bool hadJournal = QFileInfo::exists(wal) || QFileInfo::exists(shm);
    const auto removeJournal = qScopeGuard([&] {
        if (!hadJournal && QFileInfo(wal).size() == 0) {
            QFile::remove(wal);
            QFile::remove(shm);
        }
    });
    {
        // Read only: a backup is evidence and stays exactly as it is.
        RawConnection backup(backupFile, QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!backup.isOpen())
            return R::failure(
                tr("Cannot open the backup %1: %2").arg(backupFile, Query::errorText(backup.openError())));
        QSqlQuery q(backup.db());
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
            return R::failure(tr("%1 is not a Daicho register: it cannot be read as a database (%2).")
                                  .arg(backupFile, Query::errorText(q.lastError())));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        if (!tables.contains(QStringLiteral("schema_migrations")) || !tables.contains(QStringLiteral("audit_events")))
            return R::failure(tr("%1 is not a Daicho register.").arg(backupFile));
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !q.next())
            return R::failure(tr("%1 is not a Daicho register: it cannot be read as a database (%2).")
                                  .arg(backupFile, Query::errorText(q.lastError())));
        const int version = q.value(0).toInt();
        if (version > Migrations::latestVersion())
            return R::failure(
                tr("The backup %1 was written by a newer version of Daicho (schema version %2; this "
                   "version knows up to %3). Restore it with that version.")
                    .arg(backupFile, QString::number(version), QString::number(Migrations::latestVersion())));
        q.finish();

        // The checked copy is owner-only from its first byte, as every copy of the register.
        QFile file(staged);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return R::failure(tr("Cannot write %1: %2").arg(staged, file.errorString()));
        file.close();
        if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            file.remove();
            return R::failure(tr("Cannot make %1 readable by its owner only: %2").arg(staged, file.errorString()));
        }
        m_staged = staged;
        QSqlQuery vacuum(backup.db());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(QFileInfo(staged).absoluteFilePath());
        if (!vacuum.exec()) {
            const QString reason = Query::errorText(vacuum.lastError());
            discardStaged();
            return R::failure(tr("Cannot copy the backup %1: %2").arg(backupFile, reason));
        }
    }

    // The copy is opened as any register, which brings an older schema up to date.
    Candidate candidate;
    candidate.file = backupFile;
    {
        Result<std::unique_ptr<Database>> opened = Database::open(m_staged, Database::OpenMode::MustExist);
        if (!opened) {
            discardStaged();
            return R(opened.problems());
        }
        Database& db = *opened.value();
        // The backup itself is the copy of what the update started from.
        if (!db.migrationBackupPath().isEmpty())
            QFile::remove(db.migrationBackupPath());
        candidate.schemaVersion = db.schemaVersion();
        Status read = [&]() -> Status {
            Query assets(db, QStringLiteral("SELECT COUNT(*) FROM assets"));
            if (Result<bool> row = assets.first(); !row)
                return Status(row.problems());
            candidate.assets = assets.value(0).toLongLong();
            Query last(db, QStringLiteral("SELECT at FROM audit_events ORDER BY id DESC LIMIT 1"));
            Result<bool> row = last.first();
            if (!row)
                return Status(row.problems());
            if (row.value())
                candidate.lastEventAt = Timestamp::fromText(last.value(0).toString());
            return success();
        }();
        Result<AuditReport> report = read ? AuditVerifier(db).verify() : Result<AuditReport>(read.problems());
        opened.value().reset(); // closed before its file may go
        if (!report) {
            discardStaged();
            return R(report.problems());
        }
        candidate.audit = report.value();
    }
    m_candidate = candidate;
    return candidate;
}

Result<QString> RegisterRestore::replace(bool force)
{
    using R = Result<QString>;
    if (m_staged.isEmpty())
        return R::failure(tr("No backup has been checked for restoring."));
    if (!m_candidate.audit.clean() && !force)
        return R::failure(tr("The audit trail of the backup %1 does not verify (%n problem(s)); the register was "
                             "not replaced.",
                             nullptr, static_cast<int>(m_candidate.audit.findings.size()))
                              .arg(m_candidate.file));
    if (Status s = ensureNotInUse(m_registerPath); !s)
        return R(s.problems());

    QString kept;
    if (QFileInfo::exists(m_registerPath)) {
        Result<QString> copy = [&]() -> Result<QString> {
            Result<std::unique_ptr<Database>> current = Database::open(m_registerPath, Database::OpenMode::MustExist);
            if (!current)
                return Result<QString>(current.problems());
            return RegisterBackup::beforeRestore(*current.value(), m_clock);
        }();
        // Restoring is the way out for a damaged register, which SQLite can neither open nor copy.
        if (!copy && DatabaseError::isDamaged(copy.problems()))
            copy = keepDamaged(m_registerPath, m_clock.nowUtc());
        if (!copy)
            return R::failure(tr("Cannot keep a copy of the register %1 before replacing it: %2. Nothing was changed.")
                                  .arg(m_registerPath, copy.errorText()));
        kept = copy.value();
    }
    // Closed now; checked again, since a window may have opened it meanwhile. Its journal files
    // were folded into it when the last connection closed; any left over belong to the old file.
    if (Status s = ensureNotInUse(m_registerPath); !s)
        return R(s.problems());
    QFile::remove(m_registerPath + QStringLiteral("-wal"));
    QFile::remove(m_registerPath + QStringLiteral("-shm"));
    if (!replaceFile(m_staged, m_registerPath))
        return R::failure(tr("Cannot put the backup in the place of the register %1; the register is unchanged, "
                             "and a copy of it is kept in %2.")
                              .arg(m_registerPath, kept));
    m_staged.clear();
    return kept;
}

Status RegisterRestore::ensureNotInUse(const QString& registerPath)
{
    if (!QFileInfo::exists(registerPath))
        return success();
    // An exclusive lock held across a read: SQLite refuses it while any other connection has the
    // register open, even one that is only reading (in WAL mode a plain BEGIN EXCLUSIVE would not).
    RawConnection probe(registerPath, QStringLiteral("QSQLITE_BUSY_TIMEOUT=200"));
    QSqlError error = probe.openError();
    if (probe.isOpen()) {
        QSqlQuery q(probe.db());
        for (const char* sql :
             {"PRAGMA locking_mode = EXCLUSIVE", "BEGIN EXCLUSIVE", "SELECT COUNT(*) FROM sqlite_master", "COMMIT"}) {
            if (!q.exec(QString::fromLatin1(sql))) {
                error = q.lastError();
                break;
            }
            error = QSqlError();
        }
    }
    if (!error.isValid())
        return success();
    // A file SQLite cannot read cannot be locked either (taking the lock reads its first page);
    // no Daicho has it open, since none can open it.
    const DatabaseError::Kind kind = DatabaseError::kindOf(DatabaseError::codeOf(error));
    if (kind == DatabaseError::Kind::Damaged || kind == DatabaseError::Kind::NotADatabase)
        return success();
    if (isBusy(error))
        return Status::failure(tr("The register %1 is open in another window or program. Close it there first, "
                                  "then try again; nothing was changed.")
                                   .arg(registerPath));
    return Status::failure(
        tr("Cannot check whether the register %1 is in use: %2").arg(registerPath, Query::errorText(error)));
}

} // namespace daicho
