#include "UserService.h"

#include "AccessPolicy.h"
#include "AuditedWrite.h"
#include "common/PasswordHasher.h"
#include "db/ServerAccounts.h"
#include "db/Transaction.h"
#include "repo/PersonRepository.h"
#include "repo/UserRepository.h"

#include <QJsonObject>
#include <QThread>

#include <algorithm>

namespace daicho {

UserService::UserService(ServiceContext& context)
    : m_ctx(context)
    , m_pause([](int ms) { QThread::msleep(static_cast<unsigned long>(ms)); })
{
}

int UserService::pauseAfter(int failures)
{
    if (failures <= 0)
        return 0;
    return std::min(8000, 500 << std::min(failures - 1, 4));
}

Status UserService::requireAdmin() const
{
    if (m_ctx.user && m_ctx.user->isAdmin)
        return success();
    return Status::failure(tr("Only an administrator (the security office) may manage users."), AccessPolicy::kDenied);
}

Status UserService::checkPassword(const QString& password) const
{
    if (password.size() < kMinPasswordLength)
        return Status::failure(tr("The password must have at least %1 characters.").arg(kMinPasswordLength),
                               QStringLiteral("password"));
    if (!PasswordHasher::installed())
        return Status::failure(tr("Passwords cannot be handled: no password library is installed."));
    return success();
}

Result<qint64> UserService::createUser(const QString& login, qint64 personId, const QString& password, bool admin)
{
    using R = Result<qint64>;
    UserRepository repo(m_ctx.db);
    Result<qint64> existing = repo.count();
    if (!existing)
        return R(existing.problems());
    if (existing.value() == 0 && !admin)
        return R::failure(tr("The first user of a register must be an administrator."));
    if (existing.value() > 0)
        if (Status s = requireAdmin(); !s)
            return R(s.problems());
    const QString name = login.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char(' ')))
        return R::failure(tr("A login is one word without spaces."), QStringLiteral("login"));
    Result<std::optional<User>> taken = repo.findByLogin(name);
    if (!taken)
        return R(taken.problems());
    if (taken.value())
        return R::failure(tr("The login \"%1\" is already taken.").arg(name), QStringLiteral("login"));
    Result<std::optional<Person>> person = PersonRepository(m_ctx.db).find(personId);
    if (!person)
        return R(person.problems());
    if (!person.value())
        return R::failure(tr("A user is a person of the register; person %1 does not exist.").arg(personId),
                          QStringLiteral("person_id"));
    if (Status s = checkPassword(password); !s)
        return R(s.problems());
    Result<QString> hash = PasswordHasher::installed()->hash(password);
    if (!hash)
        return R(hash.problems());
    User user;
    user.login = name;
    user.personId = personId;
    user.passwordHash = hash.value();
    user.isAdmin = admin;
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return R(tx.status().problems());
    Result<qint64> id = auditedWrite(m_ctx, user, QStringLiteral("create"), QString(), insertWith(repo));
    if (!id)
        return id;
    // On a shared register the user connects as a server login of the same name.
    if (Result<bool> login = ServerAccounts(m_ctx.db).admit(name, password); !login)
        return R(login.problems());
    if (Status s = tx.commit(); !s)
        return R(s.problems());
    return id;
}

Result<User> UserService::existing(const QString& login) const
{
    Result<std::optional<User>> found = UserRepository(m_ctx.db).findByLogin(login);
    if (!found)
        return Result<User>(found.problems());
    if (!found.value())
        return Result<User>::failure(tr("There is no user \"%1\".").arg(login));
    return *found.value();
}

Status UserService::setPassword(const QString& login, const QString& password)
{
    Result<User> found = existing(login);
    if (!found)
        return Status(found.problems());
    const bool self = m_ctx.user && m_ctx.user->id == found.value().id;
    if (!self)
        if (Status s = requireAdmin(); !s)
            return s;
    if (Status s = checkPassword(password); !s)
        return s;
    Result<QString> hash = PasswordHasher::installed()->hash(password);
    if (!hash)
        return Status(hash.problems());
    User changed = found.value();
    changed.failedSignIns = 0;
    UserRepository repo(m_ctx.db);
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    const auto write = [&repo, &hash](const User& user) -> Result<qint64> {
        if (Status s = repo.update(user); !s)
            return Result<qint64>(s.problems());
        if (Status s = repo.setPasswordHash(user.id, hash.value()); !s)
            return Result<qint64>(s.problems());
        return user.id;
    };
    if (Status s =
            toStatus(auditedWrite(m_ctx, changed, QStringLiteral("password"), Snapshot::text(found.value()), write));
        !s)
        return s;
    if (Status s = ServerAccounts(m_ctx.db).setPassword(changed.login, password); !s)
        return s;
    return tx.commit();
}

