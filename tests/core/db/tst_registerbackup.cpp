// Backups and restore of a register file: RegisterBackup (a consistent owner-only copy that never
// overwrites), RegisterRestore (checks the backup, keeps the replaced register, refuses tampered,
// newer or foreign files and a register in use) and BackupSchedule (automatic copies, rotated).

#include "CoreTestHelpers.h"
#include "audit/AuditVerifier.h"
#include "db/BackupJob.h"
#include "db/BackupSchedule.h"
#include "db/Migrations.h"
#include "db/Query.h"
#include "db/RegisterBackup.h"
#include "db/RegisterRestore.h"
#include "repo/SettingsRepository.h"
#include "service/Generator.h"
#include "service/TemplateService.h"
#include "sqlite/SqliteStatement.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <optional>
#include <thread>

using namespace daicho;
using daicho::test::scalar;

namespace {

std::unique_ptr<Register> makeRegister(const QString& path, const Clock& clock, int assets)
{
    Result<std::unique_ptr<Register>> created = Register::create(path, clock);
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(created.errorText()));
    if (Status s = TemplateService(*created.value()).apply(TemplateService::noshiro()); !s)
        qFatal("cannot apply the template: %s", qPrintable(s.errorText()));
    if (assets > 0)
        if (Result<qint64> s = Generator(*created.value(), 11).generate(assets); !s)
            qFatal("cannot generate: %s", qPrintable(s.errorText()));
    return created.take();
}

// Runs SQL on a file behind the application's back, as someone with the sqlite3 shell would.
void rawExec(const QString& path, const QString& sql)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

qint64 assetCount(const QString& path)
{
    Result<std::unique_ptr<Register>> reg = Register::open(path);
    if (!reg)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(reg.errorText()));
    return reg.value()->assets().count().value();
}

bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (QFile::permissions(path) & others) == 0;
}

} // namespace

class TestRegisterBackup : public QObject {
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};

