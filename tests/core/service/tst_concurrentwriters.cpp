// Several writers on one register, each with a connection of its own (two desks, or two
// departments on the shared server): a save over a stale version is refused and nothing is
// lost, writers take turns, and the audit trail stays one chain that verifies.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "audit/AuditVerifier.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace daicho;
using daicho::test::auditCount;
using daicho::test::TestRegister;

namespace {

std::unique_ptr<Register> openSecond(TestRegister& reg)
{
    Result<std::unique_ptr<Register>> opened = Register::open(reg.path(), reg.clock());
    if (!opened)
        qFatal("cannot open the register a second time: %s", qPrintable(opened.errorText()));
    opened.value()->setActor(QStringLiteral("second desk"));
    return opened.take();
}

// One writer in a thread of its own, with its own connection: creates `count` assets and
// renames the shared asset each time, reloading and trying again when someone saved first.
class Writer : public QThread {
public:
    Writer(QString location, const Clock& clock, QString prefix, Asset model, qint64 shared, int count)
        : m_location(std::move(location))
        , m_clock(clock)
        , m_prefix(std::move(prefix))
        , m_model(std::move(model))
        , m_shared(shared)
        , m_count(count)
    {
    }

    QString failure;
    int refusedSaves = 0;

protected:
    void run() override
    {
        Result<std::unique_ptr<Register>> opened = Register::open(m_location, m_clock);
        if (!opened) {
            failure = opened.errorText();
            return;
        }
        Register& reg = *opened.value();
        reg.setActor(m_prefix);
        for (int i = 0; i < m_count && failure.isEmpty(); ++i) {
            Asset a = m_model;
            a.code = QStringLiteral("%1-%2").arg(m_prefix).arg(i, 4, 10, QLatin1Char('0'));
            if (Result<qint64> id = reg.assets().create(a); !id)
                failure = id.errorText();
            for (int attempt = 0; failure.isEmpty(); ++attempt) {
                Asset shared = *reg.assets().find(m_shared).value();
                shared.notes = QStringLiteral("%1 %2").arg(m_prefix).arg(i);
                if (reg.assets().update(shared))
                    break;
                ++refusedSaves;
                if (attempt > 100)
                    failure = QStringLiteral("the shared asset could never be saved");
            }
        }
    }

private:
    QString m_location;
    const Clock& m_clock;
    QString m_prefix;
    Asset m_model;
    qint64 m_shared;
    int m_count;
};

} // namespace

class TestConcurrentWriters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSaveOverAStaleVersionIsRefusedAndNothingIsLost()
    {
        TestRegister reg;
        const qint64 id = reg->assets().create(reg.validAsset()).value();
        std::unique_ptr<Register> second = openSecond(reg);

        Asset mine = *reg->assets().find(id).value();
        Asset theirs = *second->assets().find(id).value();
        mine.location = QStringLiteral("本庁舎2階 サーバ室");
        theirs.notes = QStringLiteral("保守契約を更新");
        const qint64 events = auditCount(reg.get());

        QVERIFY(second->assets().update(theirs));
        const Status refused = reg->assets().update(mine);
        QVERIFY(!refused);
        QVERIFY2(refused.errorText().contains(mine.code), qPrintable(refused.errorText()));

        // Their change stands whole; mine wrote nothing, not even an audit event.
        const Asset stored = *reg->assets().find(id).value();
        QCOMPARE(stored.notes, theirs.notes);
        QVERIFY(stored.location != mine.location);
        QCOMPARE(stored.version, 2);
        QCOMPARE(auditCount(reg.get()), events + 1);

        // Reloaded, the change goes through on top of theirs.
        Asset again = stored;
        again.location = mine.location;
        QVERIFY(reg->assets().update(again));
        const Asset both = *second->assets().find(id).value();
        QCOMPARE(both.notes, theirs.notes);
        QCOMPARE(both.location, mine.location);
        QVERIFY2(reg.auditFinding().isEmpty(), qPrintable(reg.auditFinding()));
    }

    void writersTakeTurnsAndKeepOneChain()
    {
        TestRegister reg;
        const Asset model = reg.validAsset(QStringLiteral("SHARED-1"));
        const qint64 shared = reg->assets().create(model).value();
        const qint64 eventsBefore = auditCount(reg.get());
        constexpr int kEach = 25;

        std::vector<std::unique_ptr<Writer>> writers;
        for (const char* prefix : {"A", "B", "C"})
            writers.push_back(
                std::make_unique<Writer>(reg.path(), reg.clock(), QLatin1String(prefix), model, shared, kEach));
        for (auto& w : writers)
            w->start();
        for (auto& w : writers)
            QVERIFY(w->wait(120000));
        for (auto& w : writers)
            QVERIFY2(w->failure.isEmpty(), qPrintable(w->failure));

        // Every create and every accepted save is there once, each with its event, in one chain.
        const int writes = static_cast<int>(writers.size()) * kEach;
        QCOMPARE(reg->assets().count().value(), qint64(writes + 1));
        const Asset stored = *reg->assets().find(shared).value();
        QCOMPARE(stored.version, 1 + writes);
        QCOMPARE(auditCount(reg.get()), eventsBefore + 2 * writes);
        QVERIFY2(reg.auditFinding().isEmpty(), qPrintable(reg.auditFinding()));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
