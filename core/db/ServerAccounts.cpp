#include "ServerAccounts.h"

#include "Database.h"
#include "Query.h"
#include "common/ScramVerifier.h"

namespace daicho {

ServerAccounts::ServerAccounts(Database& db)
    : m_db(db)
{
}

bool ServerAccounts::applies() const
{
    return m_db.isServer();
}

Result<bool> ServerAccounts::admit(const QString& login, const QString& password)
{
    using R = Result<bool>;
    if (!applies())
        return false;
    Query may(m_db, QStringLiteral("SELECT daicho_owner_may_create_roles()"));
    Result<qint64> allowed = may.integer();
    if (!allowed)
        return R(allowed.problems());
    if (!allowed.value())
        return R::failure(tr("The account that owns the register on the server may not create roles, so its "
                             "users cannot get server logins. Give it CREATEROLE (ALTER ROLE … CREATEROLE) and "
                             "add the user again."));
    Query q(m_db, QStringLiteral("SELECT daicho_admit(CAST(? AS TEXT), CAST(? AS TEXT))"));
    q.bind(0, login).bind(1, password.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(ScramVerifier::make(password)));
    Result<qint64> created = q.integer();
    if (!created)
        return R(created.problems());
    return created.value() != 0;
}

Status ServerAccounts::change(const QString& login, const QVariant& verifier, const QVariant& canLogin)
{
    if (!applies())
        return success();
    Query q(m_db,
            QStringLiteral("SELECT daicho_change_login(CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS INTEGER) <> 0)"));
    q.bind(0, login).bind(1, verifier).bind(2, canLogin);
    return q.exec();
}

Status ServerAccounts::setPassword(const QString& login, const QString& password)
{
    return change(login, ScramVerifier::make(password), QVariant(QMetaType::fromType<int>()));
}

Status ServerAccounts::setEnabled(const QString& login, bool enabled)
{
    return change(login, QVariant(QMetaType::fromType<QString>()), enabled ? 1 : 0);
}

Result<QString> ServerAccounts::connectionLogin() const
{
    if (!applies())
        return QString();
    Query q(m_db, QStringLiteral("SELECT CAST(session_user AS TEXT)"));
    Result<bool> row = q.first();
    if (!row)
        return Result<QString>(row.problems());
    return q.value(0).toString();
}

Result<bool> ServerAccounts::seesWholeTrail() const
{
    if (!applies())
        return true;
    Query q(m_db, QStringLiteral("SELECT daicho_sees_whole_trail()"));
    Result<qint64> all = q.integer();
    if (!all)
        return Result<bool>(all.problems());
    return all.value() != 0;
}

} // namespace daicho
