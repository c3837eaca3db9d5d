#pragma once

#include <QString>
#include <QStringList>

namespace daicho {

// The one seam for SQL that differs between back ends. Everything else in core writes
// portable SQL; SQLite is the default and PostgreSQL follows in a later step.
class Dialect {
public:
    virtual ~Dialect() = default;
    virtual QString driverName() const = 0;
    // Statements run once on every new connection (pragmas, session settings).
    virtual QStringList connectionSetup() const = 0;
    // Column type of an auto-numbered primary key.
    virtual QString identityPrimaryKey() const = 0;
    // Whether the register has the full-text index of SearchIndex (FTS5 on SQLite).
    virtual bool hasSearchIndex() const { return false; }
    // Whether secondary indexes may be dropped and rebuilt around a bulk load (IndexDeferral).
    virtual bool canDeferIndexes() const { return false; }
    // Expands the placeholders used in migrations: {{ID}}.
    QString expand(QString sql) const;

    static const Dialect& sqlite();
};

} // namespace daicho
