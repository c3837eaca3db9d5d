#pragma once

#include "Dialect.h"

namespace daicho {

// A shared register on a PostgreSQL server (the register is the connection's current schema).
class PostgresDialect final : public Dialect {
public:
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    QStringList connectionSetup() const override;
    QStringList beginTransaction() const override;
    QString identityPrimaryKey() const override;
    QString idsIn(const QString& parameter) const override;
    QString textsIn(const QString& parameter) const override;
    QString contains(const QString& haystack, const QString& needle) const override;
    QStringList substringIndexes(const QString& table, const QStringList& columns) const override;
    QString likeIgnoringCase() const override { return QStringLiteral("ILIKE"); }
    QStringList createTrigger(const Trigger& trigger) const override;
    QString tableExistsQuery() const override;
    QString tablesQuery() const override;
    bool streamsResults() const override { return false; }
    bool canPrepare(const QString& sql) const override;
    QString lastInsertIdQuery() const override { return QStringLiteral("SELECT lastval()"); }
    QString resetIdentity(const QString& table) const override;
    QStringList rowSecurity() const override;
    QStringList serverAccounts() const override;
    QStringList rowSecurityLookups() const override;
    QString mayChangeSchemaQuery() const override;
    QStringList suspendTriggers(const QString& table) const override
    {
        return {QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table)};
    }
    QStringList resumeTriggers(const QString& table) const override
    {
        return {QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table)};
    }
};

} // namespace daicho
