#pragma once

#include <QString>

namespace daicho {

// Someone who signs in: a person of the register with a login. What they may do follows from
// the person's 第5条 roles; administrators (the security office) may do everything.
struct User {
    qint64 id = 0;
    QString login;
    qint64 personId = 0;
    QString passwordHash; // argon2id, as libsodium writes it; never the password
    bool isAdmin = false;
    bool enabled = true;
    int failedSignIns = 0; // in a row; slows the next attempt down
};

} // namespace daicho
