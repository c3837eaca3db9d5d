#include "Query.h"

#include "Database.h"
#include "DatabaseError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace daicho {

Query::Query(Database& db, const QString& sql)
    : m_borrowed(db.borrowStatement(sql, m_own))
    , m_db(db)
{
    m_statement = m_borrowed ? m_borrowed->statement.get() : m_own.get();
}

Query::~Query()
{
    m_statement->finish();
    if (m_borrowed)
        m_borrowed->busy = false;
}

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    m_statement->bind(placeholder, value);
    return *this;
}

Query& Query::bind(int index, const QVariant& value)
{
    m_statement->bind(index, value);
    return *this;
}

Status Query::exec()
{
    m_readFailure.reset();
    if (m_db.m_transactionFault)
        return Status(Problems{*m_db.m_transactionFault});
    if (!m_statement->exec()) {
        const Problem failed = failure();
        noteFault(failed);
        return Status(Problems{failed});
    }
    return success();
}

void Query::noteEndOfRows()
{
    if (m_statement->errorCode() != 0 || !m_statement->errorDetail().isEmpty()) {
        m_readFailure = failure();
        noteFault(*m_readFailure);
    }
}

void Query::noteFault(const Problem& failed)
{
    if (m_db.m_transactionDepth > 0 && !m_db.m_transactionFault && DatabaseError::isStorageFailure({failed}))
        m_db.m_transactionFault = failed;
}

Status Query::readStatus() const
{
    if (m_readFailure)
        return Status(Problems{*m_readFailure});
    return success();
}

Problem Query::failure() const
{
    const int code = m_db.isServer() ? 0 : m_statement->errorCode();
    return DatabaseError::problem(m_db.path(), code, m_statement->errorDetail(), errorText(m_statement->errorDetail()));
}

Result<bool> Query::first()
{
    Status status = exec();
    if (!status)
        return Result<bool>(status.problems());
    return m_statement->next();
}

Result<qint64> Query::integer()
{
    Result<bool> row = first();
    if (!row)
        return Result<qint64>(row.problems());
    return row.value() ? value(0).toLongLong() : 0;
}

Result<QList<qint64>> Query::ids()
{
    if (Status s = exec(); !s)
        return Result<QList<qint64>>(s.problems());
    QList<qint64> found;
    while (next())
        found << m_statement->value(0).toLongLong();
    if (Status s = readStatus(); !s)
        return Result<QList<qint64>>(s.problems());
    return found;
}

QString Query::errorText(const QSqlError& error)
{
    return errorText(error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

QString Query::errorText(const QString& detail)
{
    return QCoreApplication::translate("daicho::Query", "Database error: %1").arg(detail);
}

QString Query::errorText(const Database& db, const QSqlError& error)
{
    return errorText(db, db.isServer() ? 0 : DatabaseError::codeOf(error),
                     error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

QString Query::errorText(const Database& db, int code, const QString& detail)
{
    return DatabaseError::problem(db.path(), code, detail, errorText(detail)).message;
}

} // namespace daicho
