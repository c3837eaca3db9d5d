#pragma once

#include <QString>
#include <QStringList>

namespace daicho {

// The one seam for SQL that differs between back ends (SQLite, the default, and PostgreSQL for
// a shared register). Everything else in core writes SQL that both understand, and asks here
// for the few pieces that differ.
class Dialect {
public:
    virtual ~Dialect() = default;
    virtual QString driverName() const = 0;
    // Statements run once on every new connection (pragmas, session settings).
    virtual QStringList connectionSetup() const = 0;
    // Column type of an auto-numbered primary key.
    virtual QString identityPrimaryKey() const = 0;
    // What follows the column list of a table keyed by its primary key only (tallies).
    virtual QString tableByKeyOption() const { return {}; }
    // Whether the register has the full-text index of SearchIndex (FTS5 on SQLite).
    virtual bool hasSearchIndex() const { return false; }
    // Whether secondary indexes may be dropped and rebuilt around a bulk load (IndexDeferral).
    virtual bool canDeferIndexes() const { return false; }

    // The right-hand side of `column IN (...)` for a JSON array of ids bound to `parameter`
    // (sql::idArray), or of texts (sql::textArray): a list of any length is one parameter.
    virtual QString idsIn(const QString& parameter) const = 0;
    virtual QString textsIn(const QString& parameter) const = 0;
    // What follows a table's name in FROM when the rows wanted are a short list of its keys
    // (`id IN idsIn(…)`), so that they are looked up by key instead of found by scanning an index
    // of another condition. SQLite, without statistics, scans ix_assets_status_section for
    // status = 'active' and tests each of a million rows against the list.
    virtual QString byKeyOnly() const { return {}; }
    // A condition: text `haystack` contains text `needle`.
    virtual QString contains(const QString& haystack, const QString& needle) const = 0;
    // Without a full-text index: statements that make `LIKE '%text%'` on these columns fast.
    virtual QStringList substringIndexes(const QString& table, const QStringList& columns) const
    {
        Q_UNUSED(table);
        Q_UNUSED(columns);
        return {};
    }
    // The LIKE that ignores the case of ASCII letters (SQLite's LIKE does).
    virtual QString likeIgnoringCase() const { return QStringLiteral("LIKE"); }

    // A row trigger: `timing` BEFORE or AFTER, `event` INSERT, DELETE, UPDATE or UPDATE OF
    // columns, `when` a condition on OLD and NEW (may be empty), `body` statements ending in ';'.
    struct Trigger {
        QString name;
        QString timing;
        QString event;
        QString table;
        QString when;
        QString body;
    };
    virtual QStringList createTrigger(const Trigger& trigger) const = 0;

    // A query with one `?` parameter, a table name, giving a row when the register has it.
    virtual QString tableExistsQuery() const = 0;
    // A query listing the names of the register's tables.
    virtual QString tablesQuery() const = 0;
    // Starts a transaction. Writers take turns from the start: the audit chain links each
    // event to the one before, so two writers must never both read the same head.
    virtual QStringList beginTransaction() const = 0;
    // Whether a query's rows may be read as they come (forward only). QPSQL reads such a
    // query row by row and loses it when another query runs on the connection meanwhile, so
    // there results are fetched whole.
    virtual bool streamsResults() const { return true; }
    // Whether `sql` may be prepared (PostgreSQL prepares queries and DML only; schema changes
    // and savepoints run as they are, and take no parameters).
    virtual bool canPrepare(const QString& sql) const
    {
        Q_UNUSED(sql);
        return true;
    }
    // A query giving the id the last INSERT on this connection assigned, where the driver
    // cannot tell it; empty when it can.
    virtual QString lastInsertIdQuery() const { return {}; }
    // Moves an identity column's counter past the ids a copy wrote explicitly; empty where
    // nothing needs moving. `table` comes from the schema, never from user input.
    virtual QString resetIdentity(const QString& table) const
    {
        Q_UNUSED(table);
        return {};
    }

    // Statements that stop / restart a table's own triggers inside a transaction (a bulk copy
    // counts the tallies once at the end instead); empty where that is not possible.
    virtual QStringList suspendTriggers(const QString& table) const
    {
        Q_UNUSED(table);
        return {};
    }
    virtual QStringList resumeTriggers(const QString& table) const
    {
        Q_UNUSED(table);
        return {};
    }

    // The permissions the server enforces itself for a shared register (migration 12); none
    // for a file, which is one user's at a time.
    virtual QStringList rowSecurity() const { return {}; }
    // Server logins for the register's users and the rest of the server's permissions
    // (migration 13); none for a file.
    virtual QStringList serverAccounts() const { return {}; }
    // Row-level checks that look the asset up by key (migration 14); none for a file.
    virtual QStringList rowSecurityLookups() const { return {}; }

    // A query giving true when this connection may change the register's schema (migrate it);
    // empty where anyone who opens it may.
    virtual QString mayChangeSchemaQuery() const { return {}; }

    // Expands the placeholders used in migrations: {{ID}}, {{BY_KEY}}.
    QString expand(QString sql) const;

    static const Dialect& sqlite();
    static const Dialect& postgresql();
};

} // namespace daicho
