#include "db/ServerLocation.h"

#include <QTest>

using namespace daicho;

class TestServerLocation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parts()
    {
        Result<ServerLocation> s = ServerLocation::parse(
            QStringLiteral("postgresql://office@db.city.local:6432/daicho?sslmode=require&connect_timeout=5"));
        QVERIFY2(s, qPrintable(s.errorText()));
        QCOMPARE(s.value().host, QStringLiteral("db.city.local"));
        QCOMPARE(s.value().port, 6432);
        QCOMPARE(s.value().database, QStringLiteral("daicho"));
        QCOMPARE(s.value().user, QStringLiteral("office"));
        QVERIFY(s.value().password.isEmpty());
        QCOMPARE(s.value().options, QStringLiteral("sslmode='require';connect_timeout='5'"));
        QCOMPARE(s.value().display,
                 QStringLiteral("postgresql://office@db.city.local:6432/daicho?sslmode=require&connect_timeout=5"));

        Result<ServerLocation> plain = ServerLocation::parse(QStringLiteral("postgres://db/daicho"));
        QVERIFY(plain);
        QCOMPARE(plain.value().port, 5432);
        QVERIFY(plain.value().options.isEmpty());
    }

    // A password may be written in the user info or as libpq's password parameter: either way it
    // reaches the connection and never the text shown, saved among recent registers or reported.
    void passwordsNeverShown_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("user info") << QStringLiteral("postgresql://office:s3cret@db/daicho?sslmode=require");
        QTest::newRow("parameter") << QStringLiteral("postgresql://office@db/daicho?password=s3cret&sslmode=require");
        QTest::newRow("both") << QStringLiteral("postgresql://office:s3cret@db/daicho?sslmode=require&password=s3cret");
    }
    void passwordsNeverShown()
    {
        QFETCH(QString, location);
        Result<ServerLocation> s = ServerLocation::parse(location);
        QVERIFY2(s, qPrintable(s.errorText()));
        QCOMPARE(s.value().password, QStringLiteral("s3cret"));
        QCOMPARE(s.value().display, QStringLiteral("postgresql://office@db/daicho?sslmode=require"));
        QCOMPARE(s.value().options, QStringLiteral("sslmode='require'"));

        // A refused location does not show it either.
        Result<ServerLocation> bad =
            ServerLocation::parse(QString(location).replace(QStringLiteral("/daicho"), QString()));
        QVERIFY(!bad);
        QVERIFY2(!bad.errorText().contains(QStringLiteral("s3cret")), qPrintable(bad.errorText()));
    }

    void valuesAreQuoted()
    {
        Result<ServerLocation> s =
            ServerLocation::parse(QStringLiteral("postgresql://db/daicho?options=-c%20search_path%3D'a'%5Cb"));
        QVERIFY2(s, qPrintable(s.errorText()));
        QCOMPARE(s.value().options, QStringLiteral("options='-c search_path=\\'a\\'\\\\b'"));
    }

    // A key is a libpq parameter name and nothing else: "dbname='other' host" would otherwise
    // slip a second parameter into the connection string.
    void parameterNamesOnly_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("space") << QStringLiteral("postgresql://db/daicho?host%3D'evil'%20sslmode=disable");
        QTest::newRow("quote") << QStringLiteral("postgresql://db/daicho?a'b=1");
        QTest::newRow("empty") << QStringLiteral("postgresql://db/daicho?=1");
        QTest::newRow("upper case") << QStringLiteral("postgresql://db/daicho?SSLMODE=require");
    }
    void parameterNamesOnly()
    {
        QFETCH(QString, location);
        Result<ServerLocation> s = ServerLocation::parse(location);
        QVERIFY(!s);
        QVERIFY2(s.errorText().contains(QStringLiteral("sslmode")), qPrintable(s.errorText()));
    }

    void notLocations_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("nothing") << QStringLiteral("postgresql://");
        QTest::newRow("no host") << QStringLiteral("postgresql://office@/daicho");
        QTest::newRow("no database") << QStringLiteral("postgresql://db/");
        QTest::newRow("a path") << QStringLiteral("postgresql://db/daicho/more");
        QTest::newRow("port 0") << QStringLiteral("postgresql://db:0/daicho");
        QTest::newRow("bad port") << QStringLiteral("postgresql://db:99999/daicho");
        QTest::newRow("another scheme") << QStringLiteral("mysql://db/daicho");
        QTest::newRow("a file") << QStringLiteral("/home/office/register.sqlite");
    }
    void notLocations()
    {
        QFETCH(QString, location);
        Result<ServerLocation> s = ServerLocation::parse(location);
        QVERIFY(!s);
        QVERIFY2(s.errorText().contains(QStringLiteral("postgresql://user@host:port/database")),
                 qPrintable(s.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
