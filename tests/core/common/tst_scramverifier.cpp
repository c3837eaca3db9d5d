// The SCRAM-SHA-256 verifier a server login's password is stored as. The server's own check of a
// password against it is in tst_serveraccounts (ctest -L postgres).

#include "common/ScramVerifier.h"

#include <QTest>

using namespace daicho;

class TestScramVerifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pbkdf2MatchesRfc7914()
    {
        // RFC 7914 §11, PBKDF2-HMAC-SHA256 test vector.
        QCOMPARE(ScramVerifier::pbkdf2Sha256("passwd", "salt", 1, 64).toHex(),
                 QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
    }

    void verifierHasPostgresqlsShape()
    {
        QByteArray salt;
        for (char c = 0; c < 16; ++c)
            salt += c;
        // As Python's hashlib and hmac compute it, independently of this code.
        QCOMPARE(ScramVerifier::make(QStringLiteral("a long passphrase"), salt),
                 QStringLiteral(
                     "SCRAM-SHA-256$4096:AAECAwQFBgcICQoLDA0ODw==$"
                     "L7l6m/+fgiRZSaQQgiSfFdOMcRoRUSat77VLQjyEoLw=:NXX0YsnsX8e73pYhSArTplOH6yC7vGwUrpToN2cNXM8="));
    }

    void eachVerifierHasItsOwnSalt()
    {
        const QString a = ScramVerifier::make(QStringLiteral("a long passphrase"));
        const QString b = ScramVerifier::make(QStringLiteral("a long passphrase"));
        QVERIFY(a.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
        QVERIFY(a != b);
        QVERIFY(!a.contains(QStringLiteral("passphrase")));
    }
};

QTEST_GUILESS_MAIN(TestScramVerifier)
#include "tst_scramverifier.moc"
