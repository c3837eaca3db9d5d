#include "CliApplication.h"
#include "common/AppInfo.h"
#include "common/Clock.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// Only `report` draws (a PDF needs fonts, which need a GUI application); every other command
// stays a plain console program that loads no graphics at all.
bool draws(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "report") == 0)
            return true;
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (draws(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed to write a PDF
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    daicho::AppInfo::applyTo(*app);
    daicho::Translations::install(*app, daicho::Translations::fromEnvironment());
    QTextStream out(stdout);
    QTextStream err(stderr);
    daicho::CliApplication cli(out, err, daicho::Clock::system());
    return cli.run(QCoreApplication::arguments());
}
