// Role assignments in the database: round trip, "in office" queries, and the unique index
// that keeps one CISO and one 統括 in office even for writes that bypass the service.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "repo/RoleRepository.h"

#include <QTest>

using namespace daicho;
using daicho::test::TestRegister;

namespace {
RoleAssignment assignment(qint64 person, Role role, qint64 unit = 0)
{
    RoleAssignment r;
    r.personId = person;
    r.role = role;
    r.unitId = unit;
    r.validFrom = QDate(2026, 4, 1);
    return r;
}
} // namespace

class TestRoleRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void personMustExist();
    void singletonRolesAreUniqueInOffice_data();
    void singletonRolesAreUniqueInOffice();
    void otherRolesMayRepeat();
    void currentQueries();
};

void TestRoleRepository::roundTrip()
{
    TestRegister reg;
    RoleRepository repo(reg->database());
    const qint64 section = reg.firstSectionId();
    const qint64 person = reg.addPerson(QStringLiteral("課長　一"), section);
    RoleAssignment r = assignment(person, Role::SecurityManager, section);
    r.validTo = QDate(2027, 3, 31);
    Result<qint64> id = repo.insert(r);
    QVERIFY2(id, qPrintable(id.errorText()));
    const RoleAssignment back = *repo.find(id.value()).value();
    QCOMPARE(back.id, id.value());
    QCOMPARE(back.personId, person);
    QCOMPARE(back.role, Role::SecurityManager);
    QCOMPARE(back.unitId, section);
    QCOMPARE(back.assetId, 0);
    QCOMPARE(back.validFrom, QDate(2026, 4, 1));
    QCOMPARE(back.validTo, QDate(2027, 3, 31));
    QVERIFY(!repo.find(id.value() + 1).value());
}

void TestRoleRepository::personMustExist()
{
    TestRegister reg;
    RoleRepository repo(reg->database());
    QVERIFY(!repo.insert(assignment(31337, Role::Committee)));
    QVERIFY(repo.all().value().isEmpty());
}

void TestRoleRepository::singletonRolesAreUniqueInOffice_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("ciso") << Role::Ciso;
    QTest::newRow("chief_officer") << Role::ChiefOfficer;
}

void TestRoleRepository::singletonRolesAreUniqueInOffice()
{
    QFETCH(Role, role);
    TestRegister reg;
    RoleRepository repo(reg->database());
    const qint64 a = reg.addPerson(QStringLiteral("副市長　甲"));
    const qint64 b = reg.addPerson(QStringLiteral("副市長　乙"));
    RoleAssignment first = assignment(a, role);
    first.id = repo.insert(first).value();
    QVERIFY(first.id > 0);
    QVERIFY(!repo.insert(assignment(b, role)));

    // Once the first term has ended, a successor may take office.
    first.validTo = QDate(2027, 3, 31);
    QVERIFY(repo.update(first));
    QVERIFY(repo.insert(assignment(b, role)));
    QCOMPARE(repo.currentHolders(role).value().size(), 1);
    QCOMPARE(repo.currentHolders(role).value().first().personId, b);
}

void TestRoleRepository::otherRolesMayRepeat()
{
    TestRegister reg;
    RoleRepository repo(reg->database());
    const qint64 section = reg.firstSectionId();
    const qint64 a = reg.addPerson(QStringLiteral("委員　甲"));
    const qint64 b = reg.addPerson(QStringLiteral("委員　乙"));
    QVERIFY(repo.insert(assignment(a, Role::Committee)));
    QVERIFY(repo.insert(assignment(b, Role::Committee)));
    QVERIFY(repo.insert(assignment(a, Role::SecurityManager, section)));
    QVERIFY(repo.insert(assignment(b, Role::SecurityManager, section)));
    QCOMPARE(repo.currentHolders(Role::Committee).value().size(), 2);
}

void TestRoleRepository::currentQueries()
{
    TestRegister reg;
    RoleRepository repo(reg->database());
    const qint64 s1 = reg.firstSectionId();
    qint64 s2 = 0;
    for (const OrgUnit& u : reg->org().units().value())
        if (u.kind == UnitKind::Section && u.id != s1) {
            s2 = u.id;
            break;
        }
    QVERIFY(s2 > 0);
    const qint64 p = reg.addPerson(QStringLiteral("兼務　太郎"));
    const qint64 q = reg.addPerson(QStringLiteral("前任　次郎"));
    QVERIFY(repo.insert(assignment(p, Role::SecurityManager, s1)));
    QVERIFY(repo.insert(assignment(p, Role::Committee)));
    RoleAssignment ended = assignment(q, Role::SecurityManager, s2);
    ended.validTo = QDate(2026, 9, 30);
    QVERIFY(repo.insert(ended));
    QVERIFY(repo.insert(assignment(q, Role::SecurityManager, s2)));

    QCOMPARE(repo.currentForPerson(p).value().size(), 2);
    QCOMPARE(repo.currentForPerson(q).value().size(), 1); // the ended term is history
    QCOMPARE(repo.currentHolders(Role::SecurityManager).value().size(), 2);
    const QList<RoleAssignment> ofS2 = repo.currentHolders(Role::SecurityManager, s2).value();
    QCOMPARE(ofS2.size(), 1);
    QCOMPARE(ofS2.first().personId, q);
    QVERIFY(!ofS2.first().validTo.isValid());
    QCOMPARE(repo.all().value().size(), 4);
}

QTEST_GUILESS_MAIN(TestRoleRepository)
#include "tst_rolerepository.moc"