Status UserService::setEnabled(const QString& login, bool enabled)
{
    if (Status s = requireAdmin(); !s)
        return s;
    Result<User> found = existing(login);
    if (!found)
        return Status(found.problems());
    User changed = found.value();
    changed.enabled = enabled;
    changed.failedSignIns = 0;
    UserRepository repo(m_ctx.db);
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    if (Status s = toStatus(auditedWrite(m_ctx, changed, enabled ? QStringLiteral("enable") : QStringLiteral("disable"),
                                         Snapshot::text(found.value()), updateWith(repo)));
        !s)
        return s;
    // A disabled user's server login cannot connect either.
    if (Status s = ServerAccounts(m_ctx.db).setEnabled(changed.login, enabled); !s)
        return s;
    return tx.commit();
}

Result<QList<User>> UserService::users() const
{
    return UserRepository(m_ctx.db).all();
}

Result<qint64> UserService::count() const
{
    return UserRepository(m_ctx.db).count();
}

Status UserService::recordSignIn(const QString& login, qint64 userId, bool succeeded)
{
    // Sign-ins are events of their own entity: they change no record the verifier compares.
    const QJsonObject what{{QStringLiteral("login"), login}};
    return m_ctx.audit.append(login, QStringLiteral("sign_in"), userId,
                              succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed"), {}, what);
}

Result<User> UserService::authenticate(const QString& login, const QString& password)
{
    using R = Result<User>;
    const PasswordHasher* hasher = PasswordHasher::installed();
    if (!hasher)
        return R::failure(tr("Passwords cannot be handled: no password library is installed."));
    const QString wrong = tr("The login or the password is wrong.");
    UserRepository repo(m_ctx.db);
    Result<std::optional<User>> found = repo.findByLogin(login.trimmed());
    if (!found)
        return R(found.problems());

    Transaction tx(m_ctx.db);
    if (!tx.status())
        return R(tx.status().problems());
    std::optional<User> user = found.value();
    QString stored;
    if (user) {
        Result<QString> hash = repo.passwordHash(user->id);
        if (!hash)
            return R(hash.problems());
        stored = hash.value();
    }
    const bool matches = user && hasher->verify(stored, password);
    if (!matches || !user->enabled) {
        int failures = 1;
        if (user && !matches) {
            failures = ++user->failedSignIns;
            // The counter is bookkeeping, not part of the user's audited state.
            if (Status s = repo.update(*user); !s)
                return R(s.problems());
        }
        if (Status s = recordSignIn(login.trimmed(), user ? user->id : 0, false); !s)
            return R(s.problems());
        if (Status s = tx.commit(); !s)
            return R(s.problems());
        m_pause(pauseAfter(failures));
        return R::failure(matches ? tr("The user \"%1\" is disabled; ask the security office.").arg(user->login)
                                  : wrong);
    }
    user->failedSignIns = 0;
    if (Status s = repo.update(*user); !s)
        return R(s.problems());
    if (hasher->needsRehash(stored))
        if (Result<QString> stronger = hasher->hash(password))
            if (Status s = repo.setPasswordHash(user->id, stronger.value()); !s)
                return R(s.problems());
    if (Status s = recordSignIn(user->login, user->id, true); !s)
        return R(s.problems());
    if (Status s = tx.commit(); !s)
        return R(s.problems());
    return *user;
}

Result<User> UserService::authenticateConnection()
{
    using R = Result<User>;
    Result<QString> login = ServerAccounts(m_ctx.db).connectionLogin();
    if (!login)
        return R(login.problems());
    if (login.value().isEmpty())
        return R::failure(tr("Only a shared register signs in with the server login."));
    Result<std::optional<User>> found = UserRepository(m_ctx.db).findByLogin(login.value());
    if (!found)
        return R(found.problems());
    if (!found.value())
        return R::failure(tr("The server login \"%1\" is no user of this register.").arg(login.value()));
    if (!found.value()->enabled)
        return R::failure(tr("The user \"%1\" is disabled; ask the security office.").arg(login.value()));
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return R(tx.status().problems());
    if (Status s = recordSignIn(login.value(), found.value()->id, true); !s)
        return R(s.problems());
    if (Status s = tx.commit(); !s)
        return R(s.problems());
    return *found.value();
}

} // namespace daicho
