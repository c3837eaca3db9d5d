#pragma once

#include <QStringList>

namespace daicho {

// Server logins for the Daicho users of a shared register (migration 13, PostgreSQL only).
// Each user is a PostgreSQL login of the same name and a member of the register's group role
// (daicho_<database>_<schema>), which holds the grants: everything the application needs, but
// not the users' password hashes, no rewriting of the audit trail, and — with row-level security —
// writes to the organisation, people, roles and reference tables only for those AccessPolicy lets
// manage them, audit events only in one's own name, and the trail's contents only of what one
// may see. The functions that create and change logins run as the register's owner (SECURITY
// DEFINER) and check that the caller is the owner or an administrator; the owner needs
// CREATEROLE for them.
class PostgresAccounts {
public:
    static QStringList statements();
};

} // namespace daicho
