#include "Savepoint.h"

#include "Database.h"
#include "Query.h"

#include <QCoreApplication>

namespace daicho {

Savepoint::Savepoint(Database& db)
    : m_db(db)
    , m_name(QStringLiteral("sp%1").arg(++db.m_savepointCounter))
    , m_status(success())
{
    if (m_db.m_transactionDepth == 0) {
        m_status = Status::failure(
            QCoreApplication::translate("daicho::Savepoint", "Internal error: a savepoint needs a transaction."));
        m_done = true;
        return;
    }
    m_rollbackOnlyBefore = m_db.m_rollbackOnly;
    if (m_status = m_db.runFlushes(); !m_status) {
        m_done = true;
        return;
    }
    // Savepoint names are generated here, never taken from input.
    m_status = Query(m_db, QStringLiteral("SAVEPOINT ") + m_name).exec();
    m_done = !m_status.ok();
}

Savepoint::~Savepoint()
{
    if (!m_done)
        rollback();
}

Status Savepoint::release()
{
    if (m_done)
        return m_status;
    m_done = true;
    return Query(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_name).exec();
}

Status Savepoint::rollback()
{
    if (m_done)
        return m_status;
    m_done = true;
    Status undone = Query(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name).exec();
    if (!undone)
        return undone;
    // What failed inside the savepoint is undone, so it no longer spoils the transaction; and
    // state cached during the transaction (the audit head) may describe undone writes.
    m_db.m_rollbackOnly = m_rollbackOnlyBefore;
    ++m_db.m_transactionSerial;
    return Query(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_name).exec();
}

} // namespace daicho
