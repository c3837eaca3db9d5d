// Schema migrations: a new or empty file reaches the latest version, reopening changes
// nothing, and a file written by a newer Daicho is refused and left untouched. An older file is
// copied next to itself before it is updated, and is not updated when the copy cannot be made.

#include "CoreTestHelpers.h"
#include "TestBackend.h"
#include "TestRegister.h"
#include "audit/AuditVerifier.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/RegisterBackup.h"
#include "domain/InspectionChecklist.h"
#include "domain/ThreatCatalogue.h"
#include "service/Register.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;
using daicho::test::fileHash;
using daicho::test::scalar;
using daicho::test::TestRegister;

namespace {

// Runs `work` on a plain connection to `path`, outside Daicho's own code.
template <typename Work> void withRawConnection(const QString& path, Work work)
{
    const QString name = QStringLiteral("raw-migrations-test");
    {
        QSqlDatabase db = daicho::test::TestBackend::connect(path, name);
        QVERIFY(db.isOpen());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

qint64 migrationRows(Register& reg)
{
    return scalar(reg.database().connection(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toLongLong();
}

// The schema version of the older registers below. Migrations after it change a server's
// register only, so a current file without their rows in schema_migrations is a register of
// this version as it was written (olderFileIsExactlyThatVersion checks it).
constexpr int kOlderVersion = 11;

// What an older register holds, to compare its copy with.
struct Contents {
    int version = 0;
    qint64 assets = 0;
    qint64 events = 0;
};

Contents contentsOf(const QString& path)
{
    Contents c;
    withRawConnection(path, [&](QSqlDatabase& db) {
        c.version = scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt();
        c.assets = scalar(db, QStringLiteral("SELECT COUNT(*) FROM assets")).toLongLong();
        c.events = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_events")).toLongLong();
    });
    return c;
}

// A register file of schema version kOlderVersion at `path`, with an asset and its audit trail.
void writeOlderRegister(const QString& path)
{
    TestRegister reg;
    QVERIFY(reg->assets().create(reg.validAsset(QStringLiteral("OLD-1"))));
    reg.close();
    withRawConnection(reg.path(), [](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM schema_migrations WHERE version > ?"));
        q.addBindValue(kOlderVersion);
        QVERIFY(q.exec());
    });
    QVERIFY(QFile::copy(reg.path(), path));
}

// The files in `folder` whose names say they are copies kept before an update.
QStringList backupsIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.before-v*")}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stepsAreNumberedFromOne();
    void freshRegisterReachesLatest();
    void freshRegisterHasTheTables();
    void emptyFileIsRefused();
    void reopeningIsIdempotent();
    void runAgainChangesNothing();
    void newerSchemaIsRefused();
    void foreignSqliteDatabaseIsRefused();
    void version1RegisterIsMigrated();
    void olderFileIsExactlyThatVersion();
    void backupNameNeverReplacesAFile();
    void olderRegisterIsCopiedBeforeMigrating();
    void currentRegisterIsNotCopied();
    void copiesOfTwoOpensAreBothKept();
    void failedCopyLeavesRegisterUnchanged();
    void readOnlyFolderLeavesRegisterUnchanged();
};

void TestMigrations::stepsAreNumberedFromOne()
{
    const QList<Migrations::Step>& steps = Migrations::steps();
    QVERIFY(!steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).version, i + 1);
        QVERIFY(!steps.at(i).statements.isEmpty() || steps.at(i).dialectStatements);
        QVERIFY(qstrlen(steps.at(i).description) > 0);
    }
    QCOMPARE(Migrations::latestVersion(), steps.constLast().version);
}

void TestMigrations::freshRegisterReachesLatest()
{
    TestRegister reg(false);
    QCOMPARE(reg->database().schemaVersion(), Migrations::latestVersion());
    Result<int> current = Migrations::currentVersion(reg->database());
    QVERIFY2(current, qPrintable(current.errorText()));
    QCOMPARE(current.value(), Migrations::latestVersion());
    QCOMPARE(migrationRows(reg.get()), qint64(Migrations::steps().size()));
}

void TestMigrations::freshRegisterHasTheTables()
{
    TestRegister reg(false);
    QStringList tables;
    QSqlQuery q(reg->database().connection());
    QVERIFY(q.exec(reg->database().dialect().tablesQuery()));
    while (q.next())
        tables << q.value(0).toString();
    for (const char* table : {"schema_migrations", "settings", "org_units", "people", "assets", "role_assignments",
                              "audit_events", "audit_head", "users", "risks"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
}

void TestMigrations::emptyFileIsRefused()
{
    // An empty file (a register whose contents were lost, or one made by `touch`) is not schema
    // version 0: migrating it made an empty register without even an organisation, which looked
    // like the register had been emptied. It is refused unchanged (tst_damagedregister).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.errorText().contains(path), qPrintable(opened.errorText()));
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestMigrations::reopeningIsIdempotent()
{
    TestRegister reg;
    const QString code = QStringLiteral("A-0001");
    QVERIFY(reg->assets().create(reg.validAsset(code)));
    const qint64 units = reg->org().count().value();
    const qint64 events = daicho::test::auditCount(reg.get());
    const qint64 rows = migrationRows(reg.get());

    for (int i = 0; i < 2; ++i) {
        reg.reopen();
        QCOMPARE(reg->database().schemaVersion(), Migrations::latestVersion());
        QCOMPARE(migrationRows(reg.get()), rows);
        QCOMPARE(reg->org().count().value(), units);
        QCOMPARE(reg->assets().count().value(), 1);
        QVERIFY(reg->assets().findByCode(code).value().has_value());
        QCOMPARE(daicho::test::auditCount(reg.get()), events);
    }
}

void TestMigrations::runAgainChangesNothing()
{
    TestRegister reg(false);
    const qint64 rows = migrationRows(reg.get());
    Result<int> again = Migrations::run(reg->database());
    QVERIFY2(again, qPrintable(again.errorText()));
    QCOMPARE(again.value(), Migrations::latestVersion());
    // Asking for an older target never goes backwards.
    Result<int> older = Migrations::run(reg->database(), 0);
    QVERIFY2(older, qPrintable(older.errorText()));
    QCOMPARE(older.value(), Migrations::latestVersion());
    QCOMPARE(migrationRows(reg.get()), rows);
}

void TestMigrations::newerSchemaIsRefused()
{
    TestRegister reg;
    const QString path = reg.path();
    const int newer = Migrations::latestVersion() + 1;
    {
        QSqlQuery q(reg->database().connection());
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at)"
                                 " VALUES (:v, 'from the future', '2030-04-01T00:00:00.000Z')"));
        q.bindValue(QStringLiteral(":v"), newer);
        QVERIFY(q.exec());
    }
    const qint64 units = reg->org().count().value();
    reg.close();
    // A file must stay byte for byte as it was; a server's rows are compared below.
    const bool file = !daicho::test::TestBackend::isPostgres();
    const QByteArray before = fileHash(path);
    QVERIFY(!file || !before.isEmpty());

    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY(!opened);
    const QString message = opened.errorText();
    QVERIFY2(message.contains(QString::number(newer)), qPrintable(message));
    QVERIFY2(message.contains(QString::number(Migrations::latestVersion())), qPrintable(message));
    QVERIFY2(message.contains(path), qPrintable(message));

    // The file is exactly as it was: nothing migrated, nothing rewritten.
    if (file)
        QCOMPARE(fileHash(path), before);
    withRawConnection(path, [&](QSqlDatabase& db) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt(), newer);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM org_units")).toLongLong(), units);
    });
    QVERIFY(!Register::openOrCreateDefault(path));
    if (file)
        QCOMPARE(fileHash(path), before);
}

