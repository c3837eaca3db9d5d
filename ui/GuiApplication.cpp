#include "GuiApplication.h"

#include "MainWindow.h"
#include "common/AppInfo.h"
#include "common/Translations.h"
#include "db/Database.h"
#include "security/Argon2Hasher.h"
#include "service/Register.h"
#include "sqlite/SqliteStatement.h"
#include "welcome/WelcomeWizard.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

namespace daicho {

GuiApplication::GuiApplication(int& argc, char** argv)
    : m_app(argc, argv)
{
    AppInfo::applyTo(m_app);
    QApplication::setApplicationDisplayName(QStringLiteral("Daicho"));
    // The icon the package installs into the hicolor theme (none when run from the build tree).
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("daicho")));
    // DAICHO_LANG (tests, support) wins over the language chosen in View → Language.
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    Translations::install(m_app, qEnvironmentVariableIsSet("DAICHO_LANG") || chosen.isEmpty()
                                     ? Translations::fromEnvironment()
                                     : LanguageSetting::fromCode(chosen));
    SqliteStatement::install();
    Argon2Hasher::install();
}

GuiApplication::~GuiApplication() = default;

int GuiApplication::exec()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Register of information assets"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Register to open (default: your own register)."));
    const QCommandLineOption check(QStringLiteral("check"),
                                   tr("Start, open the register and quit: exit status 0 when it opened (for IT "
                                      "sections checking an installation)."));
    parser.addOption(check);
    parser.process(m_app);

    // A file named on the command line; else the register used last, if it is still there;
    // else the user's own register. On the very first run (none of these) the welcome wizard
    // asks what to start with, except for an installation check, which makes the own register
    // with the Noshiro template.
    const QStringList files = parser.positionalArguments();
    const QString last = QSettings().value(QStringLiteral("register/last")).toString();
    const QString own = AppInfo::defaultRegisterPath();
    const bool lastExists = !last.isEmpty() && QFileInfo::exists(last);
    const bool usedShared = Database::isServerLocation(last);
    if (files.isEmpty() && !lastExists && !usedShared && !QFileInfo::exists(own) && !parser.isSet(check))
        return firstRun();
    const QString path = !files.isEmpty() ? files.constFirst() : lastExists ? last : own;
    Result<std::unique_ptr<Register>> reg =
        !files.isEmpty() || lastExists ? Register::open(path) : Register::openOrCreateDefault(own);

    m_window = std::make_unique<MainWindow>();
    if (parser.isSet(check)) {
        if (!reg) {
            qCritical("%s", qPrintable(reg.errorText()));
            return 1;
        }
        QTextStream(stdout) << tr("Started with the register %1.").arg(reg.value()->database().displayName())
                            << Qt::endl;
        if (const QString backup = reg.value()->database().migrationBackupPath(); !backup.isEmpty())
            QTextStream(stdout)
                << tr("Backed up the register before updating it: %1").arg(QDir::toNativeSeparators(backup))
                << Qt::endl;
        return 0;
    }
    m_window->show();
    if (reg)
        m_window->adoptRegister(reg.take());
    if (!reg)
        m_window->showOpenFailure(path, reg.problems());
    return QApplication::exec();
}

int GuiApplication::firstRun()
{
    WelcomeWizard wizard;
    if (wizard.exec() != QDialog::Accepted)
        return 0; // nothing made; the wizard comes again next time
    // Made after the wizard, so that it speaks the language chosen there.
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    switch (wizard.choice()) {
    case WelcomeWizard::Choice::NewRegister:
        m_window->setRegister(wizard.takeRegister());
        if (!wizard.ledgerPath().isEmpty())
            m_window->importLedgerFile(wizard.ledgerPath());
        break;
    case WelcomeWizard::Choice::SampleRegister:
        m_window->openSampleRegister();
        break;
    case WelcomeWizard::Choice::ExistingRegister:
        m_window->openRegister();
        break;
    }
    return QApplication::exec();
}

} // namespace daicho
