#include "BackupSchedule.h"

#include "Database.h"
#include "RegisterBackup.h"
#include "repo/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace daicho {

namespace {

const QString kLabel = QStringLiteral("auto");

// The moment in an automatic backup's name (local time); invalid for any other file.
QDateTime takenAt(const QString& registerPath, const QString& fileName)
{
    const QRegularExpression pattern(
        QStringLiteral("^%1\\.%2-(\\d{8}-\\d{6})(-\\d+)?(\\..*)?$")
            .arg(QRegularExpression::escape(QFileInfo(registerPath).completeBaseName()), kLabel));
    const QRegularExpressionMatch m = pattern.match(fileName);
    return m.hasMatch() ? QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss")) : QDateTime();
}

int setting(Database& db, const QString& key, int fallback)
{
    bool ok = false;
    const int value = SettingsRepository(db).value(key).valueOr(QString()).trimmed().toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

} // namespace

QString BackupSchedule::folderFor(const QString& registerPath)
{
    return QFileInfo(registerPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList BackupSchedule::automaticBackups(const QString& registerPath)
{
    QList<std::pair<QDateTime, QString>> found;
    const QDir folder(folderFor(registerPath));
    for (const QString& name : folder.entryList(QDir::Files)) {
        const QDateTime at = takenAt(registerPath, name);
        if (at.isValid())
            found.append({at, folder.filePath(name)});
    }
    // Newest first; of two taken in the same second, the one with the counter came later.
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second.size() > b.second.size();
    });
    QStringList paths;
    for (const auto& [at, path] : found)
        paths << path;
    return paths;
}

Result<std::optional<BackupSchedule::Plan>> BackupSchedule::due(Database& db, const Clock& clock)
{
    using R = Result<std::optional<Plan>>;
    if (db.isServer() || db.path() == QLatin1String(":memory:"))
        return R(std::nullopt);
    const int interval = setting(db, QStringLiteral("backup_interval_days"), DefaultIntervalDays);
    if (interval == 0)
        return R(std::nullopt);
    const QStringList existing = automaticBackups(db.path());
    const QDateTime now = clock.nowUtc();
    if (!existing.isEmpty()) {
        const QDateTime newest = takenAt(db.path(), QFileInfo(existing.constFirst()).fileName());
        if (newest.addDays(interval) > now)
            return R(std::nullopt); // fresh enough
    }

    // The folder holds copies of the register: its owner's only.
    const QString folder = folderFor(db.path());
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return R::failure(tr("Cannot create the backup folder %1.").arg(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    Plan plan;
    plan.registerPath = db.path();
    plan.target = RegisterBackup::pathBeside(db.path(), kLabel, now, folder);
    plan.keep = std::max(1, setting(db, QStringLiteral("backup_keep"), DefaultKeep));
    return R(plan);
}

Result<BackupSchedule::Outcome> BackupSchedule::write(Database& db, const Plan& plan)
{
    using R = Result<Outcome>;
    // RegisterBackup writes it under a hidden name and renames it when complete: a backup cut short
    // (the program closed, the disk full) never counts as the newest one.
    Result<QString> written = RegisterBackup::copyTo(db, plan.target);
    if (!written)
        return R(written.problems());
    Outcome outcome;
    outcome.written = plan.target;
    const QStringList all = automaticBackups(plan.registerPath);
    for (qsizetype i = plan.keep; i < all.size(); ++i)
        if (QFile::remove(all.at(i)))
            outcome.removed << all.at(i);
    return outcome;
}

Result<BackupSchedule::Outcome> BackupSchedule::runIfDue(Database& db, const Clock& clock)
{
    Result<std::optional<Plan>> plan = due(db, clock);
    if (!plan)
        return Result<Outcome>(plan.problems());
    if (!plan.value())
        return Outcome{};
    return write(db, *plan.value());
}

} // namespace daicho
