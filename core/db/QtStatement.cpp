#include "QtStatement.h"

#include <QSqlError>

namespace daicho {

QtStatement::QtStatement(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

QString QtStatement::errorDetail() const
{
    const QSqlError error = m_query.lastError();
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace daicho
