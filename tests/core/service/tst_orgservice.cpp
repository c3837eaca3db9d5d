// OrgService: the shape of the tree (body → 部局 → 課室), names, duplicates among siblings,
// and exactly one audit event for every change it makes.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "audit/AuditVerifier.h"
#include "service/OrgService.h"
#include "service/Register.h"

#include <QTest>

using namespace daicho;
using daicho::test::auditCount;
using daicho::test::fieldsOf;
using daicho::test::lastAuditEvent;
using daicho::test::TestRegister;

class TestOrgService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void kindAndParent_data();
    void kindAndParent();
    void names_data();
    void names();
    void nameIsTrimmed();
    void duplicateSiblingNames();
    void updateRenames();
    void updateRules();
    void ensureChild();
    void unitsInDisplayOrder();
    void mergeMovesEverythingAndUnmergeTakesItBack();
    void mergeOfDepartmentsMovesTheirSections();
    void mergeRules();
    void splitMovesTheChosenPartAndUnsplitTakesItBack();
    void splitTakesOnlyTheUnitsOwn();
    void removeOnlyWhatNothingUses();

private:
    OrgService& org() { return m_reg->get().org(); }
    std::unique_ptr<TestRegister> m_reg;
    qint64 m_body = 0;
    qint64 m_department = 0;
    qint64 m_section = 0;
};

void TestOrgService::init()
{
    m_reg = std::make_unique<TestRegister>(false);
    const qint64 seeded = auditCount(m_reg->get());
    OrgUnit u;
    u.kind = UnitKind::Body;
    u.name = QStringLiteral("市長（市長部局）");
    m_body = org().createUnit(u).value();
    u.kind = UnitKind::Department;
    u.name = QStringLiteral("総務部");
    u.parentId = m_body;
    m_department = org().createUnit(u).value();
    u.kind = UnitKind::Section;
    u.name = QStringLiteral("総務課");
    u.parentId = m_department;
    m_section = org().createUnit(u).value();
    QVERIFY(m_body > 0 && m_department > 0 && m_section > 0);
    QCOMPARE(auditCount(m_reg->get()), seeded + 3);
}

void TestOrgService::cleanup()
{
    m_reg.reset();
}

void TestOrgService::kindAndParent_data()
{
    QTest::addColumn<UnitKind>("kind");
    QTest::addColumn<QString>("parent"); // none, body, department, section, missing
    QTest::addColumn<bool>("accepted");
    QTest::newRow("body at the top") << UnitKind::Body << "none" << true;
    QTest::newRow("body under a body") << UnitKind::Body << "body" << false;
    QTest::newRow("body under a department") << UnitKind::Body << "department" << false;
    QTest::newRow("department at the top") << UnitKind::Department << "none" << false;
    QTest::newRow("department under a body") << UnitKind::Department << "body" << true;
    QTest::newRow("department under a department") << UnitKind::Department << "department" << false;
    QTest::newRow("department under a section") << UnitKind::Department << "section" << false;
    QTest::newRow("department under a missing unit") << UnitKind::Department << "missing" << false;
    QTest::newRow("section at the top") << UnitKind::Section << "none" << false;
    QTest::newRow("section under a department") << UnitKind::Section << "department" << true;
    QTest::newRow("section under a body") << UnitKind::Section << "body" << true;
    QTest::newRow("section under a section") << UnitKind::Section << "section" << false;
    QTest::newRow("section under a missing unit") << UnitKind::Section << "missing" << false;
}

void TestOrgService::kindAndParent()
{
    QFETCH(UnitKind, kind);
    QFETCH(QString, parent);
    QFETCH(bool, accepted);
    OrgUnit u;
    u.kind = kind;
    u.name = QStringLiteral("新設の組織");
    u.parentId = parent == QLatin1String("body")         ? m_body
                 : parent == QLatin1String("department") ? m_department
                 : parent == QLatin1String("section")    ? m_section
                 : parent == QLatin1String("missing")    ? 99999
                                                         : 0;
    const qint64 unitsBefore = org().count().value();
    const qint64 eventsBefore = auditCount(m_reg->get());

    Result<qint64> id = org().createUnit(u);
    QCOMPARE(bool(id), accepted);
    if (accepted) {
        QCOMPARE(org().count().value(), unitsBefore + 1);
        QCOMPARE(auditCount(m_reg->get()), eventsBefore + 1);
        const daicho::test::LastEvent e = lastAuditEvent(m_reg->get());
        QCOMPARE(e.actor, QStringLiteral("tester"));
        QCOMPARE(e.entity, QStringLiteral("org_unit"));
        QCOMPARE(e.entityId, id.value());
        QCOMPARE(e.action, QStringLiteral("create"));
    } else {
        QVERIFY(fieldsOf(id.problems()).contains(QStringLiteral("parent_id")));
        QCOMPARE(org().count().value(), unitsBefore);
        QCOMPARE(auditCount(m_reg->get()), eventsBefore);
    }
}

