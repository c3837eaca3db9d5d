#include "WelcomeWizard.h"

#include "AdministratorForm.h"
#include "AdministratorPage.h"
#include "LedgerPage.h"
#include "RegisterPlacePage.h"
#include "StartPage.h"
#include "common/Translations.h"
#include "service/Register.h"
#include "service/RegisterSetup.h"

#include <QApplication>
#include <QEvent>
#include <QMessageBox>
#include <QSettings>

namespace daicho {

WelcomeWizard::WelcomeWizard(QWidget* parent)
    : QWizard(parent)
    , m_start(new StartPage)
    , m_place(new RegisterPlacePage)
    , m_administrator(new AdministratorPage)
    , m_ledger(new LedgerPage)
{
    setObjectName(QStringLiteral("WelcomeWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, QApplication::windowIcon().pixmap(48, 48));
    setPage(Start, m_start);
    setPage(Place, m_place);
    setPage(Administrator, m_administrator);
    setPage(Ledger, m_ledger);
    setStartId(Start);
    connect(m_start, &StartPage::languageChosen, this, [](Language language) {
        // Kept for the next starts too, as View → Language does.
        QSettings().setValue(QStringLiteral("ui/language"), LanguageSetting::code(language));
        Translations::switchTo(*QCoreApplication::instance(), language);
    });
    resize(760, 560);
    retranslate();
}

WelcomeWizard::~WelcomeWizard() = default;

WelcomeWizard::Choice WelcomeWizard::choice() const
{
    return static_cast<Choice>(m_start->choice());
}

QString WelcomeWizard::registerPath() const
{
    return m_place->path();
}

std::unique_ptr<Register> WelcomeWizard::takeRegister()
{
    return std::move(m_register);
}

QString WelcomeWizard::ledgerPath() const
{
    return choice() == Choice::NewRegister ? m_ledger->ledgerPath() : QString();
}

void WelcomeWizard::accept()
{
    if (choice() != Choice::NewRegister)
        return QWizard::accept();
    RegisterSetup setup;
    setup.path = m_place->path();
    setup.noshiroTree = m_place->noshiroTree();
    setup.cityName = m_place->cityName();
    if (!m_administrator->withoutAccounts()) {
        setup.adminName = m_administrator->form()->personName();
        setup.adminLogin = m_administrator->form()->login();
        setup.adminPassword = m_administrator->form()->password();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Register>> made = setup.create();
    QApplication::restoreOverrideCursor();
    if (!made) {
        // Nothing was left behind: the user may change what was refused and finish again.
        QMessageBox::warning(this, tr("Cannot create the register"), made.errorText());
        return;
    }
    m_register = made.take();
    QWizard::accept();
}

void WelcomeWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void WelcomeWizard::retranslate()
{
    setWindowTitle(tr("Welcome to Daicho"));
    // QWizard names its buttons once; named here they follow a language chosen on the first page.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace daicho
