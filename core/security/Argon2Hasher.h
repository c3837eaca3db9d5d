#pragma once

#include "common/PasswordHasher.h"

namespace daicho {

// argon2id through libsodium's crypto_pwhash_str: a salted, memory-hard hash whose string
// carries its own parameters, so that stronger settings later can rehash on sign-in.
class Argon2Hasher final : public PasswordHasher {
public:
    // Interactive strength (64 MiB, a fraction of a second): a desktop sign-in, not a server.
    Argon2Hasher();
    // Weaker settings, for tests that hash many passwords; never for real registers.
    static std::unique_ptr<Argon2Hasher> forTests();
    // Installs the interactive-strength hasher for the whole process.
    static void install();

    Result<QString> hash(const QString& password) const override;
    bool verify(const QString& hash, const QString& password) const override;
    bool needsRehash(const QString& hash) const override;

private:
    Argon2Hasher(unsigned long long opsLimit, size_t memLimit);
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

} // namespace daicho
