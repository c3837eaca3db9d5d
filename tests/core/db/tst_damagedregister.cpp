// Register files that are damaged, unreadable, full or held by another program: every open or
// write fails with a message naming the register and the reason (DatabaseError), never a crash,
// a hang or a half-written register.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "Unwritable.h"
#include "audit/AuditVerifier.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/RegisterBackup.h"
#include "db/RegisterRestore.h"
#include "service/Generator.h"
#include "service/Register.h"
#include "service/RegisterStats.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

using namespace daicho;
using daicho::test::fileHash;
using daicho::test::scalar;
using daicho::test::TestRegister;
using daicho::test::Unwritable;

namespace {

// A plain connection of the test's own, as another program would have.
class OtherProgram {
public:
    explicit OtherProgram(const QString& path)
        : m_name(QStringLiteral("other-program-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        m_open = db.open();
    }
    ~OtherProgram()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return ok;
    }
    QVariant scalar(const QString& sql) const { return test::scalar(QSqlDatabase::database(m_name, false), sql); }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool resize(const QString& path, qint64 size)
{
    QFile f(path);
    return f.resize(size);
}

qint64 pageSize(const QString& path)
{
    OtherProgram other(path);
    return other.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
}

// A register of a few megabytes: the template's organisation and `assets` generated assets.
void fill(TestRegister& reg, qint64 assets)
{
    Result<qint64> made = Generator(*reg, 7).generate(assets);
    QVERIFY2(made, qPrintable(made.errorText()));
}

struct Counts {
    qint64 assets = -1;
    qint64 auditEvents = -1;
    bool operator==(const Counts& o) const { return assets == o.assets && auditEvents == o.auditEvents; }
};

Counts countsOf(Register& reg)
{
    Result<RegisterStats> stats = RegisterStats::collect(reg);
    if (!stats)
        return {};
    return {stats.value().assets, stats.value().auditEvents};
}

void setMaxPageCount(Register& reg, qint64 pages)
{
    QSqlQuery q(reg.database().connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
}

} // namespace

class TestDamagedRegister : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resultCodes_data();
    void resultCodes();
    void truncated_data();
    void truncated();
    void corruptedPage();
    void zeroLengthFile();
    void notADatabase_data();
    void notADatabase();
    void readOnlyFile();
    void readOnlyFolder();
    void fullDiskRefusesOneWrite();
    void fullDiskRefusesABulkWrite();
    void lockedByAnotherProgram();
    void lockedExclusivelyAtOpen();
    void newerSchema();
    void restoreReplacesADamagedRegister();
};

void TestDamagedRegister::resultCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("kind");
    const auto row = [](const char* name, int code, DatabaseError::Kind kind) {
        QTest::newRow(name) << code << int(kind);
    };
    row("SQLITE_CORRUPT", 11, DatabaseError::Kind::Damaged);
    row("SQLITE_CORRUPT_INDEX", 779, DatabaseError::Kind::Damaged);
    row("SQLITE_NOTADB", 26, DatabaseError::Kind::NotADatabase);
    row("SQLITE_FULL", 13, DatabaseError::Kind::Full);
    row("SQLITE_READONLY", 8, DatabaseError::Kind::ReadOnly);
    row("SQLITE_READONLY_DBMOVED", 1032, DatabaseError::Kind::ReadOnly);
    row("SQLITE_CANTOPEN", 14, DatabaseError::Kind::CannotOpen);
    row("SQLITE_BUSY", 5, DatabaseError::Kind::Busy);
    row("SQLITE_BUSY_SNAPSHOT", 517, DatabaseError::Kind::Busy);
    row("SQLITE_LOCKED", 6, DatabaseError::Kind::Busy);
    row("SQLITE_IOERR_SHORT_READ", 522, DatabaseError::Kind::InputOutput);
    row("SQLITE_CONSTRAINT", 19, DatabaseError::Kind::Other);
    row("SQLITE_ERROR", 1, DatabaseError::Kind::Other);
    row("none", 0, DatabaseError::Kind::Other);
}

