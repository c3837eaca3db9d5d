#include "TestBackend.h"
#include "TestRegister.h"
#include "audit/AuditVerifier.h"
#include "service/RegisterLookup.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace daicho;

// Every way of tampering with a register behind the application's back must be reported.
class TestAuditVerifier : public QObject {
    Q_OBJECT

private:
    // Runs SQL on the closed register file the way someone with the sqlite3 shell would.
    static void tamper(test::TestRegister& reg, const QString& sql)
    {
        reg.close();
        {
            QSqlDatabase db = test::TestBackend::connect(reg.path(), QStringLiteral("tamper"));
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        reg.reopen();
    }

    static AuditReport verify(test::TestRegister& reg)
    {
        Result<AuditReport> report = AuditVerifier(reg->database()).verify();
        if (!report)
            qFatal("verify failed: %s", qPrintable(report.errorText()));
        return report.value();
    }

    static QList<AuditFinding::Kind> kinds(const AuditReport& report)
    {
        QList<AuditFinding::Kind> list;
        for (const AuditFinding& f : report.findings)
            list << f.kind;
        return list;
    }

    // A register with a few assets, one of them updated and one disposed.
    static void populate(test::TestRegister& reg)
    {
        Asset first = reg.validAsset(QStringLiteral("A-0001"));
        Result<qint64> id = reg->assets().create(first);
        QVERIFY2(id, qPrintable(id.errorText()));
        Asset second = first;
        second.code = QStringLiteral("A-0002");
        second.name = QStringLiteral("税務システム データベース");
        second.category = AssetCategory::Information;
        QVERIFY(reg->assets().create(second));
        Asset changed = reg->assets().find(id.value()).value().value();
        changed.notes = QStringLiteral("更新済み");
        QVERIFY(reg->assets().update(changed));
    }

private Q_SLOTS:
    void recordsListedOutOfIdOrderStillVerify()
    {
        // Units are listed in display order; a unit added later that sorts first must not
        // look like every other unit went missing.
        test::TestRegister reg; // the Noshiro template
        OrgUnit unit;
        unit.kind = UnitKind::Body;
        unit.name = QStringLiteral("新しい機関");
        unit.sortOrder = -1;
        QVERIFY(reg->org().createUnit(unit));
        QCOMPARE(reg->org().units().value().first().name, QStringLiteral("新しい機関"));
        const AuditReport report = AuditVerifier(reg->database()).verify().value();
        QVERIFY2(report.clean(), qPrintable(report.findings.value(0).message));
    }

    void cleanRegisterVerifies()
    {
        test::TestRegister reg;
        populate(reg);
        const AuditReport report = verify(reg);
        QVERIFY2(report.clean(), qPrintable(report.findings.value(0).message));
        QVERIFY(report.eventsChecked > 60); // template units, settings, people, assets
        QVERIFY(report.recordsChecked >= 58 + 2);
    }

    void editedAssetRowIsNamed()
    {
        test::TestRegister reg;
        populate(reg);
        tamper(reg, QStringLiteral("UPDATE assets SET name = 'x' WHERE code = 'A-0002'"));
        const AuditReport report = verify(reg);
        QCOMPARE(kinds(report), QList<AuditFinding::Kind>{AuditFinding::Kind::RowAltered});
        QCOMPARE(report.findings.first().recordLabel, QStringLiteral("A-0002"));
        QVERIFY(report.findings.first().message.contains(QStringLiteral("A-0002")));
        QVERIFY(report.findings.first().message.contains(QStringLiteral("name")));
    }

    void editedOrgUnitIsFound()
    {
        test::TestRegister reg;
        tamper(reg, QStringLiteral("UPDATE org_units SET name = '架空課' WHERE id = 3"));
        const AuditReport report = verify(reg);
        QCOMPARE(kinds(report), QList<AuditFinding::Kind>{AuditFinding::Kind::RowAltered});
        QCOMPARE(report.findings.first().entity, QStringLiteral("org_unit"));
        QCOMPARE(report.findings.first().entityId, 3);
    }

    void insertedAssetRowIsFound()
    {
        test::TestRegister reg;
        populate(reg);
        tamper(reg, QStringLiteral("INSERT INTO assets (code, name, category, section_id, segment, scheme, provision,"
                                   " status, created_at, updated_at) SELECT 'X-1', 'ghost', category, section_id,"
                                   " segment, scheme, provision, status, created_at, updated_at FROM assets LIMIT 1"));
        const AuditReport report = verify(reg);
        QCOMPARE(kinds(report), QList<AuditFinding::Kind>{AuditFinding::Kind::RowUnrecorded});
        QCOMPARE(report.findings.first().recordLabel, QStringLiteral("X-1"));
    }

    void deletedAssetRowIsFound()
    {
        test::TestRegister reg;
        populate(reg);
        tamper(reg, QStringLiteral("DELETE FROM assets WHERE code = 'A-0001'"));
        const AuditReport report = verify(reg);
        QCOMPARE(kinds(report), QList<AuditFinding::Kind>{AuditFinding::Kind::RowRemoved});
        QCOMPARE(report.findings.first().recordLabel, QStringLiteral("A-0001"));
    }

    void compactRecordsProveImportedRows()
    {
        // Bulk imports record a digest of each new asset instead of its JSON; tampering is
        // found all the same.
        test::TestRegister reg;
        RegisterLookup lookup(reg->database());
        Asset imported = reg.validAsset(QStringLiteral("IMP-1"));
        Result<qint64> id = reg->assets().create(imported, lookup, AuditDetail::Digest);
        QVERIFY2(id, qPrintable(id.errorText()));
        const AuditEvent event = reg->audit().history(QStringLiteral("asset"), id.value()).value().constLast();
        QVERIFY(event.afterJson.isEmpty());
        QVERIFY(event.afterDigest.startsWith(QStringLiteral("b2b256:")));
        QVERIFY(verify(reg).clean());

        tamper(reg, QStringLiteral("UPDATE assets SET confidentiality = '1' WHERE code = 'IMP-1'"));
        AuditReport report = verify(reg);
        QCOMPARE(kinds(report), QList<AuditFinding::Kind>{AuditFinding::Kind::RowAltered});
        QCOMPARE(report.findings.first().recordLabel, QStringLiteral("IMP-1"));

        tamper(reg, QStringLiteral("DELETE FROM assets WHERE code = 'IMP-1'"));
        report = verify(reg);
        QCOMPARE(kinds(report), QList<AuditFinding::Kind>{AuditFinding::Kind::RowRemoved});
        QCOMPARE(report.findings.first().entityId, id.value());

        // Editing the digest itself breaks the chain.
        tamper(reg,
               QStringLiteral("UPDATE audit_events SET after_digest = 'b2b256:00' WHERE after_digest IS NOT NULL"));
        QVERIFY(kinds(verify(reg)).contains(AuditFinding::Kind::EventAltered));
    }

    void editedEventIsFound()
    {
        test::TestRegister reg;
        populate(reg);
        tamper(reg, QStringLiteral("UPDATE audit_events SET actor = 'someone else' WHERE id = 5"));
        const AuditReport report = verify(reg);
        QCOMPARE(kinds(report), QList<AuditFinding::Kind>{AuditFinding::Kind::EventAltered});
        QCOMPARE(report.findings.first().eventId, 5);
    }

    void rehashedEventStillBreaksTheChain()
    {
        // Someone who edits an event and recomputes its hash still breaks the link to the next one.
        test::TestRegister reg;
        populate(reg);
        reg.close();
        {
            QSqlDatabase db = test::TestBackend::connect(reg.path(), QStringLiteral("tamper"));
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor, entity, entity_id, action, before_json, after_json,"
                                          " prev_hash FROM audit_events WHERE id = 5")));
            QVERIFY(q.next());
            AuditEvent e;
            e.id = q.value(0).toLongLong();
            e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            e.at.setTimeSpec(Qt::UTC);
            e.actor = QStringLiteral("someone else");
            e.entity = q.value(3).toString();
            e.entityId = q.value(4).toLongLong();
            e.action = q.value(5).toString();
            e.beforeJson = q.value(6).toString();
            e.afterJson = q.value(7).toString();
            e.prevHash = q.value(8).toString();
            q.finish();
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE audit_events SET actor = :actor, hash = :hash WHERE id = 5"));
            update.bindValue(QStringLiteral(":actor"), e.actor);
            update.bindValue(QStringLiteral(":hash"), e.computeHash());
            QVERIFY(update.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        reg.reopen();
        const AuditReport report = verify(reg);
        QCOMPARE(kinds(report), QList<AuditFinding::Kind>{AuditFinding::Kind::ChainBroken});
        QCOMPARE(report.findings.first().eventId, 6);
    }

