#include "GuiApplication.h"

#include "MainWindow.h"
#include "common/AppInfo.h"
#include "common/Translations.h"
#include "security/Argon2Hasher.h"
#include "service/Register.h"
#include "sqlite/SqliteStatement.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

namespace daicho {

GuiApplication::GuiApplication(int& argc, char** argv)
    : m_app(argc, argv)
{
    AppInfo::applyTo(m_app);
    QApplication::setApplicationDisplayName(QStringLiteral("Daicho"));
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
    // else the user's own register, created with the Noshiro template on first run.
    const QStringList files = parser.positionalArguments();
    const QString last = QSettings().value(QStringLiteral("register/last")).toString();
    Result<std::unique_ptr<Register>> reg = !files.isEmpty() ? Register::open(files.constFirst())
                                            : !last.isEmpty() && QFileInfo::exists(last)
                                                ? Register::open(last)
                                                : Register::openOrCreateDefault(AppInfo::defaultRegisterPath());

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
        QMessageBox::critical(m_window.get(), tr("Cannot open the register"), reg.errorText());
    return QApplication::exec();
}

} // namespace daicho
