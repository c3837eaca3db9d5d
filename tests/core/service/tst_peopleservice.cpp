// PeopleService: people (職員等) and the scope rules of 第5条 roles — whole-city roles take no
// unit, 責任者 a body or department, 管理者 a section, system roles an ア asset — and one
// CISO and one 統括 in office at a time. Every accepted change writes one audit event.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "service/PeopleService.h"
#include "service/Register.h"

#include <QTest>

using namespace daicho;
using daicho::test::auditCount;
using daicho::test::fieldsOf;
using daicho::test::lastAuditEvent;
using daicho::test::TestRegister;

class TestPeopleService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createPerson();
    void personRules_data();
    void personRules();
    void updatePerson();
    void roleScopes_data();
    void roleScopes();
    void roleDates();
    void singletonRoles_data();
    void singletonRoles();
    void committeeHasManyMembers();
    void personMayHoldSeveralRoles();
    void endRole();
    void endTakenBackAndAssignmentRemoved();
    void removeOnlyPeopleNothingNames();
    void transferMovesRolesAndAssetsKeepingHistory();
    void transferMovesOpenRisksAndIsTakenBackExactly();

private:
    PeopleService& people() { return m_reg->get().people(); }
    RoleAssignment assignment(qint64 person, Role role, qint64 unit = 0, qint64 asset = 0) const;
    qint64 unitNamed(const QString& name) const;

    std::unique_ptr<TestRegister> m_reg;
    qint64 m_body = 0;       // 市長（市長部局）
    qint64 m_department = 0; // 総務部
    qint64 m_section = 0;    // 総務課
    qint64 m_person = 0;
    qint64 m_system = 0;   // an asset of category ア
    qint64 m_document = 0; // an asset of category ウ
    qint64 m_data = 0;     // an asset of category イ
};

RoleAssignment TestPeopleService::assignment(qint64 person, Role role, qint64 unit, qint64 asset) const
{
    RoleAssignment a;
    a.personId = person;
    a.role = role;
    a.unitId = unit;
    a.assetId = asset;
    a.validFrom = QDate(2026, 4, 1);
    return a;
}

qint64 TestPeopleService::unitNamed(const QString& name) const
{
    for (const OrgUnit& u : m_reg->get().org().units().value())
        if (u.name == name)
            return u.id;
    return 0;
}

void TestPeopleService::init()
{
    m_reg = std::make_unique<TestRegister>();
    m_body = unitNamed(QStringLiteral("市長（市長部局）"));
    m_department = unitNamed(QStringLiteral("総務部"));
    m_section = unitNamed(QStringLiteral("総務課"));
    QVERIFY(m_body && m_department && m_section);
    m_person = m_reg->addPerson(QStringLiteral("能代　一郎"), m_section);

    Asset a = m_reg->validAsset(QStringLiteral("SYS-1"));
    m_system = m_reg->get().assets().create(a).value();
    a.code = QStringLiteral("DOC-1");
    a.category = AssetCategory::Document;
    m_document = m_reg->get().assets().create(a).value();
    a.code = QStringLiteral("DATA-1");
    a.category = AssetCategory::Information;
    m_data = m_reg->get().assets().create(a).value();
    QVERIFY(m_system && m_document && m_data);
}

void TestPeopleService::cleanup()
{
    m_reg.reset();
}

void TestPeopleService::createPerson()
{
    const qint64 before = auditCount(m_reg->get());
    Person p;
    p.name = QStringLiteral("  佐々木　恵美 ");
    p.title = QStringLiteral("主査");
    p.unitId = m_section;
    p.partTime = true;
    Result<qint64> id = people().createPerson(p);
    QVERIFY2(id, qPrintable(id.errorText()));
    QCOMPARE(auditCount(m_reg->get()), before + 1);
    const daicho::test::LastEvent e = lastAuditEvent(m_reg->get());
    QCOMPARE(e.actor, QStringLiteral("tester"));
    QCOMPARE(e.entity, QStringLiteral("person"));
    QCOMPARE(e.entityId, id.value());
    QCOMPARE(e.action, QStringLiteral("create"));

    bool found = false;
    for (const Person& stored : people().people().value())
        if (stored.id == id.value()) {
            found = true;
            QCOMPARE(stored.name, QStringLiteral("佐々木　恵美"));
            QCOMPARE(stored.partTime, true);
        }
    QVERIFY(found);
}

