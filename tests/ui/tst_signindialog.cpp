// Signing in from the window: a wrong password keeps the dialog open and says so; the right
// one signs the register in. A new register's first administrator is created and signed in,
// and a refused password writes nothing.

#include "FirstAdminDialog.h"
#include "SignInDialog.h"
#include "TestRegister.h"
#include "security/Argon2Hasher.h"
#include "service/Register.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace daicho;

class TestSignInDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PasswordHasher::install(Argon2Hasher::forTests()); }

    void wrongPasswordStaysRightPasswordSignsIn()
    {
        test::TestRegister reg;
        reg->users().setPause([](int) {});
        const qint64 person = reg.addPerson(QStringLiteral("情報　管理"));
        QVERIFY(reg->users().createUser(QStringLiteral("office"), person, QStringLiteral("office-passphrase"), true));
        SignInDialog dialog(*reg, QStringLiteral("register.sqlite"));
        dialog.findChild<QLineEdit*>(QStringLiteral("login"))->setText(QStringLiteral("office"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
        password->setText(QStringLiteral("not-the-passphrase"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("signInError"))->text().isEmpty());
        QVERIFY(password->text().isEmpty()); // never kept
        QVERIFY(!reg->signedInUser());
        password->setText(QStringLiteral("office-passphrase"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(reg->signedInUser()->login, QStringLiteral("office"));
    }

    void firstAdministrator()
    {
        test::TestRegister reg;
        FirstAdminDialog dialog(*reg);
        dialog.findChild<QLineEdit*>(QStringLiteral("adminName"))->setText(QStringLiteral("能代　花子"));
        dialog.findChild<QLineEdit*>(QStringLiteral("adminLogin"))->setText(QStringLiteral("hanako"));
        dialog.findChild<QLineEdit*>(QStringLiteral("adminPassword"))->setText(QStringLiteral("short"));
        dialog.findChild<QLineEdit*>(QStringLiteral("adminRepeat"))->setText(QStringLiteral("short"));
        const qint64 people = reg->people().count().value();
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(reg->people().count().value(), people); // nothing written
        for (const char* field : {"adminPassword", "adminRepeat"})
            dialog.findChild<QLineEdit*>(QLatin1String(field))->setText(QStringLiteral("hanako-passphrase"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(reg->requiresSignIn().value());
        QCOMPARE(reg->signedInUser()->login, QStringLiteral("hanako"));
        QVERIFY(reg->signedInUser()->isAdmin);
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
