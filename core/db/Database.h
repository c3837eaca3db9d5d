#pragma once

#include "Dialect.h"
#include "Statement.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace daicho {

// One open register: a named QSqlDatabase connection to a SQLite file or to a schema of a
// PostgreSQL server (a postgresql:// location), configured, with its schema migrated to the
// version this binary knows. One Database per thread.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode { CreateIfMissing, MustExist, MustBeNew };

    // `location` is a file path or postgresql://user@host:port/dbname[?sslmode=…&options=…]
    // (the password from PGPASSWORD or ~/.pgpass, as for every libpq program).
    static Result<std::unique_ptr<Database>> open(const QString& location, OpenMode mode);
    static bool isServerLocation(const QString& location);
    // Statements of SQLite registers opened from now on are made by `factory` (a faster native
    // path); without one, or when it declines, QtSql runs them.
    static void setSqliteStatementFactory(StatementFactory factory);
    // Makes, for an open SQLite connection, a function that stops the statement the connection is
    // running, callable from any thread (sqlite3_interrupt); installed by the native SQLite path.
    using InterruptFactory = std::function<std::function<void()>(const QSqlDatabase& db)>;
    static void setSqliteInterruptFactory(InterruptFactory factory);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const Dialect& dialect() const { return *m_dialect; }
    // A function another thread may call to stop the statement this connection is running (a
    // long backup when the window closes); empty when the back end offers none. Call it on this
    // connection's thread; it must not be called after the Database is gone.
    std::function<void()> interrupter() const;
    // The file, or the server location without a password: what messages name.
    QString path() const { return m_path; }
    bool isServer() const { return m_isServer; }
    // What a title bar calls it: the file's name, or "database (server)".
    QString displayName() const;
    // Whether this open created the file (a new register to be set up).
    bool isNew() const { return m_isNew; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy of the file this open made before updating its schema (RegisterBackup), for
    // telling the user; empty when it updated nothing, or the register is on a server.
    QString migrationBackupPath() const { return m_migrationBackupPath; }
    // During a bulk load the search index is filled once at the end (SearchIndex::addAssetsAfter).
    bool searchIndexDeferred() const { return m_searchIndexDeferred; }
    void setSearchIndexDeferred(bool deferred) { m_searchIndexDeferred = deferred; }
    // Identifies the state of the transaction in progress; 0 outside a transaction. It changes
    // with every new transaction and every savepoint rollback and never repeats, so state
    // cached under one value dies with what it described.
    quint64 transactionSerial() const { return m_transactionDepth > 0 ? m_transactionSerial : 0; }
    // State a writer keeps in memory during a transaction instead of rewriting it on every
    // change (the audit head in a bulk import): `flush` writes it before COMMIT, and before a
    // savepoint, so that rolling back to the savepoint finds it as it was there. One flush per
    // owner; a flush that fails fails the commit. Forgotten when the transaction ends.
    void flushBeforeCommit(const void* owner, std::function<Status()> flush);
    void forgetFlush(const void* owner);
    // The failure of the file itself (full, damaged, locked…) that a statement of the transaction
    // in progress met. SQLite may then have rolled the transaction back on its own, and every
    // later statement would be committed by itself: until the transaction ends, statements fail
    // with this instead of running.
    const std::optional<Problem>& transactionFault() const { return m_transactionFault; }

private:
    Database(QString path, const Dialect& dialect);
    static Result<std::unique_ptr<Database>> openFile(const QString& path, OpenMode mode);
    static Result<std::unique_ptr<Database>> openServer(const QString& location, OpenMode mode);
    // Migrates a connection that is open; refuses another program's tables.
    static Result<std::unique_ptr<Database>> finishOpen(std::unique_ptr<Database> db, OpenMode mode);
    Status configure();

    // Prepared statements kept for reuse by Query, one holder at a time per SQL text: a Query
    // borrows the cached one (one hash lookup) or, when it is busy, gets one of its own.
    friend class Query;
    struct CachedStatement {
        std::unique_ptr<Statement> statement;
        bool busy = false;
    };
    CachedStatement* borrowStatement(const QString& sql, std::unique_ptr<Statement>& own);
    std::unique_ptr<Statement> makeStatement(const QString& sql) const;
    std::unordered_map<QString, CachedStatement> m_statements;
    StatementFactory m_statementFactory;

    Status runFlushes();
    void endTransaction();
    std::vector<std::pair<const void*, std::function<Status()>>> m_flushes;

    friend class Transaction;
    friend class Savepoint;
    quint64 m_savepointCounter = 0;
    QString m_path;
    QString m_connectionName;
    const Dialect* m_dialect;
    bool m_isNew = false;
    bool m_isServer = false;
    int m_schemaVersion = 0;
    QString m_migrationBackupPath;
    int m_transactionDepth = 0;
    bool m_searchIndexDeferred = false;
    quint64 m_transactionSerial = 0;
    bool m_rollbackOnly = false; // an inner transaction ended without committing
    std::optional<Problem> m_transactionFault;
};

} // namespace daicho
