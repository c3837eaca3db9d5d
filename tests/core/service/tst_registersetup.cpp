// RegisterSetup: the register the first-run wizard makes — the Noshiro tree or an empty one with
// the city's name, the security office's first account signed in — whole or not at all.

#include "CoreTestHelpers.h"
#include "audit/AuditVerifier.h"
#include "security/Argon2Hasher.h"
#include "service/RegisterSetup.h"
#include "service/UserService.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;
using daicho::test::u8;

namespace {
RegisterSetup setupAt(const QTemporaryDir& dir)
{
    RegisterSetup setup;
    setup.path = dir.filePath(QStringLiteral("city.sqlite"));
    setup.adminName = u8("情報 太郎");
    setup.adminLogin = QStringLiteral("jouhou");
    setup.adminPassword = QStringLiteral("security office pass");
    return setup;
}
} // namespace

class TestRegisterSetup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PasswordHasher::install(Argon2Hasher::forTests()); }
    void noshiroTreeWithAdministrator();
    void emptyTreeKeepsCityName();
    void withoutAccounts();
    void refusedAdministratorLeavesNoFile();
    void existingFileIsNeverTouched();
};

void TestRegisterSetup::noshiroTreeWithAdministrator()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Register>> reg = setupAt(dir).create();
    QVERIFY2(reg, qPrintable(reg.errorText()));
    QCOMPARE(reg.value()->setting(QStringLiteral("template")).value(), QStringLiteral("noshiro"));
    QVERIFY(reg.value()->org().count().value() > 50);
    QVERIFY(reg.value()->signedInUser().has_value());
    QCOMPARE(reg.value()->signedInUser()->login, QStringLiteral("jouhou"));
    QVERIFY(reg.value()->signedInUser()->isAdmin);
    QCOMPARE(reg.value()->requiresSignIn().value(), true);
    const QList<Person> people = reg.value()->people().people().value();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.constFirst().name, u8("情報 太郎"));
    // The sign-in that followed is in the chain, and the chain's head moved with it.
    Result<AuditReport> audit = AuditVerifier(reg.value()->database()).verify();
    QVERIFY2(audit, qPrintable(audit.errorText()));
    QVERIFY(audit.value().clean());
}

void TestRegisterSetup::emptyTreeKeepsCityName()
{
    QTemporaryDir dir;
    RegisterSetup setup = setupAt(dir);
    setup.noshiroTree = false;
    setup.cityName = u8(" 男鹿市 ");
    Result<std::unique_ptr<Register>> reg = setup.create();
    QVERIFY2(reg, qPrintable(reg.errorText()));
    QCOMPARE(reg.value()->org().count().value(), 0);
    QCOMPARE(reg.value()->setting(QStringLiteral("city_name")).value(), u8("男鹿市"));
    QCOMPARE(reg.value()->setting(QStringLiteral("template")).value(), QStringLiteral("empty"));
}

void TestRegisterSetup::withoutAccounts()
{
    QTemporaryDir dir;
    RegisterSetup setup = setupAt(dir);
    setup.adminLogin.clear();
    Result<std::unique_ptr<Register>> reg = setup.create();
    QVERIFY2(reg, qPrintable(reg.errorText()));
    QCOMPARE(reg.value()->requiresSignIn().value(), false);
    QVERIFY(!reg.value()->signedInUser());
    QCOMPARE(reg.value()->people().people().value().size(), 0);
}

void TestRegisterSetup::refusedAdministratorLeavesNoFile()
{
    QTemporaryDir dir;
    RegisterSetup setup = setupAt(dir);
    setup.adminPassword = QStringLiteral("short");
    Result<std::unique_ptr<Register>> reg = setup.create();
    QVERIFY(!reg);
    QVERIFY2(reg.errorText().contains(QString::number(UserService::kMinPasswordLength)), qPrintable(reg.errorText()));
    QVERIFY(!QFileInfo::exists(setup.path));
    QVERIFY(!QFileInfo::exists(setup.path + QStringLiteral("-wal")));
    // The place is free again: the corrected attempt succeeds.
    setup.adminPassword = QStringLiteral("security office pass");
    QVERIFY(setup.create());
}

void TestRegisterSetup::existingFileIsNeverTouched()
{
    QTemporaryDir dir;
    RegisterSetup setup = setupAt(dir);
    QFile file(setup.path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("someone's file");
    file.close();
    Result<std::unique_ptr<Register>> reg = setup.create();
    QVERIFY(!reg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("someone's file"));
}

QTEST_GUILESS_MAIN(TestRegisterSetup)
#include "tst_registersetup.moc"
