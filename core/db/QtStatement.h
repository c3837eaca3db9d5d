#pragma once

#include "Statement.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace daicho {

// Statement through QtSql: works with every driver (QSQLITE, QPSQL).
class QtStatement final : public Statement {
public:
    // `lastInsertIdSql` asks the connection for the id an INSERT assigned where the driver
    // cannot tell it (QPSQL); empty where it can.
    // `prepare` false runs `sql` as it is (a statement without parameters that the server
    // does not prepare).
    // `forwardOnly` lets rows be read as they come (see Dialect::streamsResults).
    QtStatement(const QSqlDatabase& db, const QString& sql, QString lastInsertIdSql = {}, bool prepare = true,
                bool forwardOnly = true);

    bool prepared() const override { return m_prepared; }
    void bind(const QString& placeholder, const QVariant& value) override
    {
        m_query.bindValue(placeholder, portable(value));
    }
    void bind(int index, const QVariant& value) override { m_query.bindValue(index, portable(value)); }
    bool exec() override;
    bool next() override { return m_query.next(); }
    QVariant value(int column) const override { return m_query.value(column); }
    QVariant lastInsertId() const override;
    int numRowsAffected() const override { return m_query.numRowsAffected(); }
    QString errorDetail() const override;
    int errorCode() const override;
    void finish() override { m_query.finish(); }

private:
    // Flags are INTEGER 0/1 columns; QPSQL would write a bool as TRUE, which PostgreSQL does
    // not take for an integer.
    static QVariant portable(const QVariant& value);

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_lastInsertIdSql;
    QString m_direct; // the statement run unprepared, if so
    bool m_prepared = false;
};

} // namespace daicho
