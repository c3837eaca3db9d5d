#pragma once

#include <QStringList>

namespace daicho {

// The 第5条 scope of the services, said again by the server for a shared register, so that a
// user who opens it with a SQL client of their own still sees only what is theirs: row-level
// security on the assets and what hangs off them, over functions that work out the scope of the
// connecting role (a Daicho login is a PostgreSQL role of the same name) from users and
// role_assignments exactly as AccessPolicy does. The register's owner (the security office's
// account that created it) is not limited: the application applies AccessPolicy for it.
class PostgresRowSecurity {
public:
    static QStringList statements();
    // A function owned by the register's owner (SECURITY DEFINER: it reads users and roles the
    // caller may not), with the register's schema fixed at creation; `signature` is name(args).
    static QString definerFunction(const QString& signature, const QString& returns, const QString& body,
                                   const QString& language = QStringLiteral("sql"));
    // Migration 14: the assets policies answerable from indexes, and the policies of what hangs
    // off an asset looking their asset up by key (a correlated EXISTS) instead of testing
    // membership of every visible asset, which the server cannot hash at a million assets and
    // so scanned once per row.
    static QStringList lookupsByKey();
};

} // namespace daicho
