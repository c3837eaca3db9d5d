#include "Transaction.h"

#include "Database.h"
#include "DatabaseError.h"
#include "Query.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace daicho {

namespace {
// A BEGIN or COMMIT refused: for a register file, the reason its SQLite result code gives.
Status refused(const Database& db, const QSqlError& error)
{
    const int code = db.isServer() ? 0 : DatabaseError::codeOf(error);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Status(Problems{DatabaseError::problem(db.path(), code, detail, Query::errorText(detail))});
}
} // namespace

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_beginStatus(success())
{
    if (m_db.m_transactionDepth++ > 0)
        return;
    m_outermost = true;
    ++m_db.m_transactionSerial;
    m_db.m_rollbackOnly = false;
    const QStringList begin = m_db.dialect().beginTransaction();
    QSqlQuery q(m_db.connection());
    for (qsizetype i = 0; i < begin.size(); ++i) {
        if (!q.exec(begin.at(i))) {
            m_beginStatus = refused(m_db, q.lastError());
            if (i > 0) // begun, but not ready to write
                m_db.connection().rollback();
            return;
        }
    }
}

Transaction::~Transaction()
{
    if (m_released)
        return;
    --m_db.m_transactionDepth;
    if (!m_outermost && !m_done) {
        // An inner step ended without committing (a failure and an early return): whatever
        // it wrote must not be saved by an outer caller that carries on.
        m_db.m_rollbackOnly = true;
        return;
    }
    if (m_outermost && m_beginStatus.ok() && !m_done)
        m_db.connection().rollback();
    if (m_outermost) {
        m_db.m_rollbackOnly = false;
        m_db.endTransaction();
    }
}

Status Transaction::commit()
{
    if (!m_beginStatus)
        return m_beginStatus;
    if (m_db.m_transactionFault)
        return Status(Problems{*m_db.m_transactionFault});
    if (!m_outermost) {
        m_done = true;
        return success();
    }
    if (m_db.m_rollbackOnly) {
        return Status::failure(QCoreApplication::translate("daicho::Transaction",
                                                           "A step of this change failed, so none of it was saved."));
    }
    if (Status s = m_db.runFlushes(); !s)
        return s;
    QSqlDatabase connection = m_db.connection();
    if (m_db.isServer()) {
        // QPSQL's commit() also tells a COMMIT that the server turned into a ROLLBACK.
        if (!connection.commit())
            return refused(m_db, connection.lastError());
    } else {
        // Run as a statement, whose error keeps SQLite's result code (QSQLITE's commit() drops
        // it): a commit refused for a full disk or a lock says so.
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("COMMIT")))
            return refused(m_db, q.lastError());
    }
    m_done = true;
    // Over as soon as it is committed, not when the object goes: a transaction begun later in
    // the same scope is then a transaction of its own, not a step of this finished one (whose
    // end would drop its pending flushes).
    m_released = true;
    --m_db.m_transactionDepth;
    m_db.m_rollbackOnly = false;
    m_db.endTransaction();
    return success();
}

} // namespace daicho
