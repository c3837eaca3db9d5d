#pragma once

#include "Statement.h"

#include <QSqlQuery>

namespace daicho {

// Statement through QtSql: works with every driver (QSQLITE, QPSQL).
class QtStatement final : public Statement {
public:
    QtStatement(const QSqlDatabase& db, const QString& sql);

    bool prepared() const override { return m_prepared; }
    void bind(const QString& placeholder, const QVariant& value) override { m_query.bindValue(placeholder, value); }
    void bind(int index, const QVariant& value) override { m_query.bindValue(index, value); }
    bool exec() override { return m_prepared && m_query.exec(); }
    bool next() override { return m_query.next(); }
    QVariant value(int column) const override { return m_query.value(column); }
    QVariant lastInsertId() const override { return m_query.lastInsertId(); }
    int numRowsAffected() const override { return m_query.numRowsAffected(); }
    QString errorDetail() const override;
    void finish() override { m_query.finish(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

} // namespace daicho
