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
    // Migration 14: the policies of what hangs off an asset, and of the audit trail, look their
    // asset up by key (a correlated EXISTS) instead of testing membership of every visible asset,
    // which the server cannot hash at a million assets and so scanned once per row.
    static QStringList lookupsByKey();
};

} // namespace daicho