    void deletedEventIsFound()
    {
        test::TestRegister reg;
        populate(reg);
        tamper(reg, QStringLiteral("DELETE FROM audit_events WHERE id = 10"));
        const AuditReport report = verify(reg);
        QVERIFY(kinds(report).contains(AuditFinding::Kind::ChainBroken));
        QVERIFY(kinds(report).contains(AuditFinding::Kind::HeadMismatch));
    }

    void deletedNewestEventIsFound()
    {
        test::TestRegister reg;
        populate(reg);
        tamper(reg, QStringLiteral("DELETE FROM audit_events WHERE id = (SELECT MAX(id) FROM audit_events)"));
        const AuditReport report = verify(reg);
        // The chain itself is still consistent; the recorded head and the asset's state are not.
        QVERIFY(kinds(report).contains(AuditFinding::Kind::HeadMismatch));
        QVERIFY(kinds(report).contains(AuditFinding::Kind::RowAltered));
        QVERIFY(!kinds(report).contains(AuditFinding::Kind::ChainBroken));
    }

    void reorderedEventsAreFound()
    {
        test::TestRegister reg;
        populate(reg);
        // Swap events 3 and 4 through a free id.
        tamper(reg, QStringLiteral("UPDATE audit_events SET id = -1 WHERE id = 3"));
        tamper(reg, QStringLiteral("UPDATE audit_events SET id = 3 WHERE id = 4"));
        tamper(reg, QStringLiteral("UPDATE audit_events SET id = 4 WHERE id = -1"));
        const AuditReport report = verify(reg);
        QVERIFY(kinds(report).contains(AuditFinding::Kind::EventAltered));
        QVERIFY(kinds(report).contains(AuditFinding::Kind::ChainBroken));
        QVERIFY(!kinds(report).contains(AuditFinding::Kind::HeadMismatch));
    }
};

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "tst_auditverifier.moc"
