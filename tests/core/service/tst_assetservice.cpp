// AssetService: creation with defaults and audit, optimistic versioning, disposal and the
// read-only state after it, and all-or-nothing bulk creation with 1-based row numbers.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "audit/AuditVerifier.h"
#include "service/AssetService.h"

#include <QTest>

using namespace daicho;
using daicho::test::auditCount;
using daicho::test::fieldsOf;
using daicho::test::lastAuditEvent;
using daicho::test::rowsOf;
using daicho::test::TestRegister;

class TestAssetService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createAuditsOnce();
    void createFillsDefaultScheme();
    void createUsesRegisterScheme();
    void createRefusesInvalidAndWritesNothing();
    void createIgnoresCallerBookkeeping();
    void updateBumpsVersion();
    void staleVersionIsRefused();
    void updateValidates();
    void updateOfMissingAsset();
    void dispose();
    void disposeRequires_data();
    void disposeRequires();
    void disposedAssetIsReadOnly();
    void createManyWritesAll();
    void createManyIsAllOrNothing();
    void createManyFindsDuplicatesInsideTheBatch();
    void createManyEmpty();
    void checkReportsWithoutWriting();
    void reinstateTakesBackADisposal();
    void removeTakesBackACreation();
    void removeKeepsDisposedAssets();
    void restoreBringsBackTheSameId();
    void updateManyIsAllOrNothing();

private:
    AssetService& assets() { return m_reg->get().assets(); }
    Asset fetch(qint64 id) { return *assets().find(id).value(); }
    std::unique_ptr<TestRegister> m_reg;
    Asset m_valid;
};

void TestAssetService::init()
{
    m_reg = std::make_unique<TestRegister>();
    m_valid = m_reg->validAsset(QStringLiteral("A-0001"));
}

void TestAssetService::cleanup()
{
    m_reg.reset();
}

void TestAssetService::createAuditsOnce()
{
    const qint64 before = auditCount(m_reg->get());
    Result<qint64> id = assets().create(m_valid);
    QVERIFY2(id, qPrintable(id.errorText()));
    QCOMPARE(auditCount(m_reg->get()), before + 1);
    const daicho::test::LastEvent e = lastAuditEvent(m_reg->get());
    QCOMPARE(e.actor, QStringLiteral("tester"));
    QCOMPARE(e.entity, QStringLiteral("asset"));
    QCOMPARE(e.entityId, id.value());
    QCOMPARE(e.action, QStringLiteral("create"));
    QVERIFY(e.beforeJson.isEmpty());
    QVERIFY2(e.afterJson.contains(QStringLiteral("A-0001")), qPrintable(e.afterJson));
    QCOMPARE(assets().count().value(), 1);
}

void TestAssetService::createFillsDefaultScheme()
{
    m_valid.scheme.clear();
    Result<qint64> id = assets().create(m_valid);
    QVERIFY2(id, qPrintable(id.errorText()));
    QCOMPARE(fetch(id.value()).scheme, QStringLiteral("classic"));
}

void TestAssetService::createUsesRegisterScheme()
{
    QVERIFY(m_reg->get().setSetting(QStringLiteral("classification_scheme"), QStringLiteral("guideline2024")));
    m_valid.scheme.clear();
    // C 3 is not a level of the 2024 scheme: the register's scheme is the one validated against.
    Result<qint64> refused = assets().create(m_valid);
    QVERIFY(!refused);
    QCOMPARE(fieldsOf(refused.problems()), QStringList{QStringLiteral("confidentiality")});
    m_valid.confidentiality = QStringLiteral("3A");
    Result<qint64> id = assets().create(m_valid);
    QVERIFY2(id, qPrintable(id.errorText()));
    QCOMPARE(fetch(id.value()).scheme, QStringLiteral("guideline2024"));
    // An explicit scheme wins over the register's default.
    Asset classic = m_valid;
    classic.code = QStringLiteral("A-0002");
    classic.scheme = QStringLiteral("classic");
    classic.confidentiality = QStringLiteral("2");
    QVERIFY(assets().create(classic));
}

void TestAssetService::createRefusesInvalidAndWritesNothing()
{
    const qint64 before = auditCount(m_reg->get());
    Asset bad = m_valid;
    bad.code = QStringLiteral("A 0001");
    bad.segment.reset();
    Result<qint64> id = assets().create(bad);
    QVERIFY(!id);
    QCOMPARE(fieldsOf(id.problems()), (QStringList{QStringLiteral("code"), QStringLiteral("segment")}));
    QCOMPARE(rowsOf(id.problems()), (QList<int>{-1, -1}));
    QCOMPARE(assets().count().value(), 0);
    QCOMPARE(auditCount(m_reg->get()), before);

    QVERIFY(assets().create(m_valid));
    Result<qint64> duplicate = assets().create(m_valid);
    QVERIFY(!duplicate);
    QCOMPARE(fieldsOf(duplicate.problems()), QStringList{QStringLiteral("code")});
    QCOMPARE(assets().count().value(), 1);
}

