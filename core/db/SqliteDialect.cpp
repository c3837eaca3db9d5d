#include "SqliteDialect.h"

namespace daicho {

QStringList SqliteDialect::connectionSetup() const
{
    // WAL keeps readers going while one writer commits; foreign keys are off by default
    // in SQLite and must be asked for on every connection. The page cache may grow to
    // 64 MB (2 MB by default): an import of 100,000 assets otherwise spills its pages to
    // the WAL and reads them back before it commits; memory is taken only as it is used.
    return {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA busy_timeout = 5000"),
            QStringLiteral("PRAGMA cache_size = -65536")};
}

QString SqliteDialect::idsIn(const QString& parameter) const
{
    return QStringLiteral("(SELECT value FROM json_each(%1))").arg(parameter);
}

QString SqliteDialect::textsIn(const QString& parameter) const
{
    return idsIn(parameter);
}

QString SqliteDialect::contains(const QString& haystack, const QString& needle) const
{
    return QStringLiteral("instr(%1, %2) > 0").arg(haystack, needle);
}

QStringList SqliteDialect::createTrigger(const Trigger& t) const
{
    const QString when = t.when.isEmpty() ? QString() : QStringLiteral(" WHEN ") + t.when;
    return {QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4%5 BEGIN %6 END")
                .arg(t.name, t.timing, t.event, t.table, when, t.body)};
}

QString SqliteDialect::tableExistsQuery() const
{
    return QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
}

QString SqliteDialect::tablesQuery() const
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
}

} // namespace daicho