void TestOrgService::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << "" << false;
    QTest::newRow("blank") << " \u3000 " << false;
    QTest::newRow("100 characters") << QString(100, QChar(u'課')) << true;
    QTest::newRow("101 characters") << QString(101, QChar(u'課')) << false;
    QTest::newRow("ordinary") << "生涯学習・スポーツ課" << true;
}

void TestOrgService::names()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    OrgUnit u;
    u.kind = UnitKind::Section;
    u.parentId = m_department;
    u.name = name;
    const qint64 eventsBefore = auditCount(m_reg->get());
    Result<qint64> id = org().createUnit(u);
    QCOMPARE(bool(id), accepted);
    if (!accepted) {
        QCOMPARE(fieldsOf(id.problems()), QStringList{QStringLiteral("name")});
        QCOMPARE(auditCount(m_reg->get()), eventsBefore);
    }
}

void TestOrgService::nameIsTrimmed()
{
    OrgUnit u;
    u.kind = UnitKind::Section;
    u.parentId = m_department;
    u.name = QStringLiteral("  人事課\u3000");
    Result<qint64> id = org().createUnit(u);
    QVERIFY2(id, qPrintable(id.errorText()));
    bool found = false;
    for (const OrgUnit& unit : org().units().value())
        if (unit.id == id.value())
            found = unit.name == QStringLiteral("人事課");
    QVERIFY(found);
}

void TestOrgService::duplicateSiblingNames()
{
    const qint64 eventsBefore = auditCount(m_reg->get());
    OrgUnit u;
    u.kind = UnitKind::Section;
    u.parentId = m_department;
    u.name = QStringLiteral("総務課");
    Result<qint64> dup = org().createUnit(u);
    QVERIFY(!dup);
    QCOMPARE(fieldsOf(dup.problems()), QStringList{QStringLiteral("name")});
    QVERIFY2(dup.errorText().contains(QStringLiteral("総務課")), qPrintable(dup.errorText()));

    u.name = QStringLiteral(" 総務課 "); // the same name once trimmed
    QVERIFY(!org().createUnit(u));

    OrgUnit body;
    body.kind = UnitKind::Body;
    body.name = QStringLiteral("市長（市長部局）");
    QVERIFY(!org().createUnit(body));
    QCOMPARE(auditCount(m_reg->get()), eventsBefore);

    // The same name elsewhere in the tree is fine (a 総務課 under another body).
    body.name = QStringLiteral("教育委員会");
    const qint64 board = org().createUnit(body).value();
    u.parentId = board;
    u.name = QStringLiteral("総務課");
    QVERIFY(org().createUnit(u));
    QCOMPARE(auditCount(m_reg->get()), eventsBefore + 2);
}

void TestOrgService::updateRenames()
{
    OrgUnit u;
    u.id = m_section;
    u.kind = UnitKind::Section;
    u.parentId = m_department;
    u.name = QStringLiteral("総務管理課");
    u.nameEn = QStringLiteral("General Administration Division");
    const qint64 eventsBefore = auditCount(m_reg->get());
    QVERIFY(org().updateUnit(u));
    QCOMPARE(auditCount(m_reg->get()), eventsBefore + 1);
    const daicho::test::LastEvent e = lastAuditEvent(m_reg->get());
    QCOMPARE(e.action, QStringLiteral("update"));
    QCOMPARE(e.actor, QStringLiteral("tester"));
    QCOMPARE(e.entityId, m_section);
    QVERIFY2(e.beforeJson.contains(QStringLiteral("総務課")), qPrintable(e.beforeJson));
    QVERIFY2(e.afterJson.contains(QStringLiteral("総務管理課")), qPrintable(e.afterJson));

    // Keeping its own name is not a duplicate of itself.
    QVERIFY(org().updateUnit(u));
}

void TestOrgService::updateRules()
{
    OrgUnit other;
    other.kind = UnitKind::Section;
    other.parentId = m_department;
    other.name = QStringLiteral("人事課");
    const qint64 personnel = org().createUnit(other).value();
    const qint64 eventsBefore = auditCount(m_reg->get());

    OrgUnit u;
    u.id = personnel;
    u.kind = UnitKind::Section;
    u.parentId = m_department;
    u.name = QStringLiteral("総務課"); // a sibling's name
    Status renamed = org().updateUnit(u);
    QVERIFY(!renamed);
    QCOMPARE(fieldsOf(renamed.problems()), QStringList{QStringLiteral("name")});

    u.name = QStringLiteral("人事課");
    u.parentId = m_section; // under a section
    QVERIFY(!org().updateUnit(u));

    u.parentId = m_department;
    u.kind = UnitKind::Department; // a unit keeps its kind
    Status rekinded = org().updateUnit(u);
    QVERIFY(!rekinded);
    QCOMPARE(fieldsOf(rekinded.problems()), QStringList{QStringLiteral("kind")});

    u.kind = UnitKind::Section;
    u.id = 99999;
    QVERIFY(!org().updateUnit(u));
    QCOMPARE(auditCount(m_reg->get()), eventsBefore);
}

