#include "AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace daicho {

void AppInfo::applyTo(QCoreApplication& app)
{
    app.setOrganizationName(QStringLiteral("Daicho"));
    app.setApplicationName(QStringLiteral("daicho"));
    app.setApplicationVersion(version());
}

QString AppInfo::version()
{
    return QStringLiteral(DAICHO_VERSION);
}

QString AppInfo::defaultRegisterPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("register.sqlite"));
}

} // namespace daicho
