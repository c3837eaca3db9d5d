#pragma once

#include <QString>

namespace daicho {

// Someone who signs in: a person of the register with a login. What they may do follows from
// the person's 第5条 roles; administrators (the security office) may do everything.
struct User {
    qint64 id = 0;
    QString login;
    qint64 personId = 0;
    // argon2id, as libsodium writes it; never the password. Set when a user is made; otherwise
    // read on its own (UserRepository::passwordHash), as a shared register's logins may not.
    QString passwordHash;
    bool isAdmin = false;
    bool enabled = true;
    int failedSignIns = 0; // in a row; slows the next attempt down
};

} // namespace daicho