void TestOrgService::ensureChild()
{
    const qint64 eventsBefore = auditCount(m_reg->get());
    Result<qint64> existing = org().ensureChild(m_department, UnitKind::Section, QStringLiteral("総務課"));
    QCOMPARE(existing.value(), m_section);
    QCOMPARE(auditCount(m_reg->get()), eventsBefore);

    Result<qint64> created = org().ensureChild(m_department, UnitKind::Section, QStringLiteral(" 財政課 "));
    QVERIFY2(created, qPrintable(created.errorText()));
    QVERIFY(created.value() != m_section);
    QCOMPARE(auditCount(m_reg->get()), eventsBefore + 1);
    QCOMPARE(org().ensureChild(m_department, UnitKind::Section, QStringLiteral("財政課")).value(), created.value());

    // ensureChild applies the same rules as createUnit.
    QVERIFY(!org().ensureChild(m_section, UnitKind::Section, QStringLiteral("係")));
}

void TestOrgService::unitsInDisplayOrder()
{
    QList<qint64> ids;
    for (const OrgUnit& u : org().units().value())
        ids << u.id;
    QCOMPARE(ids, (QList<qint64>{m_body, m_department, m_section}));
    QCOMPARE(org().count().value(), 3);
}

namespace {
qint64 addUnit(OrgService& org, UnitKind kind, qint64 parent, const char* name)
{
    OrgUnit u;
    u.kind = kind;
    u.parentId = parent;
    u.name = QString::fromUtf8(name);
    return org.createUnit(u).value();
}
} // namespace

void TestOrgService::mergeMovesEverythingAndUnmergeTakesItBack()
{
    Register& reg = m_reg->get();
    const qint64 other = addUnit(org(), UnitKind::Section, m_department, "文書法制課");
    const qint64 person = m_reg->addPerson(QStringLiteral("能代　花子"), m_section);
    Asset a = m_reg->validAsset(QStringLiteral("M-1"));
    a.sectionId = m_section;
    const qint64 assetId = reg.assets().create(a).value();

    Result<UnitMerge> merged = org().merge(m_section, other);
    QVERIFY2(merged, qPrintable(merged.errorText()));
    QCOMPARE(merged.value().assets, QList<qint64>{assetId});
    QVERIFY(merged.value().people.contains(person));
    QCOMPARE(reg.assets().find(assetId).value()->sectionId, other);
    QCOMPARE(reg.people().people().value().constLast().unitId, other);
    const auto unit = [&](qint64 id) {
        for (const OrgUnit& u : org().units().value())
            if (u.id == id)
                return u;
        return OrgUnit{};
    };
    QVERIFY(!unit(m_section).active); // retired, kept for the record

    QVERIFY(org().unmerge(merged.value()));
    QCOMPARE(reg.assets().find(assetId).value()->sectionId, m_section);
    QVERIFY(unit(m_section).active);
    for (const Person& p : reg.people().people().value())
        if (p.id == person)
            QCOMPARE(p.unitId, m_section);
    const AuditReport report = AuditVerifier(reg.database()).verify().value();
    QVERIFY2(report.clean(), qPrintable(report.findings.value(0).message));
}

