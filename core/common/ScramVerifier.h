#pragma once

#include <QByteArray>
#include <QString>

namespace daicho {

// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, as libpq's
// PQencryptPasswordConn and psql's \password make it), so that a server login's password is set
// without the password itself crossing the wire or reaching the server's statement log.
class ScramVerifier {
public:
    static constexpr int kIterations = 4096; // PostgreSQL's scram_iterations default

    // "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>", all base64.
    static QString make(const QString& password, const QByteArray& salt, int iterations = kIterations);
    // The same with 16 random bytes of salt.
    static QString make(const QString& password);

    // PBKDF2-HMAC-SHA-256 (RFC 8018) of `length` bytes.
    static QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length);
};

} // namespace daicho
