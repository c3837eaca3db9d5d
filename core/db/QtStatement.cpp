#include "QtStatement.h"

#include <QSqlError>

namespace daicho {

QtStatement::QtStatement(const QSqlDatabase& db, const QString& sql, QString lastInsertIdSql, bool prepare,
                         bool forwardOnly)
    : m_db(db)
    , m_query(db)
    , m_lastInsertIdSql(std::move(lastInsertIdSql))
{
    m_query.setForwardOnly(forwardOnly);
    if (prepare) {
        m_prepared = m_query.prepare(sql);
    } else {
        m_direct = sql;
        m_prepared = true;
    }
}

bool QtStatement::exec()
{
    if (!m_direct.isEmpty())
        return m_query.exec(m_direct);
    return m_prepared && m_query.exec();
}

QVariant QtStatement::lastInsertId() const
{
    if (m_lastInsertIdSql.isEmpty())
        return m_query.lastInsertId();
    QSqlQuery q(m_db);
    if (!q.exec(m_lastInsertIdSql) || !q.next())
        return {};
    return q.value(0);
}

QVariant QtStatement::portable(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.isNull() ? QVariant(QMetaType(QMetaType::Int)) : QVariant(value.toBool() ? 1 : 0);
    return value;
}

int QtStatement::errorCode() const
{
    // QSQLITE reports SQLite's result code as the native code; QPSQL an SQLSTATE, which the
    // caller does not read as one (Query asks only for a register file's).
    const QSqlError error = m_query.lastError();
    if (!error.isValid())
        return 0;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

QString QtStatement::errorDetail() const
{
    const QSqlError error = m_query.lastError();
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace daicho
