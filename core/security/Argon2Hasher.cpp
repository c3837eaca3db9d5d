#include "Argon2Hasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace daicho {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Argon2Hasher::Argon2Hasher()
    : Argon2Hasher(crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
{
}

Argon2Hasher::Argon2Hasher(unsigned long long opsLimit, size_t memLimit)
    : m_opsLimit(opsLimit)
    , m_memLimit(memLimit)
{
}

std::unique_ptr<Argon2Hasher> Argon2Hasher::forTests()
{
    return std::unique_ptr<Argon2Hasher>(new Argon2Hasher(crypto_pwhash_OPSLIMIT_MIN, 8192 * 1024));
}

void Argon2Hasher::install()
{
    PasswordHasher::install(std::make_unique<Argon2Hasher>());
}

Result<QString> Argon2Hasher::hash(const QString& password) const
{
    if (!sodiumReady())
        return Result<QString>::failure(
            QCoreApplication::translate("daicho::Argon2Hasher", "The password library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), m_opsLimit,
                              m_memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Result<QString>::failure(QCoreApplication::translate(
            "daicho::Argon2Hasher", "Not enough memory to hash the password; close other programs and try again."));
    return QString::fromLatin1(out);
}

bool Argon2Hasher::verify(const QString& hash, const QString& password) const
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool Argon2Hasher::needsRehash(const QString& hash) const
{
    if (!sodiumReady())
        return false;
    return crypto_pwhash_str_needs_rehash(hash.toLatin1().constData(), m_opsLimit, m_memLimit) != 0;
}

} // namespace daicho
