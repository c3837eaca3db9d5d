#pragma once

#include "Dialect.h"

namespace daicho {

// A register in one SQLite file: the default, for a single PC.
class SqliteDialect final : public Dialect {
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QStringList connectionSetup() const override;
    // IMMEDIATE: the write lock at once (waiting up to busy_timeout), instead of failing
    // when a transaction that has read tries to write after another writer committed.
    QStringList beginTransaction() const override { return {QStringLiteral("BEGIN IMMEDIATE")}; }
    QString identityPrimaryKey() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    QString tableByKeyOption() const override { return QStringLiteral(" WITHOUT ROWID"); }
    bool hasSearchIndex() const override { return true; }
    bool canDeferIndexes() const override { return true; }
    QString idsIn(const QString& parameter) const override;
    QString byKeyOnly() const override { return QStringLiteral(" NOT INDEXED"); }
    QString textsIn(const QString& parameter) const override;
    QString contains(const QString& haystack, const QString& needle) const override;
    QStringList createTrigger(const Trigger& trigger) const override;
    QString tableExistsQuery() const override;
    QString tablesQuery() const override;
};

} // namespace daicho
