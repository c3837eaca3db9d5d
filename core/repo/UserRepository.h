#pragma once

#include "common/Result.h"
#include "domain/User.h"

#include <QList>

#include <optional>

namespace daicho {

class Database;

class UserRepository {
public:
    explicit UserRepository(Database& db);

    Result<qint64> insert(const User& user);
    // Everything but the password hash, which is read and written on its own: on a shared
    // register the users' own server logins may not read it.
    Status update(const User& user);
    Result<QString> passwordHash(qint64 id) const;
    Status setPasswordHash(qint64 id, const QString& hash);
    Result<std::optional<User>> find(qint64 id) const;
    Result<std::optional<User>> findByLogin(const QString& login) const;
    Result<QList<User>> all() const;
    Result<qint64> count() const;

private:
    Database& m_db;
};

} // namespace daicho