void TestPeopleService::personRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("unit");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << "" << qint64(0) << "name";
    QTest::newRow("blank name") << "\u3000" << qint64(0) << "name";
    QTest::newRow("long name") << QString(101, QChar(u'名')) << qint64(0) << "name";
    QTest::newRow("unknown unit") << "所属　不明" << qint64(99999) << "unit_id";
}

void TestPeopleService::personRules()
{
    QFETCH(QString, name);
    QFETCH(qint64, unit);
    QFETCH(QString, field);
    const qint64 before = auditCount(m_reg->get());
    const qint64 count = people().count().value();
    Person p;
    p.name = name;
    p.unitId = unit;
    Result<qint64> id = people().createPerson(p);
    QVERIFY(!id);
    QCOMPARE(fieldsOf(id.problems()), QStringList{field});
    QCOMPARE(people().count().value(), count);
    QCOMPARE(auditCount(m_reg->get()), before);
}

void TestPeopleService::updatePerson()
{
    const qint64 before = auditCount(m_reg->get());
    Person p;
    p.id = m_person;
    p.name = QStringLiteral("能代　一郎");
    p.title = QStringLiteral("課長");
    p.unitId = m_department;
    QVERIFY(people().updatePerson(p));
    QCOMPARE(auditCount(m_reg->get()), before + 1);
    const daicho::test::LastEvent e = lastAuditEvent(m_reg->get());
    QCOMPARE(e.action, QStringLiteral("update"));
    QCOMPARE(e.entityId, m_person);
    QVERIFY(!e.beforeJson.isEmpty());
    QVERIFY2(e.afterJson.contains(QStringLiteral("課長")), qPrintable(e.afterJson));

    p.name.clear();
    QVERIFY(!people().updatePerson(p));
    p.name = QStringLiteral("誰か");
    p.id = 99999;
    QVERIFY(!people().updatePerson(p));
    QCOMPARE(auditCount(m_reg->get()), before + 1);
}

void TestPeopleService::roleScopes_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("target"); // none, body, department, section, missing, system, document, data
    QTest::addColumn<bool>("accepted");

    QTest::newRow("ciso, whole city") << Role::Ciso << "none" << true;
    QTest::newRow("ciso over a body") << Role::Ciso << "body" << false;
    QTest::newRow("ciso over a section") << Role::Ciso << "section" << false;
    QTest::newRow("ciso over a system") << Role::Ciso << "system" << false;
    QTest::newRow("chief officer, whole city") << Role::ChiefOfficer << "none" << true;
    QTest::newRow("chief officer over a department") << Role::ChiefOfficer << "department" << false;
    QTest::newRow("committee, whole city") << Role::Committee << "none" << true;
    QTest::newRow("committee over a section") << Role::Committee << "section" << false;

    QTest::newRow("security officer over a body") << Role::SecurityOfficer << "body" << true;
    QTest::newRow("security officer over a department") << Role::SecurityOfficer << "department" << true;
    QTest::newRow("security officer over a section") << Role::SecurityOfficer << "section" << false;
    QTest::newRow("security officer without unit") << Role::SecurityOfficer << "none" << false;
    QTest::newRow("security officer over a missing unit") << Role::SecurityOfficer << "missing" << false;

    QTest::newRow("security manager over a section") << Role::SecurityManager << "section" << true;
    QTest::newRow("security manager over a department") << Role::SecurityManager << "department" << false;
    QTest::newRow("security manager over a body") << Role::SecurityManager << "body" << false;
    QTest::newRow("security manager without unit") << Role::SecurityManager << "none" << false;
    QTest::newRow("security manager over a missing unit") << Role::SecurityManager << "missing" << false;

    QTest::newRow("system admin over an ア system") << Role::SystemAdmin << "system" << true;
    QTest::newRow("system admin over イ information") << Role::SystemAdmin << "data" << false;
    QTest::newRow("system admin over a ウ document") << Role::SystemAdmin << "document" << false;
    QTest::newRow("system admin without system") << Role::SystemAdmin << "none" << false;
    QTest::newRow("system admin over a missing asset") << Role::SystemAdmin << "missing asset" << false;
    QTest::newRow("system staff over an ア system") << Role::SystemStaff << "system" << true;
    QTest::newRow("system staff over a ウ document") << Role::SystemStaff << "document" << false;
    QTest::newRow("system staff over a section") << Role::SystemStaff << "section" << false;
    QTest::newRow("system admin over a system and a section") << Role::SystemAdmin << "system+section" << false;
    QTest::newRow("security manager over a section and a system") << Role::SecurityManager << "section+system" << false;
}

