// Permissions decided in core from 第5条 roles: for each role, what it may change and what is
// refused — with the reason, and with nothing changed.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "repo/AssetRepository.h"
#include "security/Argon2Hasher.h"
#include "service/Register.h"
#include "service/RegisterStats.h"

#include <QTest>

using namespace daicho;
using daicho::test::auditCount;

class TestAccessPolicy : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    const QString kPassword = QStringLiteral("a-long-passphrase");
    qint64 m_general = 0; // 総務課 (総務部)
    qint64 m_tax = 0;     // 税務課 (総務部)
    qint64 m_digital = 0; // デジタル推進課 (企画部)
    qint64 m_inGeneral = 0, m_inTax = 0, m_inDigital = 0, m_system = 0;

    Register& reg() { return m_reg->get(); }
    qint64 unitNamed(const QString& name)
    {
        for (const OrgUnit& u : reg().org().units().value())
            if (u.name == name)
                return u.id;
        qFatal("no unit %s", qPrintable(name));
    }
    qint64 asset(const char* code, qint64 section, AssetCategory category = AssetCategory::Information)
    {
        Asset a = m_reg->validAsset(QString::fromLatin1(code));
        a.sectionId = section;
        a.category = category;
        return reg().assets().create(a).value();
    }
    // A user holding `role` over `unit` (or `assetId`), signed in from now on.
    void signInAs(const char* login, std::optional<Role> role, qint64 unit = 0, qint64 assetId = 0)
    {
        QVERIFY(reg().signIn(QStringLiteral("admin"), kPassword));
        const qint64 person =
            reg().people().createPerson(Person{0, QString::fromLatin1(login), {}, {}, {}, 0, false, true}).value();
        if (role) {
            RoleAssignment a;
            a.personId = person;
            a.role = *role;
            a.unitId = unit;
            a.assetId = assetId;
            a.validFrom = QDate(2026, 4, 1);
            Result<qint64> assigned = reg().people().assignRole(a);
            QVERIFY2(assigned, qPrintable(assigned.errorText()));
        }
        QVERIFY(reg().users().createUser(QString::fromLatin1(login), person, kPassword, false));
        QVERIFY(reg().signIn(QString::fromLatin1(login), kPassword));
    }
    // The stored asset, whoever is signed in (what a crafted request could carry).
    Asset stored(qint64 id) { return *AssetRepository(reg().database()).find(id).value(); }
    Status rename(qint64 id)
    {
        Asset a = stored(id);
        a.name += QStringLiteral("（改）");
        return reg().assets().update(a);
    }
    // The change is refused, says why, and leaves the asset and the trail as they were.
    void verifyRefused(qint64 id)
    {
        const Asset before = stored(id);
        const qint64 events = auditCount(reg());
        const Status s = rename(id);
        QVERIFY2(!s, qPrintable(before.code));
        QVERIFY(!s.errorText().isEmpty());
        QCOMPARE(stored(id).name, before.name);
        QCOMPARE(auditCount(reg()), events);
    }

