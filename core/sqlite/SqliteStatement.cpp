#include "SqliteStatement.h"

#include "db/Database.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace daicho {

std::unique_ptr<Statement> SqliteStatement::create(const QSqlDatabase& db, const QString& sql)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    if (!connection)
        return nullptr;
    return std::make_unique<SqliteStatement>(connection, sql);
}

void SqliteStatement::install()
{
    // Whatever runs the statements, a long one (VACUUM INTO) can be stopped from another thread.
    Database::setSqliteInterruptFactory([](const QSqlDatabase& db) -> std::function<void()> {
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return {};
        sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
        if (!connection)
            return {};
        return [connection] { sqlite3_interrupt(connection); };
    });
    if (qEnvironmentVariable("DAICHO_SQLITE_NATIVE") == QLatin1String("0"))
        return;
    Database::setSqliteStatementFactory(&SqliteStatement::create);
}

SqliteStatement::SqliteStatement(sqlite3* db, const QString& sql)
    : m_db(db)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), static_cast<int>(text.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_errorCode = sqlite3_extended_errcode(m_db);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(const QString& placeholder, const QVariant& value)
{
    if (!m_statement)
        return;
    const int index = sqlite3_bind_parameter_index(m_statement, placeholder.toUtf8().constData());
    if (index > 0)
        bind(index - 1, value);
}

void SqliteStatement::bind(int index, const QVariant& value)
{
    if (!m_statement)
        return;
    // SQLite refuses (SQLITE_MISUSE) to bind to a statement stepped since its last reset and keeps
    // the old value: a query run again with new values would silently run with the old ones.
    if (m_stepped) {
        sqlite3_reset(m_statement);
        m_stepped = false;
        m_pendingRow = false;
        m_onRow = false;
        m_done = false;
    }
    const int i = index + 1;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, i);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, i, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, i, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(m_statement, i, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                            SQLITE_TRANSIENT);
        break;
    }
    default: {
        // Text as UTF-8, the register's encoding, so SQLite stores it without converting.
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text64(m_statement, i, text.constData(), static_cast<sqlite3_uint64>(text.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
        break;
    }
    }
}

bool SqliteStatement::step()
{
    m_stepped = true;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_onRow = true;
        return true;
    }
    m_onRow = false;
    m_done = true;
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_errorCode = sqlite3_extended_errcode(m_db);
    }
    return false;
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return false;
    sqlite3_reset(m_statement); // keeps the bindings
    m_error.clear();
    m_errorCode = 0;
    m_done = false;
    m_pendingRow = false;
    // Run it now, as QtSql does: a write happens here; a query waits on its first row.
    if (step()) {
        m_pendingRow = true;
        m_onRow = false;
        return true;
    }
    return m_error.isEmpty();
}

bool SqliteStatement::next()
{
    if (m_pendingRow) {
        m_pendingRow = false;
        m_onRow = true;
        return true;
    }
    if (m_done || !m_statement)
        return false;
    return step();
}

QVariant SqliteStatement::value(int column) const
{
    if (!m_onRow || column < 0 || column >= sqlite3_column_count(m_statement))
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qint64>(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                                   sqlite3_column_bytes(m_statement, column)));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column)),
                                          sqlite3_column_bytes(m_statement, column)));
    default:
        return {};
    }
}

QVariant SqliteStatement::lastInsertId() const
{
    return QVariant(static_cast<qint64>(sqlite3_last_insert_rowid(m_db)));
}

int SqliteStatement::numRowsAffected() const
{
    return sqlite3_changes(m_db);
}

void SqliteStatement::finish()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_pendingRow = false;
    m_onRow = false;
    m_done = false;
}

} // namespace daicho