void TestPeopleService::roleScopes()
{
    QFETCH(Role, role);
    QFETCH(QString, target);
    QFETCH(bool, accepted);

    qint64 unit = 0;
    qint64 asset = 0;
    if (target == QLatin1String("body"))
        unit = m_body;
    else if (target == QLatin1String("department"))
        unit = m_department;
    else if (target == QLatin1String("section"))
        unit = m_section;
    else if (target == QLatin1String("missing"))
        unit = 99999;
    else if (target == QLatin1String("system"))
        asset = m_system;
    else if (target == QLatin1String("document"))
        asset = m_document;
    else if (target == QLatin1String("data"))
        asset = m_data;
    else if (target == QLatin1String("missing asset"))
        asset = 99999;
    else if (target == QLatin1String("system+section") || target == QLatin1String("section+system")) {
        unit = m_section;
        asset = m_system;
    }

    const qint64 before = auditCount(m_reg->get());
    Result<qint64> id = people().assignRole(assignment(m_person, role, unit, asset));
    QCOMPARE(bool(id), accepted);
    if (accepted) {
        QCOMPARE(auditCount(m_reg->get()), before + 1);
        const daicho::test::LastEvent e = lastAuditEvent(m_reg->get());
        QCOMPARE(e.entity, QStringLiteral("role"));
        QCOMPARE(e.entityId, id.value());
        QCOMPARE(e.actor, QStringLiteral("tester"));
        QCOMPARE(people().currentRoles(m_person).value().size(), 1);
        return;
    }
    QVERIFY(!id.problems().isEmpty());
    for (const Problem& p : id.problems())
        QVERIFY2(p.field == QLatin1String("unit_id") || p.field == QLatin1String("asset_id"), qPrintable(p.field));
    // The scope rule names the role in the current language (missing units are reported as such).
    if (target != QLatin1String("missing"))
        QVERIFY2(id.errorText().contains(enumLabel(role, Language::Japanese)), qPrintable(id.errorText()));
    QCOMPARE(auditCount(m_reg->get()), before);
    QVERIFY(people().currentRoles(m_person).value().isEmpty());
}

void TestPeopleService::roleDates()
{
    RoleAssignment noStart = assignment(m_person, Role::Committee);
    noStart.validFrom = QDate();
    Result<qint64> a = people().assignRole(noStart);
    QVERIFY(!a);
    QCOMPARE(fieldsOf(a.problems()), QStringList{QStringLiteral("valid_from")});

    RoleAssignment backwards = assignment(m_person, Role::Committee);
    backwards.validTo = backwards.validFrom.addDays(-1);
    Result<qint64> b = people().assignRole(backwards);
    QVERIFY(!b);
    QCOMPARE(fieldsOf(b.problems()), QStringList{QStringLiteral("valid_to")});

    Result<qint64> c = people().assignRole(assignment(424242, Role::Committee));
    QVERIFY(!c);
    QCOMPARE(fieldsOf(c.problems()), QStringList{QStringLiteral("person_id")});
}

void TestPeopleService::singletonRoles_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("ciso") << Role::Ciso;
    QTest::newRow("chief_officer") << Role::ChiefOfficer;
}

void TestPeopleService::singletonRoles()
{
    QFETCH(Role, role);
    const qint64 first = m_reg->addPerson(QStringLiteral("副市長　甲"));
    const qint64 second = m_reg->addPerson(QStringLiteral("副市長　乙"));
    Result<qint64> term = people().assignRole(assignment(first, role));
    QVERIFY2(term, qPrintable(term.errorText()));

    const qint64 before = auditCount(m_reg->get());
    Result<qint64> refused = people().assignRole(assignment(second, role));
    QVERIFY(!refused);
    QCOMPARE(fieldsOf(refused.problems()), QStringList{QStringLiteral("role")});
    QVERIFY2(refused.errorText().contains(enumLabel(role, Language::Japanese)), qPrintable(refused.errorText()));
    QCOMPARE(auditCount(m_reg->get()), before);
    QCOMPARE(people().currentHolders(role).value().size(), 1);

    // The same person cannot be appointed twice either.
    QVERIFY(!people().assignRole(assignment(first, role)));

    // A term ending in the future still counts as in office: no overlapping successor.
    QVERIFY(people().endRole(term.value(), QDate(2027, 3, 31)));
    QVERIFY(!people().assignRole(assignment(second, role)));

    // A successor whose term starts after the first one ends.
    RoleAssignment next = assignment(second, role);
    next.validFrom = QDate(2027, 4, 1);
    Result<qint64> successor = people().assignRole(next);
    QVERIFY2(successor, qPrintable(successor.errorText()));
    const QList<RoleAssignment> holders = people().currentHolders(role).value();
    QCOMPARE(holders.size(), 1);
    QCOMPARE(holders.first().personId, second);
    QCOMPARE(auditCount(m_reg->get()), before + 2);
}