void TestMigrations::foreignSqliteDatabaseIsRefused()
{
    // Another program's SQLite file (no schema_migrations, tables of its own) is not an old
    // register: it is refused, and no Daicho table is added to it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    withRawConnection(path, [](QSqlDatabase& db) {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO bookmarks (url) VALUES ('https://www.city.noshiro.lg.jp/')")));
    });
    const QByteArray before = fileHash(path);

    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.errorText().contains(path), qPrintable(opened.errorText()));
    QCOMPARE(fileHash(path), before);
    withRawConnection(path, [](QSqlDatabase& db) { QCOMPARE(db.tables(), QStringList{QStringLiteral("bookmarks")}); });
}

void TestMigrations::version1RegisterIsMigrated()
{
    // A register written before migration 2, with its audit trail: made by taking the later
    // migrations back out of a current one, as the file would have been.
    if (daicho::test::TestBackend::isPostgres())
        QSKIP("registers on PostgreSQL begin at the current schema; version 1 was a SQLite file");
    auto reg = std::make_unique<TestRegister>();
    Asset a = reg->validAsset(QStringLiteral("OLD-1"));
    QVERIFY((*reg)->assets().create(a));
    const QString path = reg->path();
    const qint64 events = (*reg)->audit().count().value();
    reg->close();
    withRawConnection(path, [](QSqlDatabase& db) {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER tr_risk_cells_asset_before")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER tr_risk_cells_asset_after")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE risk_cells")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE holdings")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX ix_assets_rating")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX ix_assets_status_section")));
        for (const char* trigger : {"tr_review_cells_insert", "tr_review_cells_delete", "tr_review_cells_update",
                                    "tr_review_cells_asset_before", "tr_review_cells_asset_after"})
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE review_cells")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE report_issues")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE risks")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE threats")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE inspection_responses")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE inspection_items")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE review_signoffs")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE asset_reviews")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE review_campaigns")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE users")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE assets_fts")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_events DROP COLUMN after_digest")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 2")));
    });

    reg->reopen();
    QCOMPARE((*reg)->database().schemaVersion(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 2);
    // Migrations 6 and 9 seed the threat catalogue and the self-inspection checklist again, each
    // threat and item with its creation event.
    QCOMPARE((*reg)->audit().count().value(),
             events + ThreatCatalogue::defaults().size() + InspectionChecklist::defaults().size());
    QVERIFY(scalar((*reg)->database().connection(),
                   QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('audit_events') WHERE name = 'after_digest'"))
                .toInt() == 1);
    const AuditReport report = AuditVerifier((*reg)->database()).verify().value();
    QVERIFY2(report.clean(), qPrintable(report.findings.value(0).message));
    QVERIFY((*reg)->assets().findByCode(QStringLiteral("OLD-1")).value().has_value());
}

void TestMigrations::olderFileIsExactlyThatVersion()
{
    // The steps after kOlderVersion must add nothing to a file, or writeOlderRegister would make
    // a file that claims an older version than its tables have.
    for (const Migrations::Step& step : Migrations::steps()) {
        if (step.version <= kOlderVersion)
            continue;
        const QStringList statements =
            step.dialectStatements ? step.dialectStatements(Dialect::sqlite()) : step.statements;
        QVERIFY2(statements.isEmpty() && !step.seed, step.description);
    }
    QVERIFY(kOlderVersion < Migrations::latestVersion());
}

void TestMigrations::backupNameNeverReplacesAFile()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("registers"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/city.sqlite");
    const QDateTime when(QDate(2026, 11, 27), QTime(16, 53, 0), Qt::LocalTime);

    const QString first = RegisterBackup::pathBeforeMigration(path, 14, when);
    QCOMPARE(first, folder + QStringLiteral("/city.before-v14-20261127-165300.sqlite"));
    QVERIFY(QFile(first).open(QIODevice::WriteOnly));
    const QString second = RegisterBackup::pathBeforeMigration(path, 14, when);
    QCOMPARE(second, folder + QStringLiteral("/city.before-v14-20261127-165300-2.sqlite"));
    QVERIFY(QDir().mkdir(second)); // a folder of that name counts as taken too
    QCOMPARE(RegisterBackup::pathBeforeMigration(path, 14, when),
             folder + QStringLiteral("/city.before-v14-20261127-165300-3.sqlite"));
    // A name without a suffix, in the register's folder as its path gives it.
    QCOMPARE(RegisterBackup::pathBeforeMigration(QStringLiteral("registers/city"), 9, when),
             QStringLiteral("registers/city.before-v9-20261127-165300"));
}

void TestMigrations::olderRegisterIsCopiedBeforeMigrating()
{
    if (daicho::test::TestBackend::isPostgres())
        QSKIP("a shared register is backed up with the server's own tools, not copied to a file");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    writeOlderRegister(path);
    if (QTest::currentTestFailed())
        return;
    const Contents before = contentsOf(path);
    QCOMPARE(before.version, kOlderVersion);
    QCOMPARE(before.assets, 1);
    QVERIFY(before.events > 0);

    QString backup;
    {
        Result<std::unique_ptr<Register>> opened = Register::open(path);
        QVERIFY2(opened, qPrintable(opened.errorText()));
        QCOMPARE(opened.value()->database().schemaVersion(), Migrations::latestVersion());
        backup = opened.value()->database().migrationBackupPath();
    }
    QVERIFY(!backup.isEmpty());

    // Next to the register, named after the version it left, readable by its owner only.
    const QFileInfo info(backup);
    QVERIFY(info.isFile());
    QCOMPARE(info.absolutePath(), QFileInfo(path).absolutePath());
    const QRegularExpression name(QStringLiteral("^city\\.before-v%1-\\d{8}-\\d{6}\\.sqlite$").arg(kOlderVersion));
    QVERIFY2(name.match(info.fileName()).hasMatch(), qPrintable(info.fileName()));
    QCOMPARE(backupsIn(dir.path()), QStringList{info.fileName()});
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(info.permissions() & others, QFile::Permissions());
    QVERIFY(info.permissions().testFlag(QFile::ReadOwner));

    // The copy is the register as it was; the register itself was updated.
    const Contents copy = contentsOf(backup);
    QCOMPARE(copy.version, kOlderVersion);
    QCOMPARE(copy.assets, before.assets);
    QCOMPARE(copy.events, before.events);
    const Contents after = contentsOf(path);
    QCOMPARE(after.version, Migrations::latestVersion());
    QCOMPARE(after.assets, before.assets);
}

void TestMigrations::currentRegisterIsNotCopied()
{
    TestRegister reg;
    QVERIFY(reg->database().migrationBackupPath().isEmpty()); // a new register
    reg.reopen();
    QVERIFY(reg->database().migrationBackupPath().isEmpty());
    if (!daicho::test::TestBackend::isPostgres())
        QCOMPARE(backupsIn(QFileInfo(reg.path()).absolutePath()), QStringList());
}

void TestMigrations::copiesOfTwoOpensAreBothKept()
{
    // The same older register put back and opened twice (in the same second, most likely): the
    // second copy gets a name of its own, and the first stays as it was.
    if (daicho::test::TestBackend::isPostgres())
        QSKIP("a shared register is backed up with the server's own tools, not copied to a file");
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.bin"));
    writeOlderRegister(original);
    if (QTest::currentTestFailed())
        return;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));

    QStringList backups;
    QByteArray firstHash;
    for (int i = 0; i < 2; ++i) {
        QFile::remove(path);
        QVERIFY(QFile::copy(original, path));
        Result<std::unique_ptr<Register>> opened = Register::open(path);
        QVERIFY2(opened, qPrintable(opened.errorText()));
        backups << opened.value()->database().migrationBackupPath();
        if (i == 0)
            firstHash = fileHash(backups.constLast());
    }
    QCOMPARE(backups.size(), 2);
    QVERIFY(!backups.at(0).isEmpty());
    QVERIFY(backups.at(0) != backups.at(1));
    QCOMPARE(backupsIn(dir.path()).size(), 2);
    QCOMPARE(fileHash(backups.at(0)), firstHash);
    for (const QString& backup : backups)
        QCOMPARE(contentsOf(backup).version, kOlderVersion);
}

