#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/User.h"

#include <QCoreApplication>

#include <functional>

namespace daicho {

// Users and signing in. Passwords are kept only as argon2id hashes (PasswordHasher); every
// change is audited, and so is every sign-in, failed ones included, which are also slowed down.
class UserService {
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(ServiceContext& context);

    // The first user of a register must be an administrator and may be made by anyone (it is
    // how a register gets its security office); later users only by a signed-in administrator.
    Result<qint64> createUser(const QString& login, qint64 personId, const QString& password, bool admin);
    // By an administrator, or by the user for their own password.
    Status setPassword(const QString& login, const QString& password);
    // By an administrator; a disabled user cannot sign in.
    Status setEnabled(const QString& login, bool enabled);
    Result<QList<User>> users() const;
    Result<qint64> count() const;

    // Checks a login and password. The reason given for a refusal never tells whether the
    // login exists. On success the stored hash is upgraded if it was made with weaker settings.
    Result<User> authenticate(const QString& login, const QString& password);
    // On a shared register, the user whose server login the connection was made with: the server
    // has checked the password already (ServerAccounts).
    Result<User> authenticateConnection();

    static constexpr int kMinPasswordLength = 10;
    // How long a sign-in waits after `failures` failed ones in a row: 0.5 s, doubling, at most 8 s.
    static int pauseAfter(int failures);
    // Tests replace the waiting.
    void setPause(std::function<void(int ms)> pause) { m_pause = std::move(pause); }

private:
    Result<User> existing(const QString& login) const;
    Status requireAdmin() const;
    Status checkPassword(const QString& password) const;
    Status recordSignIn(const QString& login, qint64 userId, bool succeeded);

    ServiceContext& m_ctx;
    std::function<void(int ms)> m_pause;
};

} // namespace daicho
