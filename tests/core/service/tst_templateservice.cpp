// TemplateService: the Noshiro tree with the nine bodies of 第3条の2 in the regulation's order,
// applied once, in one transaction, with the city name recorded.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "service/TemplateService.h"

#include <QHash>
#include <QTest>

using namespace daicho;
using daicho::test::auditCount;
using daicho::test::TestRegister;
using daicho::test::u8List;

namespace {

// 第3条の2, in order.
QStringList regulationBodies()
{
    return u8List({"市長（市長部局）", "教育委員会", "選挙管理委員会", "監査委員", "農業委員会",
                   "固定資産評価審査委員会", "公営企業（市長又は管理者）", "財産区", "能代市議会"});
}

QStringList bodiesOf(Register& reg)
{
    QStringList names;
    for (const OrgUnit& u : reg.org().units().value())
        if (u.kind == UnitKind::Body)
            names << u.name;
    return names;
}

} // namespace

class TestTemplateService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noshiroTemplate();
    void appliesNineBodiesInOrder();
    void treeIsWellFormed();
    void recordsCityAndAudits();
    void secondApplicationIsRefused();
    void failedApplicationLeavesNothing();
    void fromJson_data();
    void fromJson();
    void customTemplate();
};

void TestTemplateService::noshiroTemplate()
{
    const OrgTemplate& t = TemplateService::noshiro();
    QCOMPARE(t.key, QStringLiteral("noshiro"));
    QCOMPARE(t.city, QStringLiteral("能代市"));
    QStringList names;
    for (const OrgTemplate::Body& b : t.bodies) {
        names << b.name;
        QVERIFY2(!b.nameEn.isEmpty(), qPrintable(b.name));
    }
    QCOMPARE(names, regulationBodies());
    QVERIFY(TemplateService::available().contains(QStringLiteral("noshiro")));
}

void TestTemplateService::appliesNineBodiesInOrder()
{
    TestRegister reg(false);
    Status applied = TemplateService(reg.get()).apply(TemplateService::noshiro());
    QVERIFY2(applied, qPrintable(applied.errorText()));
    QCOMPARE(bodiesOf(reg.get()), regulationBodies());

    // The order survives reopening (it is stored, not an accident of insertion).
    reg.reopen();
    QCOMPARE(bodiesOf(reg.get()), regulationBodies());
}

void TestTemplateService::treeIsWellFormed()
{
    TestRegister reg; // with the template
    const QList<OrgUnit> units = reg->org().units().value();
    QHash<qint64, OrgUnit> byId;
    for (const OrgUnit& u : units)
        byId.insert(u.id, u);

    QSet<qint64> bodiesWithSections;
    int sections = 0;
    for (const OrgUnit& u : units) {
        switch (u.kind) {
        case UnitKind::Body:
            QCOMPARE(u.parentId, 0);
            break;
        case UnitKind::Department:
            QCOMPARE(byId.value(u.parentId).kind, UnitKind::Body);
            break;
        case UnitKind::Section: {
            ++sections;
            const OrgUnit parent = byId.value(u.parentId);
            QVERIFY(parent.id != 0);
            QVERIFY(parent.kind != UnitKind::Section);
            bodiesWithSections.insert(parent.kind == UnitKind::Body ? parent.id : parent.parentId);
            break;
        }
        }
    }
    // Every body holds at least one section, directly or through a department.
    QCOMPARE(bodiesWithSections.size(), 9);
    QVERIFY(sections >= 9);
    // Parents are listed before their children (display order is a pre-order walk).
    QSet<qint64> seen;
    for (const OrgUnit& u : units) {
        QVERIFY(u.parentId == 0 || seen.contains(u.parentId));
        seen.insert(u.id);
    }
}

