#include "Query.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace daicho {

Query::Query(Database& db, const QString& sql)
    : m_db(db)
    , m_sql(sql)
{
    if (QSqlQuery* cached = m_db.takeCachedStatement(sql)) {
        m_query = cached;
        m_prepared = true;
        m_fromCache = true;
        return;
    }
    m_query = new QSqlQuery(m_db.connection());
    m_query->setForwardOnly(true);
    m_prepared = m_query->prepare(sql);
}

Query::~Query()
{
    if (m_prepared) {
        m_query->finish();
        m_db.returnCachedStatement(m_sql, m_query);
    } else {
        delete m_query;
    }
}

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    m_query->bindValue(placeholder, value);
    return *this;
}

Query& Query::bind(int index, const QVariant& value)
{
    m_query->bindValue(index, value);
    return *this;
}

Status Query::exec()
{
    if (!m_prepared || !m_query->exec())
        return Status::failure(errorText(m_query->lastError()));
    return success();
}

Result<bool> Query::first()
{
    Status status = exec();
    if (!status)
        return Result<bool>(status.problems());
    return m_query->next();
}

QString Query::errorText(const QSqlError& error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return QCoreApplication::translate("daicho::Query", "Database error: %1").arg(detail);
}

} // namespace daicho
