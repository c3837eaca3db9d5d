#include "Dialect.h"

namespace daicho {

namespace {
class SqliteDialect final : public Dialect {
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QStringList connectionSetup() const override
    {
        // WAL keeps readers going while one writer commits; foreign keys are off by default
        // in SQLite and must be asked for on every connection. The page cache may grow to
        // 64 MB (2 MB by default): an import of 100,000 assets otherwise spills its pages to
        // the WAL and reads them back before it commits; memory is taken only as it is used.
        return {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
                QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA busy_timeout = 5000"),
                QStringLiteral("PRAGMA cache_size = -65536")};
    }
    QString identityPrimaryKey() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    bool canDeferIndexes() const override { return true; }
    bool hasSearchIndex() const override { return true; }
};
} // namespace

QString Dialect::expand(QString sql) const
{
    return sql.replace(QLatin1String("{{ID}}"), identityPrimaryKey());
}

const Dialect& Dialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

} // namespace daicho