void TestAssetService::createIgnoresCallerBookkeeping()
{
    // id, version and timestamps are the service's to set, whatever the caller passes.
    Asset a = m_valid;
    a.id = 777;
    a.version = 9;
    a.createdAt = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
    Result<qint64> id = assets().create(a);
    QVERIFY(id);
    const Asset back = fetch(id.value());
    QCOMPARE(back.version, 1);
    QCOMPARE(back.createdAt, m_reg->clock().nowUtc());
    QCOMPARE(back.updatedAt, m_reg->clock().nowUtc());
}

void TestAssetService::updateBumpsVersion()
{
    const qint64 id = assets().create(m_valid).value();
    const QDateTime created = m_reg->clock().nowUtc();
    m_reg->clock().advanceSeconds(3600);
    const qint64 before = auditCount(m_reg->get());

    Asset loaded = fetch(id);
    QCOMPARE(loaded.version, 1);
    loaded.name = QStringLiteral("住民基本台帳システム サーバ（更新後）");
    loaded.availability = QStringLiteral("1");
    Status updated = assets().update(loaded);
    QVERIFY2(updated, qPrintable(updated.errorText()));

    const Asset back = fetch(id);
    QCOMPARE(back.version, 2);
    QCOMPARE(back.name, loaded.name);
    QCOMPARE(back.availability, QStringLiteral("1"));
    QCOMPARE(back.createdAt, created);
    QCOMPARE(back.updatedAt, created.addSecs(3600));
    QCOMPARE(auditCount(m_reg->get()), before + 1);
    const daicho::test::LastEvent e = lastAuditEvent(m_reg->get());
    QCOMPARE(e.action, QStringLiteral("update"));
    QCOMPARE(e.actor, QStringLiteral("tester"));
    QCOMPARE(e.entityId, id);
    QVERIFY2(e.beforeJson.contains(m_valid.name), qPrintable(e.beforeJson));
    QVERIFY2(e.afterJson.contains(loaded.name), qPrintable(e.afterJson));

    // The next change starts from version 2.
    Asset again = fetch(id);
    again.notes = QStringLiteral("棚卸し済");
    QVERIFY(assets().update(again));
    QCOMPARE(fetch(id).version, 3);
}

void TestAssetService::staleVersionIsRefused()
{
    const qint64 id = assets().create(m_valid).value();
    Asset mine = fetch(id);
    Asset theirs = fetch(id);
    theirs.name = QStringLiteral("先に保存された名称");
    QVERIFY(assets().update(theirs));
    const qint64 before = auditCount(m_reg->get());

    mine.name = QStringLiteral("後から保存しようとした名称");
    Status stale = assets().update(mine);
    QVERIFY(!stale);
    QVERIFY2(stale.errorText().contains(m_valid.code), qPrintable(stale.errorText()));
    const Asset back = fetch(id);
    QCOMPARE(back.name, theirs.name);
    QCOMPARE(back.version, 2);
    QCOMPARE(auditCount(m_reg->get()), before);

    // A version from the future is just as wrong.
    Asset future = fetch(id);
    future.version = 99;
    QVERIFY(!assets().update(future));
}

void TestAssetService::updateValidates()
{
    const qint64 id = assets().create(m_valid).value();
    Asset other = m_valid;
    other.code = QStringLiteral("A-0002");
    QVERIFY(assets().create(other));
    const qint64 before = auditCount(m_reg->get());

    Asset a = fetch(id);
    a.code = QStringLiteral("A-0002"); // taken by the other asset
    a.confidentiality = QStringLiteral("5");
    Status s = assets().update(a);
    QVERIFY(!s);
    QCOMPARE(fieldsOf(s.problems()), (QStringList{QStringLiteral("code"), QStringLiteral("confidentiality")}));
    QCOMPARE(fetch(id).code, QStringLiteral("A-0001"));
    QCOMPARE(fetch(id).version, 1);
    QCOMPARE(auditCount(m_reg->get()), before);
}

