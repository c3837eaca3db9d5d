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
    Status update(const User& user);
    Result<std::optional<User>> find(qint64 id) const;
    Result<std::optional<User>> findByLogin(const QString& login) const;
    Result<QList<User>> all() const;
    Result<qint64> count() const;

private:
    Database& m_db;
};

} // namespace daicho
