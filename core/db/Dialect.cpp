#include "Dialect.h"

namespace daicho {

namespace {
class SqliteDialect final : public Dialect {
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QStringList connectionSetup() const override
    {
        // WAL keeps readers going while one writer commits; foreign keys are off by default
        // in SQLite and must be asked for on every connection.
        return {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
                QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA busy_timeout = 5000")};
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
