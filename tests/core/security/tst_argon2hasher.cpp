// Password hashing: argon2id strings that verify the right password only, are salted (the same
// password twice gives two hashes), and ask to be redone when the settings grow stronger.

#include "security/Argon2Hasher.h"

#include <QTest>

using namespace daicho;

class TestArgon2Hasher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verifiesTheRightPasswordOnly()
    {
        const auto hasher = Argon2Hasher::forTests();
        const QString password = QStringLiteral("能代市の台帳2026");
        const QString hash = hasher->hash(password).value();
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
        QVERIFY(!hash.contains(password));
        QVERIFY(hasher->verify(hash, password));
        QVERIFY(!hasher->verify(hash, QStringLiteral("能代市の台帳2027")));
        QVERIFY(!hasher->verify(hash, QString()));
        QVERIFY(!hasher->verify(QStringLiteral("not a hash"), password));
        QVERIFY(hasher->hash(password).value() != hash); // salted
    }

    void weakerHashesAskForRehash()
    {
        const QString weak = Argon2Hasher::forTests()->hash(QStringLiteral("correct horse battery")).value();
        const Argon2Hasher interactive;
        QVERIFY(interactive.needsRehash(weak));
        QVERIFY(interactive.verify(weak, QStringLiteral("correct horse battery"))); // still signs in
        QVERIFY(!Argon2Hasher::forTests()->needsRehash(weak));
    }
};

QTEST_GUILESS_MAIN(TestArgon2Hasher)
#include "tst_argon2hasher.moc"