void TestDamagedRegister::resultCodes()
{
    QFETCH(int, code);
    QFETCH(int, kind);
    QCOMPARE(int(DatabaseError::kindOf(code)), kind);
    const QString path = QStringLiteral("/registers/city.sqlite");
    const QString message = DatabaseError::describe(path, code, QStringLiteral("SQLite's words"));
    // Every known reason names the register and keeps SQLite's words; others are left to the caller.
    QCOMPARE(message.isEmpty(), kind == int(DatabaseError::Kind::Other));
    if (!message.isEmpty()) {
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("SQLite's words")), qPrintable(message));
    }
    const Problem p = DatabaseError::problem(path, code, QStringLiteral("x"), QStringLiteral("fallback"));
    QCOMPARE(p.message.isEmpty(), false);
    QCOMPARE(DatabaseError::isDamaged({p}),
             kind == int(DatabaseError::Kind::Damaged) || kind == int(DatabaseError::Kind::NotADatabase));
}

void TestDamagedRegister::truncated_data()
{
    QTest::addColumn<bool>("pageBoundary");
    QTest::newRow("at half its size, on a page boundary") << true;
    QTest::newRow("at half its size, inside a page") << false;
}

void TestDamagedRegister::truncated()
{
    QFETCH(bool, pageBoundary);
    TestRegister reg;
    fill(reg, 2000);
    const QString path = reg.path();
    reg.close();
    const qint64 page = pageSize(path);
    QVERIFY(page > 0);
    const qint64 size = QFileInfo(path).size();
    QVERIFY2(size > 100 * page, "the register should span many pages");
    qint64 cut = size / 2 - (size / 2) % page;
    if (!pageBoundary)
        cut += page / 3;
    QVERIFY(resize(path, cut));
    const QByteArray before = fileHash(path);

    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY(!opened);
    const QString message = opened.errorText();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Restore Register")), qPrintable(message));
    QVERIFY(DatabaseError::isDamaged(opened.problems()));
    QCOMPARE(fileHash(path), before);
}

void TestDamagedRegister::corruptedPage()
{
    // A page in the middle of the assets: the open reads the schema only and may not meet it, but
    // any read that reaches it must say the register is damaged, never end early as if the rows
    // had ended (an export missing assets, an audit trail checked against part of them).
    TestRegister reg;
    fill(reg, 2000);
    const QString path = reg.path();
    reg.close();
    qint64 victim = 0;
    {
        OtherProgram other(path);
        QVERIFY(other.isOpen());
        // dbstat lists the pages of each table; without it, the root page of the table.
        victim = other
                     .scalar(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'assets' AND pagetype = 'leaf' "
                                            "ORDER BY pageno LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM dbstat "
                                            "WHERE name = 'assets' AND pagetype = 'leaf')"))
                     .toLongLong();
        if (victim == 0)
            victim =
                other.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'assets'")).toLongLong();
    }
    QVERIFY(victim > 1);
    const qint64 page = pageSize(path);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((victim - 1) * page));
        QCOMPARE(f.write(QByteArray(int(page), '\xA5')), page);
    }

    Result<std::unique_ptr<Register>> opened = Register::open(path);
    if (!opened) {
        QVERIFY2(DatabaseError::isDamaged(opened.problems()), qPrintable(opened.errorText()));
        return;
    }
    Register& damaged = *opened.value();
    qint64 visited = 0;
    Status walked = damaged.assets().forEach([&](const Asset&) {
        ++visited;
        return true;
    });
    QVERIFY2(!walked, "reading every asset must fail at the damaged page");
    QVERIFY(visited < 2000);
    QVERIFY2(walked.errorText().contains(path), qPrintable(walked.errorText()));
    QVERIFY2(walked.errorText().contains(QStringLiteral("damaged")), qPrintable(walked.errorText()));
    QVERIFY(DatabaseError::isDamaged(walked.problems()));

    Result<QList<Asset>> listed = damaged.assets().page(AssetFilter{}, 0, 5000);
    QVERIFY(!listed);
    QVERIFY(DatabaseError::isDamaged(listed.problems()));

    Result<AuditReport> audit = AuditVerifier(damaged.database()).verify();
    QVERIFY2(!audit, "an audit trail checked against part of the assets is no check");
    QVERIFY(DatabaseError::isDamaged(audit.problems()));
}

void TestDamagedRegister::zeroLengthFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    QVERIFY(writeFile(path, QByteArray()));

    // SQLite takes an empty file for a new database: the register would come back empty.
    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.errorText().contains(path), qPrintable(opened.errorText()));
    QVERIFY2(opened.errorText().contains(QStringLiteral("empty")), qPrintable(opened.errorText()));
    QVERIFY(DatabaseError::isDamaged(opened.problems()));
    QVERIFY(!Register::openOrCreateDefault(path));
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("register.sqlite")});
}

