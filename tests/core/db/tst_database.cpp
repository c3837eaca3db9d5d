// Opening register files: connection settings (WAL, foreign keys), and clean refusals for
// files that are missing, already there, folders, or not databases at all.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "db/Database.h"
#include "db/Query.h"
#include "service/Register.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;
using daicho::test::fileHash;
using daicho::test::scalar;
using daicho::test::TestRegister;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pragmasOnCreatedRegister();
    void pragmasOnReopenedRegister();
    void createMakesMissingFolders();
    void createRefusesExistingFile();
    void createRefusesExistingRegister();
    void openMissingFileFails();
    void openFolderFails();
    void serverLocationsThatCannotBeUsed();
    void openNotADatabase_data();
    void openNotADatabase();
    void openOrCreateDefaultKeepsJunk();
    void isNewOnlyForCreatedFile();
    void inMemoryDatabase();
    void aQueryRunAgainUsesItsNewValues();
};

void TestDatabase::pragmasOnCreatedRegister()
{
    TestRegister reg(false);
    const QSqlDatabase db = reg->database().connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString().toLower(), QStringLiteral("wal"));
    QCOMPARE(reg->database().dialect().driverName(), QStringLiteral("QSQLITE"));
}

void TestDatabase::pragmasOnReopenedRegister()
{
    // Foreign keys are a per-connection setting in SQLite: a reopened file must have them too.
    TestRegister reg(false);
    reg.reopen();
    const QSqlDatabase db = reg->database().connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString().toLower(), QStringLiteral("wal"));
    QVERIFY(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
}

void TestDatabase::createMakesMissingFolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a/b/register.sqlite"));
    Result<std::unique_ptr<Register>> created = Register::create(path);
    QVERIFY2(created, qPrintable(created.errorText()));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(created.value()->database().isNew());
}

void TestDatabase::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    const QByteArray content("keep me: this is somebody's file\n");
    QVERIFY(writeFile(path, content));

    Result<std::unique_ptr<Register>> created = Register::create(path);
    QVERIFY(!created);
    QVERIFY2(created.errorText().contains(path), qPrintable(created.errorText()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestDatabase::createRefusesExistingRegister()
{
    TestRegister reg;
    const qint64 units = reg->org().count().value();
    QVERIFY(units > 0);
    const QString path = reg.path();
    reg.close();

    Result<std::unique_ptr<Register>> created = Register::create(path);
    QVERIFY(!created);
    QVERIFY(!created.errorText().isEmpty());

    reg.reopen();
    QCOMPARE(reg->org().count().value(), units);
}

void TestDatabase::openMissingFileFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.errorText().contains(path), qPrintable(opened.errorText()));
    // Opening never creates the file it did not find.
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestDatabase::openFolderFails()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Register>> opened = Register::open(dir.path());
    QVERIFY(!opened);
    QVERIFY2(opened.errorText().contains(dir.path()), qPrintable(opened.errorText()));
    QVERIFY(!Register::create(dir.path()));
}

void TestDatabase::serverLocationsThatCannotBeUsed()
{
    // Not a usable location: no host, no database; named in the message without any password.
    for (const char* location : {"postgresql://", "postgresql://office:secret@/daicho", "postgresql://db.example/"}) {
        Result<std::unique_ptr<Register>> opened = Register::open(QString::fromLatin1(location));
        QVERIFY(!opened);
        QVERIFY2(opened.errorText().contains(QStringLiteral("postgresql://user@host:port/database")),
                 qPrintable(opened.errorText()));
        QVERIFY2(!opened.errorText().contains(QStringLiteral("secret")), qPrintable(opened.errorText()));
    }
    // Nobody listens there: the reason, the location, and never the password.
    Result<std::unique_ptr<Register>> refused =
        Register::open(QStringLiteral("postgresql://office:secret@127.0.0.1:1/daicho?connect_timeout=2"));
    QVERIFY(!refused);
    QVERIFY2(refused.errorText().contains(QStringLiteral("127.0.0.1")), qPrintable(refused.errorText()));
    QVERIFY2(!refused.errorText().contains(QStringLiteral("secret")), qPrintable(refused.errorText()));
    // libpq's password parameter is a password too.
    refused =
        Register::open(QStringLiteral("postgresql://office@127.0.0.1:1/daicho?connect_timeout=2&password=secret"));
    QVERIFY(!refused);
    QVERIFY2(refused.errorText().contains(QStringLiteral("127.0.0.1")), qPrintable(refused.errorText()));
    QVERIFY2(!refused.errorText().contains(QStringLiteral("secret")), qPrintable(refused.errorText()));
}

void TestDatabase::openNotADatabase_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(char((i * 37 + 11) % 256));
    QTest::newRow("binary junk") << junk;
    QTest::newRow("a CSV ledger") << QByteArray(
        "資産ID,資産名称,分類\r\nA-0001,住民基本台帳システム サーバ,ア\r\nA-0002,税務システム,ア\r\n");
    QTest::newRow("a few bytes") << QByteArray("PK\x03\x04");
    QByteArray zeros(4096, '\0');
    QTest::newRow("zeros") << zeros;
}

void TestDatabase::openNotADatabase()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    QVERIFY(writeFile(path, bytes));
    const QByteArray before = fileHash(path);

    Result<std::unique_ptr<Register>> opened = Register::open(path);
    QVERIFY(!opened);
    QVERIFY(!opened.problems().isEmpty());
    QVERIFY2(opened.errorText().contains(path), qPrintable(opened.errorText()));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::openOrCreateDefaultKeepsJunk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    const QByteArray content("not a register at all, but not ours to overwrite either\n");
    QVERIFY(writeFile(path, content));
    QVERIFY(!Register::openOrCreateDefault(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestDatabase::isNewOnlyForCreatedFile()
{
    TestRegister reg(false);
    QVERIFY(reg->database().isNew());
    QCOMPARE(reg->database().path(), reg.path());
    reg.reopen();
    QVERIFY(!reg->database().isNew());
}

void TestDatabase::inMemoryDatabase()
{
    Result<std::unique_ptr<Database>> db = Database::open(QStringLiteral(":memory:"), Database::OpenMode::MustExist);
    QVERIFY2(db, qPrintable(db.errorText()));
    QVERIFY(!db.value()->isNew());
    QVERIFY(db.value()->schemaVersion() > 0);
    QCOMPARE(scalar(db.value()->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

// One Query run again with other values, as a search loop does: each run sees its own values
// (SQLite keeps the old binding of a statement stepped since its last reset unless it is reset).
void TestDatabase::aQueryRunAgainUsesItsNewValues()
{
    Result<std::unique_ptr<Database>> db = Database::open(QStringLiteral(":memory:"), Database::OpenMode::MustExist);
    QVERIFY(db);
    Query q(*db.value(), QStringLiteral("SELECT ? * 2"));
    for (int n : {1, 5, 21}) {
        q.bind(0, n);
        Result<bool> row = q.first();
        QVERIFY(row && row.value());
        QCOMPARE(q.value(0).toInt(), n * 2);
    }
    // Run to the end, then again with another value.
    Query all(*db.value(), QStringLiteral("SELECT value FROM json_each(?)"));
    all.bind(0, QStringLiteral("[1,2]"));
    QCOMPARE(all.ids().value(), (QList<qint64>{1, 2}));
    all.bind(0, QStringLiteral("[7]"));
    QCOMPARE(all.ids().value(), QList<qint64>{7});
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