void TestAssetService::updateOfMissingAsset()
{
    Asset a = m_valid;
    a.id = 4242;
    a.version = 1;
    QVERIFY(!assets().update(a));
    QVERIFY(!assets().dispose(4242, QDate(2026, 1, 1), QStringLiteral("溶解"), m_valid.managerId));
}

void TestAssetService::dispose()
{
    const qint64 id = assets().create(m_valid).value();
    const qint64 before = auditCount(m_reg->get());
    const QDate today = m_reg->clock().nowUtc().date();
    Status s = assets().dispose(id, today, QStringLiteral("物理破壊"), m_valid.managerId);
    QVERIFY2(s, qPrintable(s.errorText()));
    const Asset back = fetch(id);
    QCOMPARE(back.status, AssetStatus::Disposed);
    QCOMPARE(back.disposedOn, today);
    QCOMPARE(back.disposalMethod, QStringLiteral("物理破壊"));
    QCOMPARE(back.disposalConfirmedBy, m_valid.managerId);
    QCOMPARE(back.version, 2);
    QCOMPARE(auditCount(m_reg->get()), before + 1);
    const daicho::test::LastEvent e = lastAuditEvent(m_reg->get());
    QCOMPARE(e.action, QStringLiteral("dispose"));
    QCOMPARE(e.actor, QStringLiteral("tester"));
    QCOMPARE(e.entityId, id);
    // Disposed assets stay in the register.
    QCOMPARE(assets().count().value(), 1);
}

void TestAssetService::disposeRequires_data()
{
    QTest::addColumn<int>("dayOffset"); // from today; 9999: no date
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("confirmer"); // 0 none, 1 the manager, 2 nobody known
    QTest::addColumn<QString>("field");
    QTest::newRow("no date") << 9999 << "物理破壊" << 1 << "disposed_on";
    QTest::newRow("tomorrow") << 1 << "物理破壊" << 1 << "disposed_on";
    QTest::newRow("no method") << 0 << "" << 1 << "disposal_method";
    QTest::newRow("blank method") << 0 << "\u3000" << 1 << "disposal_method";
    QTest::newRow("no confirmer") << 0 << "物理破壊" << 0 << "disposal_confirmed_by";
    QTest::newRow("unknown confirmer") << 0 << "物理破壊" << 2 << "disposal_confirmed_by";
}

void TestAssetService::disposeRequires()
{
    QFETCH(int, dayOffset);
    QFETCH(QString, method);
    QFETCH(int, confirmer);
    QFETCH(QString, field);
    const qint64 id = assets().create(m_valid).value();
    const qint64 before = auditCount(m_reg->get());
    const QDate today = m_reg->clock().nowUtc().date();
    const QDate on = dayOffset == 9999 ? QDate() : today.addDays(dayOffset);
    const qint64 who = confirmer == 0 ? 0 : confirmer == 1 ? m_valid.managerId : 987654;

    Status s = assets().dispose(id, on, method, who);
    QVERIFY(!s);
    QCOMPARE(fieldsOf(s.problems()), QStringList{field});
    const Asset back = fetch(id);
    QCOMPARE(back.status, AssetStatus::Active);
    QCOMPARE(back.version, 1);
    QCOMPARE(auditCount(m_reg->get()), before);
}

void TestAssetService::disposedAssetIsReadOnly()
{
    const qint64 id = assets().create(m_valid).value();
    QVERIFY(assets().dispose(id, QDate(2026, 11, 1), QStringLiteral("溶解"), m_valid.managerId));
    const qint64 before = auditCount(m_reg->get());

    Asset a = fetch(id);
    a.notes = QStringLiteral("廃棄後の変更");
    Status edited = assets().update(a);
    QVERIFY(!edited);
    QVERIFY2(edited.errorText().contains(m_valid.code), qPrintable(edited.errorText()));

    Asset revived = fetch(id);
    revived.status = AssetStatus::Active;
    revived.disposedOn = QDate();
    revived.disposalMethod.clear();
    revived.disposalConfirmedBy = 0;
    QVERIFY(!assets().update(revived));
    QVERIFY(!assets().dispose(id, QDate(2026, 11, 2), QStringLiteral("再廃棄"), m_valid.managerId));

    const Asset back = fetch(id);
    QCOMPARE(back.status, AssetStatus::Disposed);
    QCOMPARE(back.notes, QString());
    QCOMPARE(back.disposedOn, QDate(2026, 11, 1));
    QCOMPARE(back.version, 2);
    QCOMPARE(auditCount(m_reg->get()), before);
}