void TestDamagedRegister::notADatabase_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("a text file") << QByteArray("Minutes of the committee, 2026-11-27\n").repeated(200);
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff\x61", 33);
    png += QByteArray(4096, '\x42');
    QTest::newRow("a PNG image") << png;
}

void TestDamagedRegister::notADatabase()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    QVERIFY(writeFile(path, bytes));

    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY(!opened);
    const QString message = opened.errorText();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not a database file")), qPrintable(message));
    QVERIFY(DatabaseError::isDamaged(opened.problems()));
    QCOMPARE(fileHash(path), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
}

void TestDamagedRegister::readOnlyFile()
{
    TestRegister reg;
    const Asset asset = reg.validAsset();
    const QString path = reg.path();
    reg.close();
    const QByteArray before = fileHash(path);
    Unwritable readOnly(path);
    if (!readOnly.whyNot().isEmpty())
        QSKIP(qPrintable(readOnly.whyNot()));

    // Read, yes: a register on a read-only share can be looked at. Changed, no.
    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY2(opened, qPrintable(opened.errorText()));
    Register& shown = *opened.value();
    shown.setActor(QStringLiteral("tester"));
    const Counts counts = countsOf(shown);
    QVERIFY(counts.assets == 0);
    Result<qint64> created = shown.assets().create(asset);
    QVERIFY(!created);
    QVERIFY2(created.errorText().contains(path), qPrintable(created.errorText()));
    QVERIFY2(created.errorText().contains(QStringLiteral("read-only")), qPrintable(created.errorText()));
    QVERIFY(countsOf(shown) == counts);
    opened.value().reset();
    QCOMPARE(fileHash(path), before);
}

void TestDamagedRegister::readOnlyFolder()
{
    // SQLite keeps a register's journal files beside it: a folder it cannot write to stops even
    // reading, and the message must say so rather than "unable to open database file".
    TestRegister reg;
    const QString path = reg.path();
    reg.close();
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    const QByteArray before = fileHash(path);
    Unwritable readOnly(QFileInfo(path).absolutePath());
    if (!readOnly.whyNot().isEmpty())
        QSKIP(qPrintable(readOnly.whyNot()));

    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY(!opened);
    const QString message = opened.errorText();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("folder")), qPrintable(message));
    QVERIFY(!DatabaseError::isDamaged(opened.problems()));
    QCOMPARE(fileHash(path), before);
}

void TestDamagedRegister::fullDiskRefusesOneWrite()
{
    // A size-limited file stands in for a full disk: SQLite answers both with SQLITE_FULL.
    TestRegister reg;
    fill(reg, 50);
    Asset big = reg.validAsset(QStringLiteral("A-9999"));
    big.notes = QStringLiteral("ネットワーク構成図と保守契約の記録。").repeated(100); // 1,800 characters
    const Counts before = countsOf(*reg);
    QVERIFY(before.assets == 50);
    setMaxPageCount(*reg, scalar(reg->database().connection(), QStringLiteral("PRAGMA page_count")).toLongLong());

    Result<qint64> created = reg->assets().create(big);
    QVERIFY(!created);
    QVERIFY2(created.errorText().contains(reg.path()), qPrintable(created.errorText()));
    QVERIFY2(created.errorText().contains(QStringLiteral("disk is full")), qPrintable(created.errorText()));
    QVERIFY(countsOf(*reg) == before);
    QCOMPARE(reg.auditFinding(), QString());

    // With room again the same write succeeds, and the trail still verifies.
    setMaxPageCount(*reg, 1 << 30);
    Result<qint64> again = reg->assets().create(big);
    QVERIFY2(again, qPrintable(again.errorText()));
    QCOMPARE(countsOf(*reg).assets, before.assets + 1);
    QCOMPARE(reg.auditFinding(), QString());
}

