#pragma once

#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace daicho {

// One prepared statement of a connection, behind Query. The default runs through QSqlQuery;
// a back end may install a faster one (see Database::setStatementFactory), because QtSql's
// per-value binding costs more than SQLite itself for the bulk writes of imports.
class Statement {
public:
    virtual ~Statement() = default;
    virtual bool prepared() const = 0;
    virtual void bind(const QString& placeholder, const QVariant& value) = 0;
    virtual void bind(int index, const QVariant& value) = 0; // 0-based, for `?` parameters
    // Runs the statement; a query's rows are then read with next()/value().
    virtual bool exec() = 0;
    virtual bool next() = 0;
    virtual QVariant value(int column) const = 0;
    virtual QVariant lastInsertId() const = 0;
    virtual int numRowsAffected() const = 0;
    // The database's own words for the last failure (untranslated).
    virtual QString errorDetail() const = 0;
    // The back end's code for the last failure (SQLite's result code for a register file), which
    // DatabaseError turns into a reason the user can act on; 0 when there is none.
    virtual int errorCode() const = 0;
    // Releases the result so the statement can be reused.
    virtual void finish() = 0;
};

// Makes the statements of one connection; nullptr to fall back to QSqlQuery.
using StatementFactory = std::function<std::unique_ptr<Statement>(const QSqlDatabase& db, const QString& sql)>;

} // namespace daicho
