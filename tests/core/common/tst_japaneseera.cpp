// 和暦 as official documents write it, around every era boundary.

#include "common/JapaneseEra.h"

#include <QTest>

using namespace daicho;

class TestJapaneseEra : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void boundaries_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("text");
        QTest::newRow("today") << QDate(2026, 11, 27) << QStringLiteral("令和8年11月27日");
        QTest::newRow("last day of 平成") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日");
        QTest::newRow("first day of 令和") << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日");
        QTest::newRow("令和2年") << QDate(2020, 1, 1) << QStringLiteral("令和2年1月1日");
        QTest::newRow("last day of 昭和") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日");
        QTest::newRow("first day of 平成") << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日");
        QTest::newRow("first day of 昭和") << QDate(1926, 12, 25) << QStringLiteral("昭和元年12月25日");
        QTest::newRow("last day of 大正") << QDate(1926, 12, 24) << QStringLiteral("大正15年12月24日");
        QTest::newRow("first day of 大正") << QDate(1912, 7, 30) << QStringLiteral("大正元年7月30日");
        QTest::newRow("last day of 明治") << QDate(1912, 7, 29) << QStringLiteral("明治45年7月29日");
        QTest::newRow("before 明治") << QDate(1800, 1, 1) << QStringLiteral("1800年1月1日");
    }
    void boundaries()
    {
        QFETCH(QDate, date);
        QFETCH(QString, text);
        QCOMPARE(JapaneseEra::format(date), text);
    }

    void bothCalendars()
    {
        QCOMPARE(JapaneseEra::formatBoth(QDate(2026, 11, 27)), QStringLiteral("令和8年11月27日（2026年11月27日）"));
        QVERIFY(JapaneseEra::formatBoth(QDate()).isEmpty());
        QCOMPARE(QString::fromUtf8(JapaneseEra::eraOf(QDate(2019, 5, 1))->name), QStringLiteral("令和"));
        QVERIFY(!JapaneseEra::eraOf(QDate()));
    }
};

QTEST_GUILESS_MAIN(TestJapaneseEra)
#include "tst_japaneseera.moc"