void TestDamagedRegister::fullDiskRefusesABulkWrite()
{
    TestRegister reg;
    fill(reg, 50);
    const Counts before = countsOf(*reg);
    setMaxPageCount(*reg, scalar(reg->database().connection(), QStringLiteral("PRAGMA page_count")).toLongLong() + 8);

    Result<qint64> made = Generator(*reg, 11).generate(3000);
    QVERIFY(!made);
    QVERIFY2(made.errorText().contains(QStringLiteral("disk is full")), qPrintable(made.errorText()));
    QVERIFY(countsOf(*reg) == before);
    QCOMPARE(reg.auditFinding(), QString());

    reg.reopen(); // the limit was the connection's: the file itself holds what it held
    QVERIFY(countsOf(*reg) == before);
    QCOMPARE(reg.auditFinding(), QString());
}

void TestDamagedRegister::lockedByAnotherProgram()
{
    TestRegister reg;
    const Asset asset = reg.validAsset();
    const Counts before = countsOf(*reg);
    OtherProgram other(reg.path());
    QVERIFY(other.isOpen());
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    // The write waits for the lock (the busy timeout), then gives up with the reason.
    Result<qint64> created = reg->assets().create(asset);
    QVERIFY(!created);
    QVERIFY2(created.errorText().contains(reg.path()), qPrintable(created.errorText()));
    QVERIFY2(created.errorText().contains(QStringLiteral("in use by another program")),
             qPrintable(created.errorText()));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(countsOf(*reg) == before);

    Result<qint64> again = reg->assets().create(asset);
    QVERIFY2(again, qPrintable(again.errorText()));
    QCOMPARE(reg.auditFinding(), QString());
}

void TestDamagedRegister::lockedExclusivelyAtOpen()
{
    // A program that keeps the file locked for itself (SQLite's exclusive locking mode) stops
    // even reading: the open fails after the busy timeout, with the reason.
    TestRegister reg;
    const QString path = reg.path();
    reg.close();
    OtherProgram other(path);
    QVERIFY(other.isOpen());
    QVERIFY(other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(other.exec(QStringLiteral("COMMIT"))); // the lock stays until the connection closes

    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.errorText().contains(path), qPrintable(opened.errorText()));
    QVERIFY2(opened.errorText().contains(QStringLiteral("in use by another program")), qPrintable(opened.errorText()));
    QVERIFY(!DatabaseError::isDamaged(opened.problems()));
}

void TestDamagedRegister::newerSchema()
{
    TestRegister reg;
    const QString path = reg.path();
    reg.close();
    {
        OtherProgram other(path);
        QVERIFY(other.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                          "VALUES (999, 'from the future', '2030-01-01T00:00:00Z')")));
    }
    const QByteArray before = fileHash(path);

    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.errorText().contains(path), qPrintable(opened.errorText()));
    QVERIFY2(opened.errorText().contains(QStringLiteral("newer version")), qPrintable(opened.errorText()));
    QVERIFY(!DatabaseError::isDamaged(opened.problems())); // a newer Daicho opens it: nothing to restore
    QCOMPARE(fileHash(path), before);
}

void TestDamagedRegister::restoreReplacesADamagedRegister()
{
    // The messages send the user to a backup; restoring must then work on a register that no
    // longer opens, keeping its bytes beside it for whoever may recover something from them.
    TestRegister reg;
    fill(reg, 300);
    const QString path = reg.path();
    const QString backup = QFileInfo(path).absolutePath() + QStringLiteral("/backup.sqlite");
    QVERIFY(RegisterBackup::copyTo(reg->database(), backup));
    const Counts backedUp = countsOf(*reg);
    reg.close();
    QVERIFY(resize(path, QFileInfo(path).size() / 2));
    const QByteArray damaged = fileHash(path);
    QVERIFY(!Register::open(path));

    RegisterRestore restore(path);
    Result<RegisterRestore::Candidate> inspected = restore.inspect(backup);
    QVERIFY2(inspected, qPrintable(inspected.errorText()));
    Result<QString> kept = restore.replace(false);
    QVERIFY2(kept, qPrintable(kept.errorText()));
    QVERIFY2(QFileInfo(kept.value()).fileName().contains(QStringLiteral(".damaged-")), qPrintable(kept.value()));
    QCOMPARE(fileHash(kept.value()), damaged);
    QCOMPARE(QFile::permissions(kept.value()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    reg.reopen();
    QVERIFY(countsOf(*reg) == backedUp);
    QCOMPARE(reg.auditFinding(), QString());
}

QTEST_GUILESS_MAIN(TestDamagedRegister)
#include "tst_damagedregister.moc"
