#include "TestRegister.h"
#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "db/Savepoint.h"
#include "db/Transaction.h"

#include <QJsonDocument>
#include <QTest>

using namespace daicho;

class TestAuditLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eventsChainFromGenesis()
    {
        test::TestRegister reg(false);
        // A new register's trail starts with the seeded threat catalogue (migration 6), whose
        // first event follows the genesis hash.
        const qint64 seeded = reg->audit().count().value();
        QVERIFY(seeded > 0);
        QList<AuditEvent> trail;
        QVERIFY(reg->audit().forEach([&trail](const AuditEvent& e) {
            trail << e;
            return true;
        }));
        QCOMPARE(trail.size(), seeded);
        QCOMPARE(trail.first().prevHash, AuditEvent::genesisHash());
        QCOMPARE(trail.first().entity, QStringLiteral("threat"));
        const AuditLog::Head start = reg->audit().head().value();
        QCOMPARE(start.lastHash, trail.last().hash);

        OrgUnit body;
        body.kind = UnitKind::Body;
        body.name = QStringLiteral("市長（市長部局）");
        const qint64 id = reg->org().createUnit(body).value();
        reg.clock().advanceSeconds(60);
        body.id = id;
        body.nameEn = QStringLiteral("Mayor's office");
        QVERIFY(reg->org().updateUnit(body));

        const QList<AuditEvent> events = reg->audit().history(QStringLiteral("org_unit"), id).value();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].prevHash, start.lastHash);
        QCOMPARE(events[1].prevHash, events[0].hash);
        QCOMPARE(events[0].action, QStringLiteral("create"));
        QCOMPARE(events[1].action, QStringLiteral("update"));
        QCOMPARE(events[0].actor, QStringLiteral("tester"));
        QVERIFY(events[0].beforeJson.isEmpty());
        QCOMPARE(events[1].at, reg.clock().nowUtc());

        // before/after carry the states on both sides of the change.
        const QJsonObject before = QJsonDocument::fromJson(events[1].beforeJson.toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(events[1].afterJson.toUtf8()).object();
        QVERIFY(before.value(QStringLiteral("name_en")).isNull());
        QCOMPARE(after.value(QStringLiteral("name_en")).toString(), QStringLiteral("Mayor's office"));

        const AuditLog::Head head = reg->audit().head().value();
        QCOMPARE(head.lastId, events[1].id);
        QCOMPARE(head.lastHash, events[1].hash);
        QCOMPARE(head.eventCount, seeded + 2);
    }

    void hashCoversEveryField()
    {
        AuditEvent e;
        e.id = 7;
        e.at = QDateTime(QDate(2026, 4, 1), QTime(8, 30), Qt::UTC);
        e.actor = QStringLiteral("a");
        e.entity = QStringLiteral("asset");
        e.entityId = 1;
        e.action = QStringLiteral("update");
        e.beforeJson = QStringLiteral("{}");
        e.afterJson = QStringLiteral("{\"x\":1}");
        e.prevHash = AuditEvent::genesisHash();
        const QString original = e.computeHash();
        QCOMPARE(original.size(), 64);

        const QList<std::function<void(AuditEvent&)>> changes{
            [](AuditEvent& x) { x.id = 8; },
            [](AuditEvent& x) { x.at = x.at.addMSecs(1); },
            [](AuditEvent& x) { x.actor = QStringLiteral("b"); },
            [](AuditEvent& x) { x.entity = QStringLiteral("person"); },
            [](AuditEvent& x) { x.entityId = 2; },
            [](AuditEvent& x) { x.action = QStringLiteral("create"); },
            [](AuditEvent& x) { x.beforeJson = QStringLiteral("{ }"); },
            [](AuditEvent& x) { x.afterJson = QStringLiteral("{\"x\":2}"); },
            [](AuditEvent& x) { x.prevHash = QString(64, QLatin1Char('1')); },
            [](AuditEvent& x) { x.afterDigest = QStringLiteral("b2b256:ab"); },
            // Moving text from one field to the next must not give the same content.
            [](AuditEvent& x) {
                x.actor = QStringLiteral("aasset");
                x.entity.clear();
            },
        };
        for (const auto& change : changes) {
            AuditEvent changed = e;
            change(changed);
            QVERIFY(changed.computeHash() != original);
        }
    }

    void rolledBackEventsDoNotBreakTheChain()
    {
        // The log remembers its head inside a transaction; a rollback must not leave it
        // pointing at events that were never kept.
        test::TestRegister reg;
        const AuditLog::Head before = reg->audit().head().value();
        {
            Transaction tx(reg->database());
            QVERIFY(tx.status());
            QVERIFY(reg->people().createPerson(Person{0, QStringLiteral("消える　人"), {}, {}, {}, 0, false, true}));
            QVERIFY(reg->people().createPerson(Person{0, QStringLiteral("消える　人2"), {}, {}, {}, 0, false, true}));
        } // rolled back
        QCOMPARE(reg->audit().head().value().lastHash, before.lastHash);
        QVERIFY(reg->people().createPerson(Person{0, QStringLiteral("残る　人"), {}, {}, {}, 0, false, true}));
        const AuditLog::Head after = reg->audit().head().value();
        QCOMPARE(after.eventCount, before.eventCount + 1);
        const AuditReport report = AuditVerifier(reg->database()).verify().value();
        QVERIFY2(report.clean(), qPrintable(report.findings.value(0).message));
    }

    void headIsWrittenOnceAtCommitAndSurvivesSavepoints()
    {
        // Inside a transaction the head row waits for the commit; a savepoint must see it
        // written first, or rolling back to the savepoint would leave the chain's head behind.
        test::TestRegister reg;
        const AuditLog::Head before = reg->audit().head().value();
        const auto person = [](const char* name) {
            return Person{0, QString::fromUtf8(name), {}, {}, {}, 0, false, true};
        };
        {
            Transaction tx(reg->database());
            QVERIFY(tx.status());
            QVERIFY(reg->people().createPerson(person("一人目")));
            QCOMPARE(reg->audit().head().value().eventCount, before.eventCount + 1);
            {
                Savepoint sp(reg->database());
                QVERIFY(sp.status());
                QVERIFY(reg->people().createPerson(person("取り消される人")));
                QVERIFY(sp.rollback());
            }
            QCOMPARE(reg->audit().head().value().eventCount, before.eventCount + 1);
            QVERIFY(reg->people().createPerson(person("二人目")));
            QVERIFY(tx.commit());
        }
        const AuditLog::Head after = reg->audit().head().value();
        QCOMPARE(after.eventCount, before.eventCount + 2);
        QCOMPARE(reg->audit().count().value(), after.eventCount);
        const AuditReport report = AuditVerifier(reg->database()).verify().value();
        QVERIFY2(report.clean(), qPrintable(report.findings.value(0).message));
    }

    void failedChangeLeavesNoEvent()
    {
        test::TestRegister reg;
        const qint64 before = reg->audit().count().value();
        OrgUnit orphan;
        orphan.kind = UnitKind::Section;
        orphan.name = QStringLiteral("どこにも属さない課");
        QVERIFY(!reg->org().createUnit(orphan));
        QCOMPARE(reg->audit().count().value(), before);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
