// The first-run wizard, driven as a user would: the language applied at once, a new register
// with the Noshiro tree or an empty one, the first administrator's rules met on their page, an
// existing file never overwritten, a ledger chosen for import; Finish makes the register signed
// in, and a refusal at Finish leaves no file behind.

#include "AdministratorForm.h"
#include "common/Translations.h"
#include "security/Argon2Hasher.h"
#include "service/Register.h"
#include "welcome/WelcomeWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace daicho;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

bool hasJapanese(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x3040 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

void fillAdministrator(WelcomeWizard& wizard, const QString& password, const QString& repeat)
{
    child<QLineEdit>(wizard, "adminName")->setText(QStringLiteral("能代　花子"));
    child<QLineEdit>(wizard, "adminLogin")->setText(QStringLiteral("hanako"));
    child<QLineEdit>(wizard, "adminPassword")->setText(password);
    child<QLineEdit>(wizard, "adminRepeat")->setText(repeat);
}

} // namespace

class TestWelcomeWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        PasswordHasher::install(Argon2Hasher::forTests());
        Translations::install(*QCoreApplication::instance(), Language::Japanese);
    }

    void languageAppliesAtOnce()
    {
        WelcomeWizard wizard;
        wizard.show();
        QVERIFY(hasJapanese(wizard.currentPage()->title()));
        QVERIFY(hasJapanese(wizard.buttonText(QWizard::NextButton)));
        child<QRadioButton>(wizard, "english")->setChecked(true);
        // QApplication posts the change to the windows: it arrives with the next events.
        QTRY_COMPARE(wizard.currentPage()->title(), QStringLiteral("Welcome to Daicho"));
        QCOMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Next >"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        // The pages not shown yet follow too.
        QCOMPARE(wizard.page(WelcomeWizard::Administrator)->title(), QStringLiteral("The First Administrator"));
        child<QRadioButton>(wizard, "japanese")->setChecked(true);
        QTRY_VERIFY(hasJapanese(wizard.currentPage()->title()));
        QVERIFY(hasJapanese(wizard.page(WelcomeWizard::Ledger)->title()));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
    }

    void newRegisterWithNoshiroTreeAndAdministrator()
    {
        QTemporaryDir dir;
        WelcomeWizard wizard;
        wizard.show();
        QCOMPARE(wizard.currentId(), int(WelcomeWizard::Start));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WelcomeWizard::Place));
        auto* path = child<QLineEdit>(wizard, "registerPath");
        QVERIFY(!path->text().isEmpty()); // the user's own register by default
        path->setText(dir.filePath(QStringLiteral("city.sqlite")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WelcomeWizard::Administrator));

        // The rules are met on the page, before anything exists.
        fillAdministrator(wizard, QStringLiteral("hanako-passphrase"), QStringLiteral("hanako-passphrasf"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WelcomeWizard::Administrator));
        auto* error = child<QLabel>(wizard, "administratorError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        fillAdministrator(wizard, QStringLiteral("short"), QStringLiteral("short"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WelcomeWizard::Administrator));
        QVERIFY(error->text().contains(QStringLiteral("10")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("city.sqlite"))));
        fillAdministrator(wizard, QStringLiteral("hanako-passphrase"), QStringLiteral("hanako-passphrase"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WelcomeWizard::Ledger));
        QVERIFY(child<QLabel>(wizard, "summary")->text().contains(QStringLiteral("city.sqlite")));

        wizard.accept();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.choice(), WelcomeWizard::Choice::NewRegister);
        QVERIFY(wizard.ledgerPath().isEmpty());
        std::unique_ptr<Register> reg = wizard.takeRegister();
        QVERIFY(reg);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("city.sqlite"))));
        QCOMPARE(reg->setting(QStringLiteral("city_name")).value(), QStringLiteral("能代市"));
        QVERIFY(reg->org().count().value() > 50);
        QVERIFY(reg->signedInUser());
        QCOMPARE(reg->signedInUser()->login, QStringLiteral("hanako"));
        QVERIFY(reg->signedInUser()->isAdmin);
    }

    void emptyTreeNeedsTheCityName()
    {
        QTemporaryDir dir;
        WelcomeWizard wizard;
        wizard.show();
        wizard.next();
        child<QLineEdit>(wizard, "registerPath")->setText(dir.filePath(QStringLiteral("oga.sqlite")));
        child<QRadioButton>(wizard, "emptyTree")->setChecked(true);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        child<QLineEdit>(wizard, "cityName")->setText(QStringLiteral("男鹿市"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        child<QCheckBox>(wizard, "withoutAccounts")->setChecked(true);
        QVERIFY(!wizard.findChild<AdministratorForm*>()->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WelcomeWizard::Ledger));
        wizard.accept();
        std::unique_ptr<Register> reg = wizard.takeRegister();
        QVERIFY(reg);
        QCOMPARE(reg->org().count().value(), 0);
        QCOMPARE(reg->setting(QStringLiteral("city_name")).value(), QStringLiteral("男鹿市"));
        QVERIFY(!reg->signedInUser());
        QCOMPARE(reg->requiresSignIn().value(), false);
    }

    void existingFileIsNeverOverwritten()
    {
        QTemporaryDir dir;
        const QString existing = dir.filePath(QStringLiteral("register.sqlite"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kept");
        file.close();
        WelcomeWizard wizard;
        wizard.show();
        wizard.next();
        child<QLineEdit>(wizard, "registerPath")->setText(existing);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WelcomeWizard::Place));
        QVERIFY(child<QLabel>(wizard, "placeError")->text().contains(QStringLiteral("register.sqlite")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("kept"));
    }

    void ledgerChosenForImport()
    {
        QTemporaryDir dir;
        WelcomeWizard wizard;
        wizard.show();
        wizard.next();
        child<QLineEdit>(wizard, "registerPath")->setText(dir.filePath(QStringLiteral("city.sqlite")));
        wizard.next();
        fillAdministrator(wizard, QStringLiteral("hanako-passphrase"), QStringLiteral("hanako-passphrase"));
        wizard.next();
        child<QCheckBox>(wizard, "importLedger")->setChecked(true);
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled()); // no file named yet
        auto* ledger = child<QLineEdit>(wizard, "ledgerPath");
        ledger->setText(dir.filePath(QStringLiteral("missing.xlsx")));
        QVERIFY(!wizard.currentPage()->validatePage());
        QVERIFY(child<QLabel>(wizard, "ledgerError")->isVisible());
        const QString csv = QStringLiteral(DAICHO_TEST_DATA "/csv/ledger_utf8_bom.csv");
        ledger->setText(csv);
        wizard.accept();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.ledgerPath(), csv);
        QVERIFY(wizard.takeRegister());
    }

    void refusalAtFinishLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.sqlite"));
        WelcomeWizard wizard;
        wizard.show();
        wizard.next();
        child<QLineEdit>(wizard, "registerPath")->setText(path);
        wizard.next();
        fillAdministrator(wizard, QStringLiteral("hanako-passphrase"), QStringLiteral("hanako-passphrase"));
        wizard.next();
        // The file appears meanwhile (another program): Finish must refuse, say so, write nothing.
        QFile other(path);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("theirs");
        other.close();
        QTimer::singleShot(0, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->accept();
        });
        wizard.accept();
        QVERIFY(wizard.result() != QDialog::Accepted);
        QVERIFY(!wizard.takeRegister());
        QVERIFY(other.open(QIODevice::ReadOnly));
        QCOMPARE(other.readAll(), QByteArray("theirs"));
    }

    void sampleAndExistingFinishAtOnce()
    {
        WelcomeWizard wizard;
        wizard.show();
        child<QRadioButton>(wizard, "sampleRegister")->setChecked(true);
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::NextButton)->isVisible());
        child<QRadioButton>(wizard, "newRegister")->setChecked(true); // and back
        QVERIFY(wizard.button(QWizard::NextButton)->isVisible());
        QVERIFY(!wizard.button(QWizard::FinishButton)->isVisible());
        child<QRadioButton>(wizard, "sampleRegister")->setChecked(true);
        wizard.accept();
        QCOMPARE(wizard.choice(), WelcomeWizard::Choice::SampleRegister);
        QVERIFY(!wizard.takeRegister()); // the window opens the sample itself
        WelcomeWizard again;
        again.show();
        child<QRadioButton>(again, "existingRegister")->setChecked(true);
        again.accept();
        QCOMPARE(again.choice(), WelcomeWizard::Choice::ExistingRegister);
    }
};

QTEST_MAIN(TestWelcomeWizard)
#include "tst_welcomewizard.moc"
