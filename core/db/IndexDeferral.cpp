#include "IndexDeferral.h"

#include "Database.h"
#include "Query.h"

namespace daicho {

IndexDeferral::IndexDeferral(Database& db, QStringList tables)
    : m_db(db)
    , m_tables(std::move(tables))
{
}

Status IndexDeferral::drop()
{
    if (!m_db.dialect().canDeferIndexes())
        return success();
    for (const QString& table : std::as_const(m_tables)) {
        // Automatic indexes of UNIQUE columns have no SQL and are never listed.
        Query q(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
                                     " AND sql IS NOT NULL ORDER BY name"));
        q.bind(0, table);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            const QString sql = q.value(1).toString();
            if (!sql.startsWith(QLatin1String("CREATE UNIQUE"), Qt::CaseInsensitive))
                m_indexes.append({q.value(0).toString(), sql});
        }
        if (Status s = q.readStatus(); !s)
            return s;
    }
    for (const Index& index : std::as_const(m_indexes)) {
        // Names come from the schema itself; an identifier cannot be a bound parameter.
        if (Status s = Query(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(index.name)).exec(); !s)
            return s;
    }
    return success();
}

Status IndexDeferral::restore()
{
    for (const Index& index : std::as_const(m_indexes))
        if (Status s = Query(m_db, index.sql).exec(); !s)
            return s;
    m_indexes.clear();
    return success();
}

} // namespace daicho