private Q_SLOTS:
    void initTestCase()
    {
        SqliteStatement::install(); // as the window and the CLI do: the native path and its interrupter
    }

    void backupIsAConsistentOwnerOnlyCopy()
    {
        QTemporaryDir dir;
        std::unique_ptr<Register> reg = makeRegister(dir.filePath(QStringLiteral("city.sqlite")), m_clock, 40);
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        Result<QString> copied = RegisterBackup::copyTo(reg->database(), target);
        QVERIFY2(copied, qPrintable(copied.errorText()));
        QVERIFY(ownerOnly(target));

        Result<std::unique_ptr<Database>> copy = Database::open(target, Database::OpenMode::MustExist);
        QVERIFY2(copy, qPrintable(copy.errorText()));
        for (const QString& table : {QStringLiteral("assets"), QStringLiteral("audit_events"),
                                     QStringLiteral("org_units"), QStringLiteral("settings")}) {
            const QString count = QStringLiteral("SELECT COUNT(*) FROM ") + table;
            QCOMPARE(scalar(copy.value()->connection(), count).toLongLong(),
                     scalar(reg->database().connection(), count).toLongLong());
        }
        QCOMPARE(scalar(copy.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM assets")).toLongLong(), 40);
        Result<AuditReport> report = AuditVerifier(*copy.value()).verify();
        QVERIFY2(report, qPrintable(report.errorText()));
        QVERIFY(report.value().clean());
        QVERIFY(report.value().eventsChecked > 40);
    }

    void backupNeverOverwrites()
    {
        QTemporaryDir dir;
        std::unique_ptr<Register> reg = makeRegister(dir.filePath(QStringLiteral("city.sqlite")), m_clock, 0);
        const QString target = dir.filePath(QStringLiteral("taken.sqlite"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        Result<QString> copied = RegisterBackup::copyTo(reg->database(), target);
        QVERIFY(!copied);
        QVERIFY2(copied.errorText().contains(QStringLiteral("already exists")), qPrintable(copied.errorText()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void restoreReplacesAndKeepsTheRegister()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        {
            std::unique_ptr<Register> reg = makeRegister(path, m_clock, 10);
            QVERIFY(RegisterBackup::copyTo(reg->database(), backup));
            QVERIFY(Generator(*reg, 12).generate(15));
        }
        QCOMPARE(assetCount(path), 25);
        const QByteArray backupBytes = [&] {
            QFile f(backup);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();

        RegisterRestore restore(path, m_clock);
        Result<RegisterRestore::Candidate> c = restore.inspect(backup);
        QVERIFY2(c, qPrintable(c.errorText()));
        QCOMPARE(c.value().assets, 10);
        QVERIFY(c.value().audit.clean());
        QVERIFY(c.value().lastEventAt.isValid());
        QCOMPARE(c.value().schemaVersion, Migrations::latestVersion());
        Result<QString> kept = restore.replace(false);
        QVERIFY2(kept, qPrintable(kept.errorText()));

        QVERIFY(QFileInfo(kept.value()).fileName().startsWith(QStringLiteral("city.before-restore-")));
        QCOMPARE(assetCount(kept.value()), 25);
        QCOMPARE(assetCount(path), 10);
        QVERIFY(ownerOnly(path));
        // The backup itself is untouched, and no temporary file is left behind.
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), backupBytes);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*restoring*")}, QDir::Files), QStringList());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("backup.sqlite*")}, QDir::Files),
                 QStringList{QStringLiteral("backup.sqlite")});
    }

    void restoreRefusesATamperedBackupUnlessForced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        {
            std::unique_ptr<Register> reg = makeRegister(path, m_clock, 5);
            QVERIFY(RegisterBackup::copyTo(reg->database(), backup));
            QVERIFY(Generator(*reg, 12).generate(3));
        }
        rawExec(backup, QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE id = 3"));

        {
            RegisterRestore restore(path, m_clock);
            Result<RegisterRestore::Candidate> c = restore.inspect(backup);
            QVERIFY2(c, qPrintable(c.errorText()));
            QVERIFY(!c.value().audit.clean());
            Result<QString> refused = restore.replace(false);
            QVERIFY(!refused);
            QVERIFY2(refused.errorText().contains(QStringLiteral("does not verify")), qPrintable(refused.errorText()));
        }
        QCOMPARE(assetCount(path), 8);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*restoring*")}, QDir::Files), QStringList());

        RegisterRestore forced(path, m_clock);
        QVERIFY(forced.inspect(backup));
        Result<QString> kept = forced.replace(true);
        QVERIFY2(kept, qPrintable(kept.errorText()));
        QCOMPARE(assetCount(path), 5);
    }

    void restoreRefusesWhatIsNoRegisterOfThisVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.sqlite"));
        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            std::unique_ptr<Register> reg = makeRegister(path, m_clock, 2);
            QVERIFY(RegisterBackup::copyTo(reg->database(), newer));
        }
        rawExec(newer, QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                      "VALUES (%1, 'future', '2030-01-01T00:00:00Z')")
                           .arg(Migrations::latestVersion() + 1));
        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("This is not a database at all, just some notes.\n").repeated(100));
        f.close();

        RegisterRestore restore(path, m_clock);
        Result<RegisterRestore::Candidate> c = restore.inspect(newer);
        QVERIFY(!c);
        QVERIFY2(c.errorText().contains(QStringLiteral("newer version")), qPrintable(c.errorText()));
        c = restore.inspect(text);
        QVERIFY(!c);
        QVERIFY2(c.errorText().contains(QStringLiteral("not a Daicho register")), qPrintable(c.errorText()));
        c = restore.inspect(dir.filePath(QStringLiteral("missing.sqlite")));
        QVERIFY(!c);
        QVERIFY(!restore.replace(true)); // nothing checked, nothing replaced
        QCOMPARE(assetCount(path), 2);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*restoring*")}, QDir::Files), QStringList());
    }

    void restoreRefusesARegisterInUse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        std::unique_ptr<Register> reg = makeRegister(path, m_clock, 4);
        QVERIFY(RegisterBackup::copyTo(reg->database(), backup));
        QVERIFY(Generator(*reg, 12).generate(2));
        QVERIFY(reg->assets().count()); // open and idle, as in a window

        QVERIFY(!RegisterRestore::ensureNotInUse(path));
        RegisterRestore restore(path, m_clock);
        QVERIFY(restore.inspect(backup));
        Result<QString> refused = restore.replace(false);
        QVERIFY(!refused);
        QVERIFY2(refused.errorText().contains(QStringLiteral("open in another window")),
                 qPrintable(refused.errorText()));
        QCOMPARE(reg->assets().count().value(), 6);

        reg.reset();
        QVERIFY(RegisterRestore::ensureNotInUse(path));
        QVERIFY(restore.replace(false));
        QCOMPARE(assetCount(path), 4);
    }

    void scheduledBackupsWhenDueAndKeepsTheNewest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.sqlite"));
        FixedClock clock(m_clock.nowUtc());
        std::unique_ptr<Register> reg = makeRegister(path, clock, 3);
        QVERIFY(SettingsRepository(reg->database()).setValue(QStringLiteral("backup_keep"), QStringLiteral("2")));

        Result<BackupSchedule::Outcome> first = BackupSchedule::runIfDue(reg->database(), clock);
        QVERIFY2(first, qPrintable(first.errorText()));
        QVERIFY(!first.value().written.isEmpty());
        QCOMPARE(QFileInfo(first.value().written).absolutePath(), QDir(dir.path()).filePath(QStringLiteral("backups")));
        QVERIFY(ownerOnly(first.value().written));
        QVERIFY(ownerOnly(BackupSchedule::folderFor(path)));

        clock.advanceSeconds(3 * 24 * 3600); // fresh: nothing to do
        Result<BackupSchedule::Outcome> fresh = BackupSchedule::runIfDue(reg->database(), clock);
        QVERIFY(fresh);
        QVERIFY(fresh.value().written.isEmpty());
        QCOMPARE(BackupSchedule::automaticBackups(path).size(), 1);

        QStringList written{first.value().written};
        for (int i = 0; i < 3; ++i) {
            clock.advanceSeconds(7 * 24 * 3600);
            Result<BackupSchedule::Outcome> due = BackupSchedule::runIfDue(reg->database(), clock);
            QVERIFY2(due, qPrintable(due.errorText()));
            QVERIFY(!due.value().written.isEmpty());
            written.prepend(due.value().written);
        }
        QCOMPARE(BackupSchedule::automaticBackups(path), written.mid(0, 2));
        QVERIFY(!QFileInfo::exists(written.last()));

        // Other files in the folder are never removed; 0 turns the schedule off.
        QVERIFY(
            SettingsRepository(reg->database()).setValue(QStringLiteral("backup_interval_days"), QStringLiteral("0")));
        clock.advanceSeconds(30 * 24 * 3600);
        Result<BackupSchedule::Outcome> off = BackupSchedule::runIfDue(reg->database(), clock);
        QVERIFY(off);
        QVERIFY(off.value().written.isEmpty());
        QCOMPARE(BackupSchedule::automaticBackups(path).size(), 2);
    }

    // A backup is written under a hidden name and renamed when complete: one cut short (the
    // program killed while copying) never counts as the newest backup, and is cleared later.
    void automaticBackupsAppearOnlyWhenComplete()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.sqlite"));
        FixedClock clock(m_clock.nowUtc());
        std::unique_ptr<Register> reg = makeRegister(path, clock, 3);
        Result<std::optional<BackupSchedule::Plan>> plan = BackupSchedule::due(reg->database(), clock);
        QVERIFY2(plan && plan.value(), qPrintable(plan.errorText()));
        const QDir folder(BackupSchedule::folderFor(path));
        const QString cutShort =
            folder.filePath(QLatin1Char('.') + QFileInfo(plan.value()->target).fileName() + QStringLiteral(".writing"));
        const QString recent = folder.filePath(QStringLiteral(".city.auto-20261127-085959.sqlite.writing"));
        for (const QString& file : {cutShort, recent}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half a copy");
        }
        QFile old(cutShort);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTime().addDays(-2), QFileDevice::FileModificationTime));
        old.close();
        QVERIFY(BackupSchedule::automaticBackups(path).isEmpty());
        QVERIFY(BackupSchedule::due(reg->database(), clock).value());

        Result<BackupSchedule::Outcome> written = BackupSchedule::write(reg->database(), *plan.value());
        QVERIFY2(written, qPrintable(written.errorText()));
        QCOMPARE(BackupSchedule::automaticBackups(path), QStringList{plan.value()->target});
        QVERIFY(!QFileInfo::exists(cutShort)); // two days old: left by a copy that never finished
        QVERIFY(QFileInfo::exists(recent));    // maybe another window's, still at work
        QVERIFY(ownerOnly(plan.value()->target));
        QVERIFY(RegisterBackup::verifyCopy(plan.value()->target).value().clean());
    }

    // The window's automatic backup runs on a thread of its own and may be stopped from another.
    void backupJobOnItsOwnConnection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.sqlite"));
        FixedClock clock(m_clock.nowUtc());
        std::unique_ptr<Register> reg = makeRegister(path, clock, 20);
        Result<std::optional<BackupSchedule::Plan>> plan = BackupSchedule::due(reg->database(), clock);
        QVERIFY(plan && plan.value());

        BackupJob stopped(*plan.value());
        stopped.cancel();
        Result<BackupSchedule::Outcome> none = stopped.run();
        QVERIFY(!none);
        QVERIFY2(none.errorText().contains(QStringLiteral("stopped")) ||
                     none.errorText().contains(QStringLiteral("中止")),
                 qPrintable(none.errorText()));
        QCOMPARE(QDir(BackupSchedule::folderFor(path)).entryList(QDir::Files | QDir::Hidden), QStringList{});

        std::optional<Result<BackupSchedule::Outcome>> outcome;
        BackupJob job(*plan.value());
        std::thread worker([&] { outcome = job.run(); });
        worker.join();
        QVERIFY2(*outcome, qPrintable(outcome->errorText()));
        QCOMPARE(outcome->value().written, plan.value()->target);
        QCOMPARE(scalar(reg->database().connection(), QStringLiteral("SELECT COUNT(*) FROM assets")).toInt(), 20);
        QVERIFY(RegisterBackup::verifyCopy(plan.value()->target).value().clean());
    }

    // What lets a backup of a large register stop at once when the window closes.
    void interrupterStopsAStatementFromAnotherThread()
    {
        QTemporaryDir dir;
        std::unique_ptr<Register> reg = makeRegister(dir.filePath(QStringLiteral("city.sqlite")), m_clock, 0);
        const std::function<void()> interrupt = reg->database().interrupter();
        QVERIFY(interrupt);
        std::atomic<bool> running{true};
        std::thread stopper([&] {
            while (running) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                interrupt();
            }
        });
        // Counts to 10^9: minutes of work unless stopped.
        Query q(reg->database(), QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
                                                " WHERE x < ?) SELECT COUNT(*) FROM c"));
        q.bind(0, qint64(1000000000));
        const Status ran = q.exec();
        running = false;
        stopper.join();
        QVERIFY(!ran);
        QVERIFY2(ran.errorText().contains(QStringLiteral("interrupt")), qPrintable(ran.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestRegisterBackup)
#include "tst_registerbackup.moc"
