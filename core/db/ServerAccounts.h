#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace daicho {

class Database;

// The server side of a shared register's users (PostgresAccounts): each Daicho user is a
// PostgreSQL login of the same name, so the server knows who is connected and applies row-level
// security to them, and someone with a SQL client of their own sees only their scope. Passwords
// reach the server only as SCRAM verifiers. Every call is a no-op success on a register file.
class ServerAccounts {
    Q_DECLARE_TR_FUNCTIONS(ServerAccounts)

public:
    explicit ServerAccounts(Database& db);

    bool applies() const;
    // Gives the register's user `login` a server login (with this password when the login is
    // new; none when empty: it cannot connect until one is set) and the register's group role.
    // Returns whether the login is new; an existing login keeps its password.
    Result<bool> admit(const QString& login, const QString& password);
    Status setPassword(const QString& login, const QString& password);
    Status setEnabled(const QString& login, bool enabled);

    // The login the connection was made with (the server has checked its password).
    Result<QString> connectionLogin() const;
    // Whether row-level security lets this connection read the whole audit trail (the owner,
    // administrators, the CISO, 統括 and the committee), which verifying the chain needs.
    Result<bool> seesWholeTrail() const;

private:
    Status change(const QString& login, const QVariant& verifier, const QVariant& canLogin);

    Database& m_db;
};

} // namespace daicho