void TestPeopleService::committeeHasManyMembers()
{
    for (int i = 0; i < 3; ++i) {
        const qint64 member = m_reg->addPerson(QStringLiteral("委員　%1").arg(i));
        QVERIFY(people().assignRole(assignment(member, Role::Committee)));
    }
    QCOMPARE(people().currentHolders(Role::Committee).value().size(), 3);
}

void TestPeopleService::personMayHoldSeveralRoles()
{
    QVERIFY(people().assignRole(assignment(m_person, Role::SecurityManager, m_section)));
    QVERIFY(people().assignRole(assignment(m_person, Role::SystemAdmin, 0, m_system)));
    QVERIFY(people().assignRole(assignment(m_person, Role::Committee)));
    QCOMPARE(people().currentRoles(m_person).value().size(), 3);
    QCOMPARE(people().currentHolders(Role::SecurityManager, m_section).value().size(), 1);
    QCOMPARE(people().currentHolders(Role::SecurityManager, m_department).value().size(), 0);
}

void TestPeopleService::endRole()
{
    Result<qint64> id = people().assignRole(assignment(m_person, Role::SecurityManager, m_section));
    QVERIFY(id);
    const qint64 before = auditCount(m_reg->get());

    Status early = people().endRole(id.value(), QDate(2026, 3, 31)); // before it began
    QVERIFY(!early);
    QCOMPARE(fieldsOf(early.problems()), QStringList{QStringLiteral("valid_to")});
    QVERIFY(!people().endRole(99999, QDate(2027, 3, 31)));
    QCOMPARE(auditCount(m_reg->get()), before);

    QVERIFY(people().endRole(id.value(), QDate(2027, 3, 31)));
    QCOMPARE(auditCount(m_reg->get()), before + 1);
    const daicho::test::LastEvent e = lastAuditEvent(m_reg->get());
    QCOMPARE(e.action, QStringLiteral("update"));
    QCOMPARE(e.entityId, id.value());
    QVERIFY2(e.afterJson.contains(QStringLiteral("2027-03-31")), qPrintable(e.afterJson));
    QVERIFY(people().currentRoles(m_person).value().isEmpty());
    QVERIFY(people().currentHolders(Role::SecurityManager, m_section).value().isEmpty());
}

void TestPeopleService::endTakenBackAndAssignmentRemoved()
{
    const qint64 id = people().assignRole(assignment(m_person, Role::SecurityManager, m_section)).value();
    QVERIFY(people().endRole(id, QDate(2027, 3, 31)));
    RoleAssignment reopened = people().allRoles().value().constLast();
    QCOMPARE(reopened.id, id);
    reopened.validTo = QDate();
    QVERIFY(people().updateRole(reopened));
    QCOMPARE(people().currentRoles(m_person).value().size(), 1);

    QVERIFY(people().removeRole(id));
    QVERIFY(people().currentRoles(m_person).value().isEmpty());
    QCOMPARE(lastAuditEvent(m_reg->get()).action, QStringLiteral("delete"));
    QVERIFY(!people().removeRole(id));
}

void TestPeopleService::removeOnlyPeopleNothingNames()
{
    const qint64 newcomer =
        people().createPerson(Person{0, QStringLiteral("新任　職員"), {}, {}, {}, 0, false, true}).value();
    QVERIFY(people().removePerson(newcomer));
    QCOMPARE(lastAuditEvent(m_reg->get()).action, QStringLiteral("delete"));
    // Someone who holds a role (or is named on assets) stays, and is marked inactive instead.
    QVERIFY(people().assignRole(assignment(m_person, Role::SecurityManager, m_section)));
    QVERIFY(!people().removePerson(m_person));
}