void TestOrgService::splitMovesTheChosenPartAndUnsplitTakesItBack()
{
    // 総務課 gives its 文書 work to a new 文書法制課: two of three assets and one person move.
    Register& reg = m_reg->get();
    QList<qint64> assets;
    for (const char* code : {"S-1", "S-2", "S-3"}) {
        Asset a = m_reg->validAsset(QString::fromLatin1(code));
        a.sectionId = m_section;
        assets << reg.assets().create(a).value();
    }
    const qint64 moving = m_reg->addPerson(QStringLiteral("能代　花子"), m_section);
    const qint64 staying = m_reg->addPerson(QStringLiteral("米代　太郎"), m_section);
    UnitMerge part;
    part.from = m_section;
    part.assets = {assets.at(0), assets.at(1)};
    part.people = {moving};
    OrgUnit created;
    created.name = QStringLiteral("文書法制課");
    Result<UnitMerge> split = org().split(part, created);
    QVERIFY2(split, qPrintable(split.errorText()));
    const qint64 into = split.value().into;
    const auto unit = [&](qint64 id) {
        for (const OrgUnit& u : org().units().value())
            if (u.id == id)
                return u;
        return OrgUnit{};
    };
    QCOMPARE(unit(into).name, QStringLiteral("文書法制課"));
    QCOMPARE(unit(into).kind, UnitKind::Section);
    QCOMPARE(unit(into).parentId, m_department); // beside 総務課
    QVERIFY(unit(m_section).active);
    QCOMPARE(reg.assets().find(assets.at(0)).value()->sectionId, into);
    QCOMPARE(reg.assets().find(assets.at(1)).value()->sectionId, into);
    QCOMPARE(reg.assets().find(assets.at(2)).value()->sectionId, m_section);
    const auto unitOf = [&](qint64 personId) {
        for (const Person& p : reg.people().people().value())
            if (p.id == personId)
                return p.unitId;
        return qint64(0);
    };
    QCOMPARE(unitOf(moving), into);
    QCOMPARE(unitOf(staying), m_section);

    QVERIFY(org().unsplit(split.value()));
    QCOMPARE(reg.assets().find(assets.at(0)).value()->sectionId, m_section);
    QCOMPARE(unitOf(moving), m_section);
    QCOMPARE(unit(into).id, 0); // the new unit is gone
    const AuditReport report = AuditVerifier(reg.database()).verify().value();
    QVERIFY2(report.clean(), qPrintable(report.findings.value(0).message));
}

void TestOrgService::splitTakesOnlyTheUnitsOwn()
{
    Register& reg = m_reg->get();
    const qint64 other = addUnit(org(), UnitKind::Section, m_department, "文書法制課");
    Asset a = m_reg->validAsset(QStringLiteral("X-1"));
    a.sectionId = other;
    const qint64 elsewhere = reg.assets().create(a).value();
    const qint64 before = org().count().value();
    UnitMerge part;
    part.from = m_section;
    OrgUnit created;
    created.name = QStringLiteral("新設課");
    QVERIFY(!org().split(part, created)); // nothing chosen
    part.assets = {elsewhere};
    QCOMPARE(fieldsOf(org().split(part, created).problems()), QStringList{QStringLiteral("assets")});
    part.assets.clear();
    part.children = {m_section};
    part.from = m_body;
    QCOMPARE(fieldsOf(org().split(part, created).problems()), QStringList{QStringLiteral("children")});
    // A name already used beside it is refused by the unit rules; nothing is created.
    part.from = m_section;
    part.children.clear();
    part.people = {m_reg->addPerson(QStringLiteral("能代　花子"), m_section)};
    created.name = QStringLiteral("文書法制課");
    QVERIFY(!org().split(part, created));
    QCOMPARE(org().count().value(), before);
    QCOMPARE(reg.assets().find(elsewhere).value()->sectionId, other);
}

void TestOrgService::mergeOfDepartmentsMovesTheirSections()
{
    const qint64 planning = addUnit(org(), UnitKind::Department, m_body, "企画部");
    const qint64 digital = addUnit(org(), UnitKind::Section, planning, "デジタル推進課");
    Result<UnitMerge> merged = org().merge(planning, m_department);
    QVERIFY2(merged, qPrintable(merged.errorText()));
    QCOMPARE(merged.value().children, QList<qint64>{digital});
    for (const OrgUnit& u : org().units().value())
        if (u.id == digital)
            QCOMPARE(u.parentId, m_department);

    // A section of the same name on both sides cannot merge: nothing changes.
    const qint64 twin = addUnit(org(), UnitKind::Department, m_body, "総合政策部");
    addUnit(org(), UnitKind::Section, twin, "総務課");
    const qint64 events = auditCount(m_reg->get());
    QVERIFY(!org().merge(twin, m_department));
    QCOMPARE(auditCount(m_reg->get()), events);
}

void TestOrgService::mergeRules()
{
    QVERIFY(!org().merge(m_section, m_section));
    QVERIFY(!org().merge(m_section, m_department)); // different kinds
    QVERIFY(!org().merge(m_section, 987654));
}

void TestOrgService::removeOnlyWhatNothingUses()
{
    const qint64 unused = addUnit(org(), UnitKind::Section, m_department, "臨時課");
    QVERIFY(org().removeUnit(unused));
    QCOMPARE(lastAuditEvent(m_reg->get()).action, QStringLiteral("delete"));
    QVERIFY(!org().removeUnit(m_department)); // it holds 総務課
    QCOMPARE(org().count().value(), 3);
}

QTEST_GUILESS_MAIN(TestOrgService)
#include "tst_orgservice.moc"