void TestTemplateService::recordsCityAndAudits()
{
    TestRegister reg(false);
    const qint64 seeded = auditCount(reg.get());
    QVERIFY(TemplateService(reg.get()).apply(TemplateService::noshiro()));
    QCOMPARE(reg->setting(QStringLiteral("city_name")).value(), QStringLiteral("能代市"));
    QCOMPARE(reg->setting(QStringLiteral("template")).value(), QStringLiteral("noshiro"));
    // One event per unit created, plus the two settings.
    QCOMPARE(auditCount(reg.get()), seeded + reg->org().count().value() + 2);
    QCOMPARE(daicho::test::scalar(
                 reg->database().connection(),
                 QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE actor <> 'tester' AND entity NOT IN ('threat', 'inspection_item')"))
                 .toInt(),
             0);
}

void TestTemplateService::secondApplicationIsRefused()
{
    TestRegister reg; // the template is already applied
    const qint64 units = reg->org().count().value();
    const qint64 events = auditCount(reg.get());
    Status again = TemplateService(reg.get()).apply(TemplateService::noshiro());
    QVERIFY(!again);
    QVERIFY(!again.errorText().isEmpty());
    QCOMPARE(reg->org().count().value(), units);
    QCOMPARE(auditCount(reg.get()), events);
    QCOMPARE(bodiesOf(reg.get()), regulationBodies());
}

void TestTemplateService::failedApplicationLeavesNothing()
{
    // A template whose last body repeats a section name fails half-way: nothing may remain.
    Result<OrgTemplate> broken = TemplateService::fromJson(R"({
        "key": "broken", "city": "壊れ市",
        "bodies": [
            {"name": "市長部局", "departments": [{"name": "総務部", "sections": ["総務課", "財政課"]}]},
            {"name": "議会", "sections": ["議会事務局", "議会事務局"]}
        ]})");
    QVERIFY2(broken, qPrintable(broken.errorText()));
    TestRegister reg(false);
    const qint64 seeded = auditCount(reg.get());
    Status applied = TemplateService(reg.get()).apply(broken.value());
    QVERIFY(!applied);
    QCOMPARE(reg->org().count().value(), 0);
    QCOMPARE(auditCount(reg.get()), seeded);
    QCOMPARE(reg->setting(QStringLiteral("city_name"), QStringLiteral("(none)")).value(), QStringLiteral("(none)"));
    // …and the register can still take a good template afterwards.
    QVERIFY(TemplateService(reg.get()).apply(TemplateService::noshiro()));
    QCOMPARE(bodiesOf(reg.get()), regulationBodies());
}

void TestTemplateService::fromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::newRow("not JSON") << QByteArray("{ bodies: [") << false;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("no bodies") << QByteArray(R"({"key": "x", "city": "x"})") << false;
    QTest::newRow("empty bodies") << QByteArray(R"({"key": "x", "bodies": []})") << false;
    QTest::newRow("one body") << QByteArray(R"({"key": "x", "bodies": [{"name": "市長部局"}]})") << true;
}

void TestTemplateService::fromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    Result<OrgTemplate> t = TemplateService::fromJson(json);
    QCOMPARE(bool(t), ok);
    if (!ok)
        QVERIFY(!t.errorText().isEmpty());
}

void TestTemplateService::customTemplate()
{
    Result<OrgTemplate> t = TemplateService::fromJson(R"({
        "key": "small-town", "city": "小さな町", "city_en": "Small Town",
        "bodies": [
            {"name": "町長部局", "name_en": "Mayor", "sections": ["総務課"],
             "departments": [{"name": "住民部", "sections": ["住民課", "税務課"]}]},
            {"name": "教育委員会", "sections": ["教育課"]}
        ]})");
    QVERIFY2(t, qPrintable(t.errorText()));
    QCOMPARE(t.value().cityEn, QStringLiteral("Small Town"));
    TestRegister reg(false);
    QVERIFY(TemplateService(reg.get()).apply(t.value()));
    QCOMPARE(bodiesOf(reg.get()), u8List({"町長部局", "教育委員会"}));
    QCOMPARE(reg->org().count().value(), 7);
    QCOMPARE(reg->setting(QStringLiteral("city_name")).value(), QStringLiteral("小さな町"));
    QCOMPARE(reg->setting(QStringLiteral("template")).value(), QStringLiteral("small-town"));
}

QTEST_GUILESS_MAIN(TestTemplateService)
#include "tst_templateservice.moc"