void TestMigrations::failedCopyLeavesRegisterUnchanged()
{
    // A copy that cannot be written (here its name is longer than a folder allows, which no
    // permission overrides, root's neither): the register is not updated, and says why.
    if (daicho::test::TestBackend::isPostgres())
        QSKIP("a shared register is backed up with the server's own tools, not copied to a file");
    QTemporaryDir dir;
    const QString path = dir.filePath(QString(230, QLatin1Char('r')) + QStringLiteral(".sqlite"));
    writeOlderRegister(path);
    if (QTest::currentTestFailed())
        return;
    const Contents before = contentsOf(path);
    const QByteArray hash = fileHash(path);

    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY(!opened);
    const QString message = opened.errorText();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(".before-v%1-").arg(kOlderVersion)), qPrintable(message));
    QVERIFY2(message.contains(QString::number(Migrations::latestVersion())), qPrintable(message));

    QCOMPARE(fileHash(path), hash);
    const Contents after = contentsOf(path);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.assets, before.assets);
    QCOMPARE(after.events, before.events);
    QCOMPARE(backupsIn(dir.path()), QStringList());
}

void TestMigrations::readOnlyFolderLeavesRegisterUnchanged()
{
    if (daicho::test::TestBackend::isPostgres())
        QSKIP("a shared register is backed up with the server's own tools, not copied to a file");
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkdir(folder));
    const QString path = folder + QStringLiteral("/city.sqlite");
    writeOlderRegister(path);
    if (QTest::currentTestFailed())
        return;
    const Contents before = contentsOf(path);
    const QByteArray hash = fileHash(path);

    const QFile::Permissions readOnly =
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(folder, readOnly));
    auto restore = qScopeGuard([&] { QFile::setPermissions(folder, readOnly | QFile::WriteOwner); });
    {
        QFile probe(folder + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("this user writes to a read-only folder all the same (root); "
                  "failedCopyLeavesRegisterUnchanged covers a copy that fails");
        }
    }

    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.errorText().contains(path), qPrintable(opened.errorText()));
    QCOMPARE(fileHash(path), hash);
    QCOMPARE(backupsIn(folder), QStringList());
    restore.dismiss();
    QVERIFY(QFile::setPermissions(folder, readOnly | QFile::WriteOwner)); // to read it as it is
    const Contents after = contentsOf(path);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.assets, before.assets);
    QCOMPARE(after.events, before.events);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
