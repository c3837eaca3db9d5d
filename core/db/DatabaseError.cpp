#include "DatabaseError.h"

#include <QDir>
#include <QSqlError>

namespace daicho {

namespace {
// SQLite's primary result codes (sqlite3.h); an extended code keeps its primary one in its low byte.
constexpr int kPerm = 3;
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kIoErr = 10;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kCantOpen = 14;
constexpr int kNotADb = 26;
} // namespace

DatabaseError::Kind DatabaseError::kindOf(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case kCorrupt:
        return Kind::Damaged;
    case kNotADb:
        return Kind::NotADatabase;
    case kFull:
        return Kind::Full;
    case kReadOnly:
    case kPerm:
        return Kind::ReadOnly;
    case kCantOpen:
        return Kind::CannotOpen;
    case kBusy:
    case kLocked:
        return Kind::Busy;
    case kIoErr:
        return Kind::InputOutput;
    default:
        return Kind::Other;
    }
}

int DatabaseError::codeOf(const QSqlError& error)
{
    if (!error.isValid())
        return 0;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

QString DatabaseError::describe(const QString& path, int sqliteCode, const QString& detail)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (kindOf(sqliteCode)) {
    case Kind::Damaged:
        return tr("The register %1 is damaged and cannot be read (%2). Restore it from a backup: File → Restore "
                  "Register… in the window, or daicho-cli restore BACKUP.")
            .arg(file, detail);
    case Kind::NotADatabase:
        return tr("%1 cannot be read as a register: it is not a database file, or its first page is damaged (%2). If "
                  "it is your register, restore it from a backup: File → Restore Register… in the window, or "
                  "daicho-cli restore BACKUP.")
            .arg(file, detail);
    case Kind::Full:
        return tr("The register %1 could not be written: the disk is full, or the file has reached its size limit "
                  "(%2). Nothing of this change was saved; make room on the disk and try again.")
            .arg(file, detail);
    case Kind::ReadOnly:
        return tr("The register %1 is read-only (%2): the file or its folder cannot be written. Nothing was changed. "
                  "Ask for write access, or copy the register to a folder you can write to.")
            .arg(file, detail);
    case Kind::CannotOpen:
        return tr("The register %1 cannot be opened (%2): the file or its folder cannot be read or written. A "
                  "register needs a folder you can write to, since SQLite keeps its journal files beside it.")
            .arg(file, detail);
    case Kind::Busy:
        return tr("The register %1 is in use by another program, which keeps it locked (%2). Nothing was changed; "
                  "try again when that program has finished, or close it.")
            .arg(file, detail);
    case Kind::InputOutput:
        return tr("Reading or writing the register %1 failed (%2): the disk or the network drive may be failing. "
                  "Nothing of this change was saved; copy the register to a sound disk, or restore it from a "
                  "backup, before going on.")
            .arg(file, detail);
    case Kind::Other:
        break;
    }
    return QString();
}

Problem DatabaseError::problem(const QString& path, int sqliteCode, const QString& detail, const QString& fallback)
{
    const QString message = describe(path, sqliteCode, detail);
    if (message.isEmpty())
        return Problem(QString(), fallback);
    const Kind kind = kindOf(sqliteCode);
    const bool damaged = kind == Kind::Damaged || kind == Kind::NotADatabase;
    return Problem(QString::fromLatin1(damaged ? kDamagedField : kStorageField), message);
}

bool DatabaseError::isStorageFailure(const Problems& problems)
{
    for (const Problem& p : problems)
        if (p.field == QLatin1String(kDamagedField) || p.field == QLatin1String(kStorageField))
            return true;
    return false;
}

Problem DatabaseError::emptyFile(const QString& path)
{
    return Problem(QString::fromLatin1(kDamagedField),
                   tr("The register %1 is an empty file (0 bytes): its contents were lost, or it never was a "
                      "register; it has not been changed. If it is your register, restore it from a backup: File → "
                      "Restore Register… in the window, or daicho-cli restore BACKUP.")
                       .arg(QDir::toNativeSeparators(path)));
}

bool DatabaseError::isDamaged(const Problems& problems)
{
    for (const Problem& p : problems)
        if (p.field == QLatin1String(kDamagedField))
            return true;
    return false;
}

} // namespace daicho