void TestAssetService::createManyWritesAll()
{
    const qint64 before = auditCount(m_reg->get());
    QList<Asset> batch;
    for (int i = 1; i <= 5; ++i) {
        Asset a = m_valid;
        a.code = QStringLiteral("B-%1").arg(i);
        batch << a;
    }
    Result<QList<qint64>> ids = assets().createMany(batch);
    QVERIFY2(ids, qPrintable(ids.errorText()));
    QCOMPARE(ids.value().size(), 5);
    QCOMPARE(assets().count().value(), 5);
    QCOMPARE(auditCount(m_reg->get()), before + 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(fetch(ids.value().at(i)).code, batch.at(i).code);
}

void TestAssetService::createManyIsAllOrNothing()
{
    QVERIFY(assets().create(m_valid)); // one asset already there
    const qint64 countBefore = assets().count().value();
    const qint64 eventsBefore = auditCount(m_reg->get());

    QList<Asset> batch;
    for (int i = 1; i <= 6; ++i) {
        Asset a = m_valid;
        a.code = QStringLiteral("C-%1").arg(i);
        batch << a;
    }
    batch[2].name.clear();                          // row 3
    batch[4].sectionId = 999999;                    // row 5
    batch[4].confidentiality = QStringLiteral("9"); // row 5, a second problem
    batch[5].code = m_valid.code;                   // row 6: taken by the existing asset

    Result<QList<qint64>> ids = assets().createMany(batch);
    QVERIFY(!ids);
    QCOMPARE(rowsOf(ids.problems()), (QList<int>{3, 5, 5, 6}));
    QCOMPARE(fieldsOf(ids.problems()), daicho::test::u8List({"name", "section", "confidentiality", "code"}));
    for (const Problem& p : ids.problems())
        QVERIFY2(p.toString().contains(QString::number(p.row)), qPrintable(p.toString()));

    // Nothing of the batch was kept, not even the valid rows, and no event was written.
    QCOMPARE(assets().count().value(), countBefore);
    QCOMPARE(auditCount(m_reg->get()), eventsBefore);
    for (const Asset& a : batch)
        if (a.code != m_valid.code)
            QVERIFY2(!assets().findByCode(a.code).value().has_value(), qPrintable(a.code));

    // The same rows, corrected, go in.
    batch[2].name = QStringLiteral("修正した名称");
    batch[4].sectionId = m_valid.sectionId;
    batch[4].confidentiality = QStringLiteral("2");
    batch[5].code = QStringLiteral("C-6");
    Result<QList<qint64>> retry = assets().createMany(batch);
    QVERIFY2(retry, qPrintable(retry.errorText()));
    QCOMPARE(assets().count().value(), countBefore + 6);
    QCOMPARE(auditCount(m_reg->get()), eventsBefore + 6);
}

void TestAssetService::createManyFindsDuplicatesInsideTheBatch()
{
    QList<Asset> batch{m_valid, m_valid, m_valid};
    batch[1].code = QStringLiteral("D-2");
    Result<QList<qint64>> ids = assets().createMany(batch);
    QVERIFY(!ids);
    QCOMPARE(rowsOf(ids.problems()), QList<int>{3});
    QCOMPARE(fieldsOf(ids.problems()), QStringList{QStringLiteral("code")});
    QCOMPARE(assets().count().value(), 0);
}

void TestAssetService::createManyEmpty()
{
    const qint64 before = auditCount(m_reg->get());
    Result<QList<qint64>> ids = assets().createMany({});
    QVERIFY(ids);
    QVERIFY(ids.value().isEmpty());
    QCOMPARE(auditCount(m_reg->get()), before);
}

void TestAssetService::checkReportsWithoutWriting()
{
    QVERIFY(assets().check(m_valid).isEmpty());
    Asset bad = m_valid;
    bad.name.clear();
    bad.confidentiality = QStringLiteral("9");
    const QStringList fields = fieldsOf(assets().check(bad));
    QVERIFY2(fields.contains(QStringLiteral("name")), qPrintable(fields.join(QLatin1Char(','))));
    QVERIFY(fields.contains(QStringLiteral("confidentiality")));
    // A code taken by another asset is a problem; the asset's own code is not.
    const qint64 id = assets().create(m_valid).value();
    const Asset twin = m_reg->validAsset(QStringLiteral("A-0001"));
    const qint64 before = auditCount(m_reg->get());
    QCOMPARE(fieldsOf(assets().check(twin)), QStringList{QStringLiteral("code")});
    QVERIFY(assets().check(fetch(id)).isEmpty());
    QCOMPARE(auditCount(m_reg->get()), before); // checking writes nothing
}

void TestAssetService::reinstateTakesBackADisposal()
{
    const qint64 id = assets().create(m_valid).value();
    const QDate today = m_reg->clock().nowUtc().date();
    QVERIFY(assets().dispose(id, today, QStringLiteral("溶解"), m_valid.managerId));
    Status s = assets().reinstate(id);
    QVERIFY2(s, qPrintable(s.errorText()));
    const Asset back = fetch(id);
    QCOMPARE(back.status, AssetStatus::Active);
    QVERIFY(back.disposedOn.isNull());
    QVERIFY(back.disposalMethod.isEmpty());
    QCOMPARE(back.disposalConfirmedBy, 0);
    QCOMPARE(back.version, 3);
    QCOMPARE(lastAuditEvent(m_reg->get()).action, QStringLiteral("reinstate"));
    // In use again, so editable again.
    Asset edit = back;
    edit.name = QStringLiteral("戻った資産");
    QVERIFY(assets().update(edit));
}

void TestAssetService::removeTakesBackACreation()
{
    const qint64 id = assets().create(m_valid).value();
    Status s = assets().remove(id);
    QVERIFY2(s, qPrintable(s.errorText()));
    QVERIFY(!assets().find(id).value());
    QCOMPARE(assets().count().value(), 0);
    const daicho::test::LastEvent e = lastAuditEvent(m_reg->get());
    QCOMPARE(e.action, QStringLiteral("delete"));
    QVERIFY(e.beforeJson.contains(QStringLiteral("A-0001")));
    // The code is free again, and the search index no longer finds the asset.
    QVERIFY(assets().create(m_valid));
    AssetFilter search;
    search.text = QStringLiteral("A-0001");
    QCOMPARE(assets().count(search).value(), 1);
    QVERIFY(!assets().remove(987654));
}

void TestAssetService::removeKeepsDisposedAssets()
{
    const qint64 id = assets().create(m_valid).value();
    QVERIFY(assets().dispose(id, m_reg->clock().nowUtc().date(), QStringLiteral("溶解"), m_valid.managerId));
    const qint64 before = auditCount(m_reg->get());
    QVERIFY(!assets().remove(id));
    QVERIFY(assets().find(id).value());
    QCOMPARE(auditCount(m_reg->get()), before);
}

void TestAssetService::restoreBringsBackTheSameId()
{
    const qint64 first = assets().create(m_valid).value();
    const qint64 last = assets().create(m_reg->validAsset(QStringLiteral("A-0002"))).value();
    const Asset removed = fetch(first);
    QVERIFY(assets().remove(first));
    Result<qint64> back = assets().restore(removed);
    QVERIFY2(back, qPrintable(back.errorText()));
    QCOMPARE(back.value(), first); // not the next free id after `last`
    QCOMPARE(fetch(first).code, QStringLiteral("A-0001"));
    QCOMPARE(lastAuditEvent(m_reg->get()).action, QStringLiteral("create"));
    // An id in use is never taken over.
    Asset intruder = fetch(last);
    intruder.code = QStringLiteral("A-0003");
    QVERIFY(!assets().restore(intruder));
    QCOMPARE(fetch(last).code, QStringLiteral("A-0002"));
    const AuditReport report = AuditVerifier(m_reg->get().database()).verify().value();
    QVERIFY2(report.clean(), qPrintable(report.findings.value(0).message));
}

void TestAssetService::updateManyIsAllOrNothing()
{
    const qint64 a = assets().create(m_valid).value();
    const qint64 b = assets().create(m_reg->validAsset(QStringLiteral("A-0002"))).value();
    Asset first = fetch(a);
    Asset second = fetch(b);
    first.segment = NetworkSegment::Lgwan;
    second.segment = NetworkSegment::Lgwan;
    second.name.clear(); // the second is invalid: neither is saved
    Status s = assets().updateMany({first, second});
    QVERIFY(!s);
    QCOMPARE(rowsOf(s.problems()), QList<int>{2});
    QCOMPARE(fetch(a).version, 1);
    QCOMPARE(fetch(a).segment, NetworkSegment::MyNumber);

    second.name = QStringLiteral("直した名称");
    s = assets().updateMany({first, second});
    QVERIFY2(s, qPrintable(s.errorText()));
    QCOMPARE(fetch(a).segment, NetworkSegment::Lgwan);
    QCOMPARE(fetch(b).name, QStringLiteral("直した名称"));
    QCOMPARE(fetch(b).version, 2);
}

QTEST_GUILESS_MAIN(TestAssetService)
#include "tst_assetservice.moc"
