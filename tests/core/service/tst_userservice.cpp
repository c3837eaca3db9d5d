// UserService: the first administrator, users made only by administrators, passwords kept as
// hashes, sign-ins audited (failed ones slowed down, without telling whether a login exists),
// disabled users refused, and verify-audit still clean.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "audit/AuditVerifier.h"
#include "repo/UserRepository.h"
#include "security/Argon2Hasher.h"
#include "service/Register.h"

#include <QTest>

using namespace daicho;
using daicho::test::auditCount;
using daicho::test::lastAuditEvent;

class TestUserService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    QList<int> m_pauses;
    qint64 m_person = 0;

    UserService& users() { return (*m_reg)->users(); }
    const QString kPassword = QStringLiteral("secret-passphrase-1");

private Q_SLOTS:
    void initTestCase() { PasswordHasher::install(Argon2Hasher::forTests()); }

    void init()
    {
        m_reg = std::make_unique<test::TestRegister>();
        m_pauses.clear();
        users().setPause([this](int ms) { m_pauses << ms; });
        m_person = m_reg->addPerson(QStringLiteral("情報　管理"), m_reg->firstSectionId());
    }

    void cleanup() { m_reg.reset(); }

    void firstUserIsAnAdministrator()
    {
        QVERIFY(!(*m_reg)->requiresSignIn().value());
        QVERIFY(!users().createUser(QStringLiteral("clerk"), m_person, kPassword, false));
        QVERIFY(!users().createUser(QStringLiteral("admin"), m_person, QStringLiteral("short"), true));
        Result<qint64> admin = users().createUser(QStringLiteral("admin"), m_person, kPassword, true);
        QVERIFY2(admin, qPrintable(admin.errorText()));
        QVERIFY((*m_reg)->requiresSignIn().value());
        const User stored = users().users().value().first();
        QVERIFY(stored.passwordHash.isEmpty()); // read on its own, by whoever may
        QVERIFY(UserRepository((*m_reg)->database())
                    .passwordHash(stored.id)
                    .value()
                    .startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!lastAuditEvent(m_reg->get()).afterJson.contains(QStringLiteral("argon2"))); // no hash in the trail

        // Later users only by a signed-in administrator.
        QVERIFY(!users().createUser(QStringLiteral("clerk"), m_person, kPassword, false));
        QVERIFY((*m_reg)->signIn(QStringLiteral("admin"), kPassword));
        QVERIFY(users().createUser(QStringLiteral("clerk"), m_person, kPassword, false));
        QVERIFY(!users().createUser(QStringLiteral("clerk"), m_person, kPassword, false)); // taken
        QCOMPARE(users().count().value(), 2);
    }

    void signInIsAuditedAndFailuresSlowDown()
    {
        QVERIFY(users().createUser(QStringLiteral("admin"), m_person, kPassword, true));
        const qint64 before = auditCount(m_reg->get());
        Status wrong = (*m_reg)->signIn(QStringLiteral("admin"), QStringLiteral("wrong-password-1"));
        Status unknown = (*m_reg)->signIn(QStringLiteral("nobody"), kPassword);
        QVERIFY(!wrong);
        QVERIFY(!unknown);
        QCOMPARE(wrong.errorText(), unknown.errorText()); // says nothing about which logins exist
        QVERIFY(!(*m_reg)->signIn(QStringLiteral("admin"), QStringLiteral("wrong-password-2")));
        QCOMPARE(m_pauses, (QList<int>{500, 500, 1000}));
        QCOMPARE(auditCount(m_reg->get()), before + 3);
        QCOMPARE(lastAuditEvent(m_reg->get()).action, QStringLiteral("failed"));
        QVERIFY(!(*m_reg)->signedInUser());

        QVERIFY((*m_reg)->signIn(QStringLiteral("admin"), kPassword));
        QCOMPARE((*m_reg)->signedInUser()->login, QStringLiteral("admin"));
        QCOMPARE((*m_reg)->actor(), QStringLiteral("admin")); // the trail names the user from now on
        QCOMPARE(lastAuditEvent(m_reg->get()).action, QStringLiteral("succeeded"));
        QCOMPARE(users().users().value().first().failedSignIns, 0);
        QCOMPARE(UserService::pauseAfter(10), 8000);
        const AuditReport report = AuditVerifier((*m_reg)->database()).verify().value();
        QVERIFY2(report.clean(), qPrintable(report.findings.value(0).message));
    }

    void disabledUsersAndPasswords()
    {
        QVERIFY(users().createUser(QStringLiteral("admin"), m_person, kPassword, true));
        QVERIFY((*m_reg)->signIn(QStringLiteral("admin"), kPassword));
        QVERIFY(users().createUser(QStringLiteral("clerk"), m_person, kPassword, false));
        QVERIFY(users().setEnabled(QStringLiteral("clerk"), false));
        (*m_reg)->signOut();
        Status refused = (*m_reg)->signIn(QStringLiteral("clerk"), kPassword);
        QVERIFY(!refused);
        QVERIFY(refused.errorText().contains(QStringLiteral("clerk")));
        QVERIFY(!users().setEnabled(QStringLiteral("clerk"), true)); // nobody signed in

        QVERIFY((*m_reg)->signIn(QStringLiteral("admin"), kPassword));
        QVERIFY(users().setEnabled(QStringLiteral("clerk"), true));
        QVERIFY(users().setPassword(QStringLiteral("clerk"), QStringLiteral("another-passphrase")));
        (*m_reg)->signOut();
        QVERIFY(!(*m_reg)->signIn(QStringLiteral("clerk"), kPassword));
        QVERIFY((*m_reg)->signIn(QStringLiteral("clerk"), QStringLiteral("another-passphrase")));
        // A user changes their own password, not another's.
        QVERIFY(users().setPassword(QStringLiteral("clerk"), QStringLiteral("third-passphrase-3")));
        QVERIFY(!users().setPassword(QStringLiteral("admin"), QStringLiteral("taken-over-12345")));
        const AuditReport report = AuditVerifier((*m_reg)->database()).verify().value();
        QVERIFY2(report.clean(), qPrintable(report.findings.value(0).message));
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
