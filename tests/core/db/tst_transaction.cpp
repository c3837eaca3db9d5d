// Transactions: commit writes, anything else rolls back; a nested transaction joins the outer
// one, so only the outermost commit makes the work visible and an outer rollback discards it.

#include "CoreTestHelpers.h"
#include "TestBackend.h"
#include "TestRegister.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "repo/SettingsRepository.h"

#include <QSqlDatabase>
#include <QTest>

using namespace daicho;
using daicho::test::scalar;
using daicho::test::TestRegister;

namespace {

// A second connection to the same register: it sees only what has been committed.
class Observer {
public:
    explicit Observer(const QString& path)
        : m_name(QStringLiteral("observer-%1").arg(++s_counter))
    {
        daicho::test::TestBackend::connect(path, m_name);
    }
    ~Observer()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    // Whether the settings row `key` is visible to this connection.
    bool sees(const QString& key) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = :k"));
        q.bindValue(QStringLiteral(":k"), key);
        return q.exec() && q.next() && q.value(0).toInt() == 1;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

bool has(Database& db, const QString& key)
{
    Result<QString> v = SettingsRepository(db).value(key, QStringLiteral("<absent>"));
    return v && v.value() != QLatin1String("<absent>");
}

Status put(Database& db, const QString& key)
{
    return SettingsRepository(db).setValue(key, QStringLiteral("v"));
}

} // namespace

class TestTransaction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void commitWrites();
    void destructorRollsBack();
    void nestedCommitWaitsForOuter();
    void transactionAfterCommitIsItsOwn();
    void outerRollbackDiscardsInnerWork();
    void abandonedInnerFailsOuterCommit();
    void depthIsRestored();
};

void TestTransaction::commitWrites()
{
    TestRegister reg(false);
    Database& db = reg->database();
    Observer observer(reg.path());
    {
        Transaction tx(db);
        QVERIFY(tx.status());
        QVERIFY(put(db, QStringLiteral("k")));
        QVERIFY(has(db, QStringLiteral("k")));
        QVERIFY(!observer.sees(QStringLiteral("k")));
        QVERIFY(tx.commit());
    }
    QVERIFY(has(db, QStringLiteral("k")));
    QVERIFY(observer.sees(QStringLiteral("k")));
}

void TestTransaction::destructorRollsBack()
{
    TestRegister reg(false);
    Database& db = reg->database();
    {
        Transaction tx(db);
        QVERIFY(tx.status());
        QVERIFY(put(db, QStringLiteral("k")));
        QVERIFY(has(db, QStringLiteral("k")));
    }
    QVERIFY(!has(db, QStringLiteral("k")));
}

void TestTransaction::transactionAfterCommitIsItsOwn()
{
    // A committed transaction whose object is still in scope is over: the next one begun
    // there commits on its own, and what it left to do at commit is done (this once left the
    // audit head behind the sign-in the first administrator's creation was followed by).
    TestRegister reg(false);
    Database& db = reg->database();
    Observer observer(reg.path());
    Transaction first(db);
    QVERIFY(put(db, QStringLiteral("first")));
    QVERIFY(first.commit());
    {
        Transaction second(db);
        QVERIFY(put(db, QStringLiteral("second")));
        bool flushed = false;
        db.flushBeforeCommit(&flushed, [&flushed] {
            flushed = true;
            return success();
        });
        QVERIFY(second.commit());
        QVERIFY(flushed);
        QVERIFY(observer.sees(QStringLiteral("second")));
    }
    {
        Transaction abandoned(db);
        QVERIFY(put(db, QStringLiteral("abandoned")));
    }
    QVERIFY(!has(db, QStringLiteral("abandoned")));
    QVERIFY(observer.sees(QStringLiteral("first")));
}

void TestTransaction::nestedCommitWaitsForOuter()
{
    TestRegister reg(false);
    Database& db = reg->database();
    Observer observer(reg.path());
    {
        Transaction outer(db);
        QVERIFY(outer.status());
        {
            Transaction inner(db);
            QVERIFY(inner.status());
            QVERIFY(put(db, QStringLiteral("inner")));
            QVERIFY(inner.commit());
        }
        // The inner commit joined the outer transaction: nobody else sees the row yet.
        QVERIFY(has(db, QStringLiteral("inner")));
        QVERIFY(!observer.sees(QStringLiteral("inner")));
        QVERIFY(put(db, QStringLiteral("outer")));
        QVERIFY(outer.commit());
    }
    QVERIFY(observer.sees(QStringLiteral("inner")));
    QVERIFY(observer.sees(QStringLiteral("outer")));
}

void TestTransaction::outerRollbackDiscardsInnerWork()
{
    TestRegister reg(false);
    Database& db = reg->database();
    {
        Transaction outer(db);
        QVERIFY(put(db, QStringLiteral("before")));
        {
            Transaction inner(db);
            QVERIFY(put(db, QStringLiteral("inner")));
            QVERIFY(inner.commit());
        }
        {
            Transaction second(db);
            QVERIFY(put(db, QStringLiteral("second")));
            QVERIFY(second.commit());
        }
        // outer ends without commit
    }
    QVERIFY(!has(db, QStringLiteral("before")));
    QVERIFY(!has(db, QStringLiteral("inner")));
    QVERIFY(!has(db, QStringLiteral("second")));
}

void TestTransaction::abandonedInnerFailsOuterCommit()
{
    // An inner step that ended without committing (an early return on failure) must not be
    // saved half-done by an outer caller that carries on: the whole change rolls back.
    TestRegister reg(false);
    Database& db = reg->database();
    Observer observer(reg.path());
    {
        Transaction outer(db);
        QVERIFY(put(db, QStringLiteral("outer")));
        {
            Transaction inner(db);
            QVERIFY(put(db, QStringLiteral("half-done")));
            // no commit: the inner step failed
        }
        const Status committed = outer.commit();
        QVERIFY(!committed);
        QVERIFY(!committed.errorText().isEmpty());
    }
    QVERIFY(!has(db, QStringLiteral("outer")));
    QVERIFY(!has(db, QStringLiteral("half-done")));
    QVERIFY(!observer.sees(QStringLiteral("half-done")));

    // The next transaction starts clean.
    {
        Transaction tx(db);
        QVERIFY(put(db, QStringLiteral("later")));
        QVERIFY(tx.commit());
    }
    QVERIFY(observer.sees(QStringLiteral("later")));
}

void TestTransaction::depthIsRestored()
{
    // After nested transactions end, a new one is outermost again: its commit is real and its
    // rollback really discards.
    TestRegister reg(false);
    Database& db = reg->database();
    Observer observer(reg.path());
    {
        Transaction a(db);
        {
            Transaction b(db);
            {
                Transaction c(db);
                QVERIFY(c.commit());
            }
            QVERIFY(b.commit());
        }
        QVERIFY(a.commit());
    }
    {
        Transaction tx(db);
        QVERIFY(put(db, QStringLiteral("committed")));
        QVERIFY(tx.commit());
    }
    QVERIFY(observer.sees(QStringLiteral("committed")));
    {
        Transaction tx(db);
        QVERIFY(put(db, QStringLiteral("rolled back")));
    }
    QVERIFY(!has(db, QStringLiteral("rolled back")));
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
