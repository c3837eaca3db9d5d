#include "CliApplication.h"
#include "common/AppInfo.h"
#include "common/Clock.h"
#include "common/Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    daicho::AppInfo::applyTo(app);
    daicho::Translations::install(app, daicho::Translations::fromEnvironment());
    QTextStream out(stdout);
    QTextStream err(stderr);
    daicho::CliApplication cli(out, err, daicho::Clock::system());
    return cli.run(QCoreApplication::arguments());
}
