#pragma once

#include "Result.h"

#include <memory>

namespace daicho {

// Hashes passwords for storage and checks them. Core only holds this interface, so that it
// links QtCore and QtSql alone; the faces install the libsodium argon2id one at start-up
// (see Argon2Hasher), as they install the native SQLite statements.
class PasswordHasher {
public:
    virtual ~PasswordHasher() = default;
    virtual Result<QString> hash(const QString& password) const = 0;
    virtual bool verify(const QString& hash, const QString& password) const = 0;
    // Whether a stored hash was made with weaker parameters than today's (rehash on sign-in).
    virtual bool needsRehash(const QString& hash) const = 0;

    // The hasher in use; nullptr until a face installs one (signing in then fails safely).
    static const PasswordHasher* installed();
    static void install(std::unique_ptr<PasswordHasher> hasher);
};

} // namespace daicho
