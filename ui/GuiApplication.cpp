#include "GuiApplication.h"

#include "MainWindow.h"
#include "common/AppInfo.h"
#include "common/Translations.h"
#include "service/Register.h"
#include "sqlite/SqliteStatement.h"

#include <QCommandLineParser>
#include <QMessageBox>

namespace daicho {

GuiApplication::GuiApplication(int& argc, char** argv)
    : m_app(argc, argv)
{
    AppInfo::applyTo(m_app);
    QApplication::setApplicationDisplayName(QStringLiteral("Daicho"));
    Translations::install(m_app, Translations::fromEnvironment());
    SqliteStatement::install();
}

GuiApplication::~GuiApplication() = default;

int GuiApplication::exec()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Register of information assets"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Register to open (default: your own register)."));
    parser.process(m_app);

    const QStringList files = parser.positionalArguments();
    Result<std::unique_ptr<Register>> reg = files.isEmpty()
                                                ? Register::openOrCreateDefault(AppInfo::defaultRegisterPath())
                                                : Register::open(files.constFirst());

    m_window = std::make_unique<MainWindow>();
    if (reg)
        m_window->setRegister(reg.take());
    m_window->show();
    if (!reg)
        QMessageBox::critical(m_window.get(), tr("Cannot open the register"), reg.errorText());
    return QApplication::exec();
}

} // namespace daicho