private Q_SLOTS:
    void initTestCase() { PasswordHasher::install(Argon2Hasher::forTests()); }

    void init()
    {
        m_reg = std::make_unique<test::TestRegister>();
        reg().users().setPause([](int) {});
        m_general = unitNamed(QStringLiteral("総務課"));
        m_tax = unitNamed(QStringLiteral("税務課"));
        m_digital = unitNamed(QStringLiteral("デジタル推進課"));
        m_inGeneral = asset("G-1", m_general);
        m_inTax = asset("T-1", m_tax);
        m_inDigital = asset("D-1", m_digital);
        m_system = asset("S-1", m_tax, AssetCategory::Infrastructure);
        const qint64 office = m_reg->addPerson(QStringLiteral("情報　政策"));
        QVERIFY(reg().users().createUser(QStringLiteral("admin"), office, kPassword, true));
    }

    void cleanup() { m_reg.reset(); }

    void sectionManagerChangesOnlyTheirSection()
    {
        signInAs("kanri", Role::SecurityManager, m_general);
        QVERIFY(rename(m_inGeneral));
        verifyRefused(m_inTax);
        verifyRefused(m_inDigital);
        // Nor may they move their asset out of their section, or create one elsewhere.
        Asset moved = stored(m_inGeneral);
        moved.sectionId = m_tax;
        QVERIFY(!reg().assets().update(moved));
        Asset elsewhere = stored(m_inGeneral);
        elsewhere.id = 0;
        elsewhere.code = QStringLiteral("X-9");
        elsewhere.sectionId = m_digital;
        QVERIFY(!reg().assets().create(elsewhere));
        elsewhere.sectionId = m_general;
        QVERIFY(reg().assets().create(elsewhere));
        QVERIFY(!reg().assets().dispose(m_inTax, QDate(2026, 11, 1), QStringLiteral("溶解"), 1));
        QVERIFY(!reg().assets().remove(m_inDigital));
    }

    void readsShowOnlyTheScope()
    {
        signInAs("kanri", Role::SecurityManager, m_general);
        QCOMPARE(reg().assets().count().value(), 1);
        QVERIFY(reg().assets().find(m_inGeneral).value());
        QVERIFY(!reg().assets().find(m_inTax).value()); // as if it were not there
        QVERIFY(!reg().assets().findByCode(QStringLiteral("T-1")).value());
        AssetFilter search;
        search.text = QStringLiteral("システム"); // in every test asset's name
        QCOMPARE(reg().assets().count(search).value(), 1);
        const QList<Asset> page = reg().assets().page(AssetFilter{}, 0, 100).value();
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().id, m_inGeneral);
        QCOMPARE(reg().assets().countBySection().value().keys(), QList<qint64>{m_general});
        QCOMPARE(RegisterStats::collect(reg()).value().assets, 1);

        signInAs("iin", Role::Committee); // reads everything
        QCOMPARE(reg().assets().count().value(), 4);
        signInAs("sysadmin", Role::SystemAdmin, 0, m_system);
        QCOMPARE(reg().assets().count().value(), 1);
        QVERIFY(reg().assets().find(m_system).value());
    }

    void complianceFindingsStayWithinTheScope()
    {
        // Every test asset's manager holds no role: each is a manager-role-mismatch finding.
        QVERIFY(reg().signIn(QStringLiteral("admin"), kPassword));
        QCOMPARE(reg().compliance().check({QStringLiteral("manager-role-mismatch")}).value().size(), 4);
        signInAs("kanri", Role::SecurityManager, m_general);
        const QList<Finding> seen = reg().compliance().check().value();
        QVERIFY(!seen.isEmpty());
        for (const Finding& f : seen) {
            QVERIFY2(f.assetId == 0 || f.assetId == m_inGeneral, qPrintable(f.message));
            QVERIFY2(f.unitId == 0 || f.unitId == m_general, qPrintable(f.message));
            QVERIFY2(f.unitId != 0 || f.assetId != 0, "city-wide roles are the office's to see");
        }
    }

    void confidentialDetailsAreHiddenOutsideTheScope()
    {
        QVERIFY(reg().signIn(QStringLiteral("admin"), kPassword));
        Asset secret = stored(m_inTax);
        secret.confidentiality = QStringLiteral("3");
        secret.location = QStringLiteral("本庁舎地下 金庫室");
        secret.notes = QStringLiteral("鍵は収納課長が保管");
        QVERIFY(reg().assets().update(secret));

        signInAs("iin", Role::Committee); // reads everything, looks after nothing
        const Asset seen = *reg().assets().find(m_inTax).value();
        QVERIFY(seen.detailsHidden);
        QVERIFY(seen.location.isEmpty());
        QVERIFY(seen.notes.isEmpty());
        QCOMPARE(seen.name, secret.name); // what it is stays visible
        AssetFilter search;
        search.text = QStringLiteral("金庫室"); // only in the hidden location
        QCOMPARE(reg().assets().count(search).value(), 0);
        search.text = QStringLiteral("T-1"); // its ID finds it
        QCOMPARE(reg().assets().count(search).value(), 1);

        signInAs("sekinin", Role::SecurityOfficer, unitNamed(QStringLiteral("総務部")));
        const Asset theirs = *reg().assets().find(m_inTax).value();
        QVERIFY(!theirs.detailsHidden);
        QCOMPARE(theirs.location, secret.location);
        search.text = QStringLiteral("金庫室");
        QCOMPARE(reg().assets().count(search).value(), 1);
    }

    void departmentOfficerCoversTheDepartment()
    {
        QVERIFY(reg().signIn(QStringLiteral("admin"), kPassword));
        Asset other = stored(m_inDigital); // another department's 機密性3 asset
        other.confidentiality = QStringLiteral("3");
        other.notes = QStringLiteral("暗号鍵の保管手順あり");
        QVERIFY(reg().assets().update(other));

        signInAs("sekinin", Role::SecurityOfficer, unitNamed(QStringLiteral("総務部")));
        QVERIFY(rename(m_inGeneral));
        QVERIFY(rename(m_inTax));
        verifyRefused(m_inDigital);
        // Another department's 機密性3 details are not readable at all: the asset is not there.
        QVERIFY(!reg().assets().find(m_inDigital).value());
        AssetFilter search;
        search.text = QStringLiteral("暗号鍵");
        QCOMPARE(reg().assets().count(search).value(), 0);
    }

    void systemAdministratorCoversTheirSystem()
    {
        signInAs("sysadmin", Role::SystemAdmin, 0, m_system);
        QVERIFY(rename(m_system));
        verifyRefused(m_inTax); // same section, not their system
    }

    void committeeReadsButChangesNothing()
    {
        signInAs("iin", Role::Committee);
        verifyRefused(m_inGeneral);
        QVERIFY(rename(m_inGeneral).errorText().contains(QStringLiteral("iin")));
    }

    void anyoneElseChangesNothing()
    {
        signInAs("nobody", std::nullopt);
        verifyRefused(m_inGeneral);
        verifyRefused(m_system);
    }

    void onlyWholeCityRolesManageTheOrganisationAndPeople()
    {
        signInAs("kanri", Role::SecurityManager, m_general);
        const qint64 units = reg().org().count().value();
        OrgUnit section;
        section.kind = UnitKind::Section;
        section.parentId = unitNamed(QStringLiteral("総務部"));
        section.name = QStringLiteral("新設課");
        QVERIFY(!reg().org().createUnit(section));
        QVERIFY(!reg().people().createPerson(Person{0, QStringLiteral("新人"), {}, {}, {}, 0, false, true}));
        QCOMPARE(reg().org().count().value(), units);

        signInAs("ciso", Role::Ciso);
        QVERIFY(reg().org().createUnit(section));
        QVERIFY(rename(m_inDigital));
    }

    void aRegisterWithUsersGrantsNothingUntilSignIn()
    {
        const QString path = m_reg->path();
        m_reg->reopen();
        verifyRefused(m_inGeneral);
        QVERIFY(reg().signIn(QStringLiteral("admin"), kPassword));
        QVERIFY(rename(m_inGeneral));
        reg().signOut();
        verifyRefused(m_inGeneral);
        Q_UNUSED(path);
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
