#pragma once

#include "Database.h"
#include "Statement.h"
#include "common/Result.h"

#include <QVariant>

#include <optional>

class QSqlError;

namespace daicho {

// A prepared statement with bound parameters; the only way core runs SQL. Statements are
// prepared once per connection and reused (parsing SQL costs more than running it for the
// single-row writes that bulk operations repeat a hundred thousand times).
class Query {
public:
    Query(Database& db, const QString& sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(const QString& placeholder, const QVariant& value);
    // Positional (`?`) parameters: cheaper than named ones in statements run many times.
    Query& bind(int index, const QVariant& value);
    Status exec();
    // exec() and step to the first row; false (with no problem) when there is none.
    Result<bool> first();
    // Runs the query and returns its first column as ids (a list of records to act on).
    Result<QList<qint64>> ids();
    // Runs the query and returns the first column of its first row as a number (a count, an
    // id); 0 when there is no row.
    Result<qint64> integer();

    bool next()
    {
        if (m_statement->next())
            return true;
        noteEndOfRows();
        return false;
    }
    // Whether the rows ended because there were no more: a read that fails part way (a damaged
    // page of the file) also ends them, and a caller that keeps what it read must ask.
    Status readStatus() const;
    // What a loop over the rows collected, unless the rows ended at an error.
    template <typename T> Result<T> complete(T collected) const
    {
        if (m_readFailure)
            return Result<T>(Problems{*m_readFailure});
        return Result<T>(std::move(collected));
    }
    QVariant value(int index) const { return m_statement->value(index); }
    QVariant lastInsertId() const { return m_statement->lastInsertId(); }
    int numRowsAffected() const { return m_statement->numRowsAffected(); }

    // The translated text for a failed statement.
    static QString errorText(const QSqlError& error);
    static QString errorText(const QString& detail);
    // The same for a statement of `db`, naming its register and, for a register file, what
    // SQLite's result code means for the user (damaged, disk full, read-only, in use).
    static QString errorText(const Database& db, const QSqlError& error);
    static QString errorText(const Database& db, int code, const QString& detail);

private:
    void noteEndOfRows();
    // The problem of the statement's last failure.
    Problem failure() const;
    // Keeps a failure of the file itself for the rest of the transaction (Database::transactionFault).
    void noteFault(const Problem& failed);

    std::unique_ptr<Statement> m_own; // when the cached statement is busy or none is kept; first, as
                                      // borrowStatement() may fill it while m_borrowed is built
    Database::CachedStatement* m_borrowed;
    Statement* m_statement;
    Database& m_db;
    std::optional<Problem> m_readFailure;
};

} // namespace daicho
