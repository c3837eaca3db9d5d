#include "Dialect.h"

#include "PostgresDialect.h"
#include "SqliteDialect.h"

namespace daicho {

QString Dialect::expand(QString sql) const
{
    return sql.replace(QLatin1String("{{ID}}"), identityPrimaryKey())
        .replace(QLatin1String("{{BY_KEY}}"), tableByKeyOption());
}

const Dialect& Dialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const Dialect& Dialect::postgresql()
{
    static const PostgresDialect dialect;
    return dialect;
}

} // namespace daicho