void TestPeopleService::transferMovesRolesAndAssetsKeepingHistory()
{
    // 能代 一郎 is 管理者 of 総務課 and named in an asset; a successor takes over on December 1.
    const qint64 role = people().assignRole(assignment(m_person, Role::SecurityManager, m_section)).value();
    Asset named = m_reg->validAsset(QStringLiteral("T-1"));
    named.managerId = m_person;
    named.custodianId = m_person;
    const qint64 asset = m_reg->get().assets().create(named).value();
    const qint64 other = m_reg->get().assets().create(m_reg->validAsset(QStringLiteral("T-2"))).value();
    const qint64 successor = m_reg->addPerson(QStringLiteral("米代　次郎"), m_section);

    QVERIFY(!people().transfer(m_person, m_person, QDate(2026, 12, 1)));
    // A role starting after the transfer day: refused, and nothing changed.
    QVERIFY(!people().transfer(m_person, successor, QDate(2026, 3, 1)));
    QCOMPARE(people().currentRoles(m_person).value().size(), 1);
    QCOMPARE(m_reg->get().assets().find(asset).value()->managerId, m_person);

    Result<PeopleService::Transfer> done = people().transfer(m_person, successor, QDate(2026, 12, 1));
    QVERIFY2(done, qPrintable(done.errorText()));
    QCOMPARE(done.value().endedRoles, QList<qint64>{role});
    QCOMPARE(done.value().createdRoles.size(), 1);
    QVERIFY(done.value().movedAssets.contains(asset));
    QVERIFY(!done.value().movedAssets.contains(other));
    const Asset moved = *m_reg->get().assets().find(asset).value();
    QCOMPARE(moved.managerId, successor);
    QCOMPARE(moved.custodianId, successor);

    // History: the old assignment ends the day before, the new one starts on the day.
    QDate ended;
    QDate started;
    for (const RoleAssignment& r : people().allRoles().value()) {
        if (r.id == role)
            ended = r.validTo;
        if (r.id == done.value().createdRoles.first()) {
            started = r.validFrom;
            QCOMPARE(r.personId, successor);
            QCOMPARE(r.unitId, m_section);
        }
    }
    QCOMPARE(ended, QDate(2026, 11, 30));
    QCOMPARE(started, QDate(2026, 12, 1));
    QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
}

void TestPeopleService::transferMovesOpenRisksAndIsTakenBackExactly()
{
    Register& reg = m_reg->get();
    const qint64 role = people().assignRole(assignment(m_person, Role::SecurityManager, m_section)).value();
    const qint64 successor = m_reg->addPerson(QStringLiteral("米代　次郎"), m_section);
    // The successor already keeps this asset; 能代 一郎 manages it.
    Asset shared = m_reg->validAsset(QStringLiteral("T-1"));
    shared.managerId = m_person;
    shared.custodianId = successor;
    const qint64 asset = reg.assets().create(shared).value();
    const auto riskOwnedBy = [&](const char* threat, qint64 owner, RiskStatus status) {
        Risk r;
        r.assetId = asset;
        r.threatKey = QString::fromLatin1(threat);
        r.threatLevel = 2;
        r.vulnerabilityLevel = 2;
        r.ownerId = owner;
        r.status = status;
        const Result<qint64> id = reg.risks().create(r);
        return id ? id.value() : 0;
    };
    const qint64 open = riskOwnedBy("malware", m_person, RiskStatus::Open);
    const qint64 closed = riskOwnedBy("fire", m_person, RiskStatus::Closed);
    QVERIFY(open && closed);

    const PeopleService::Responsibilities before = people().responsibilitiesOf(m_person).value();
    QCOMPARE(before.roles, 1);
    QCOMPARE(before.assets, 1);
    QCOMPARE(before.risks, 1);
    Result<PeopleService::Transfer> done = people().transfer(m_person, successor, QDate(2026, 12, 1));
    QVERIFY2(done, qPrintable(done.errorText()));
    QCOMPARE(done.value().movedRisks, QList<qint64>{open});
    QCOMPARE(reg.risks().find(open).value()->ownerId, successor);
    QCOMPARE(reg.risks().find(closed).value()->ownerId, m_person); // history stays
    QCOMPARE(done.value().movedFields.value(asset), int(PeopleService::kTransferredManager));

    // Taken back: the manager is 能代 一郎 again, the custodian stays the successor.
    QVERIFY(people().undoTransfer(done.value()));
    const Asset back = *reg.assets().find(asset).value();
    QCOMPARE(back.managerId, m_person);
    QCOMPARE(back.custodianId, successor);
    QCOMPARE(reg.risks().find(open).value()->ownerId, m_person);
    const QList<RoleAssignment> current = people().currentRoles(m_person).value();
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().id, role);
    QVERIFY(!current.first().validTo.isValid());
    QVERIFY(people().currentRoles(successor).value().isEmpty());
    QCOMPARE(people().allRoles().value().size(), 1);
    QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
}

QTEST_GUILESS_MAIN(TestPeopleService)
#include "tst_peopleservice.moc"
