#include "UserRepository.h"

#include "db/Query.h"

namespace daicho {

namespace {
const QString kSelect = QStringLiteral("SELECT id, login, person_id, is_admin, enabled, failed_sign_ins FROM users");

User fromRow(const Query& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.personId = q.value(2).toLongLong();
    u.isAdmin = q.value(3).toBool();
    u.enabled = q.value(4).toBool();
    u.failedSignIns = q.value(5).toInt();
    return u;
}
} // namespace

UserRepository::UserRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> UserRepository::insert(const User& u)
{
    Query q(m_db, QStringLiteral("INSERT INTO users (login, person_id, password_hash, is_admin, enabled,"
                                 " failed_sign_ins) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(0, u.login).bind(1, u.personId).bind(2, u.passwordHash).bind(3, u.isAdmin ? 1 : 0);
    q.bind(4, u.enabled ? 1 : 0).bind(5, u.failedSignIns);
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    return q.lastInsertId().toLongLong();
}

Status UserRepository::update(const User& u)
{
    Query q(m_db, QStringLiteral("UPDATE users SET login = ?, person_id = ?, is_admin = ?, enabled = ?,"
                                 " failed_sign_ins = ? WHERE id = ?"));
    q.bind(0, u.login).bind(1, u.personId).bind(2, u.isAdmin ? 1 : 0).bind(3, u.enabled ? 1 : 0);
    q.bind(4, u.failedSignIns).bind(5, u.id);
    return q.exec();
}

Result<QString> UserRepository::passwordHash(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.bind(0, id);
    Result<bool> row = q.first();
    if (!row)
        return Result<QString>(row.problems());
    return row.value() ? q.value(0).toString() : QString();
}

Status UserRepository::setPasswordHash(qint64 id, const QString& hash)
{
    Query q(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    q.bind(0, hash).bind(1, id);
    return q.exec();
}

Result<std::optional<User>> UserRepository::find(qint64 id) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    q.bind(0, id);
    Result<bool> row = q.first();
    if (!row)
        return Result<std::optional<User>>(row.problems());
    return row.value() ? std::optional<User>(fromRow(q)) : std::nullopt;
}

Result<std::optional<User>> UserRepository::findByLogin(const QString& login) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE login = ?"));
    q.bind(0, login);
    Result<bool> row = q.first();
    if (!row)
        return Result<std::optional<User>>(row.problems());
    return row.value() ? std::optional<User>(fromRow(q)) : std::nullopt;
}

Result<QList<User>> UserRepository::all() const
{
    Query q(m_db, kSelect + QStringLiteral(" ORDER BY id"));
    if (Status s = q.exec(); !s)
        return Result<QList<User>>(s.problems());
    QList<User> users;
    while (q.next())
        users << fromRow(q);
    return q.complete(std::move(users));
}

Result<qint64> UserRepository::count() const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM users"));
    return q.integer();
}

} // namespace daicho
