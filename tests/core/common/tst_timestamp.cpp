#include "common/Timestamp.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace daicho;

class TestTimestamp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatsLikeQtIsoWithMilliseconds()
    {
        QRandomGenerator random(42);
        for (int i = 0; i < 2000; ++i) {
            const qint64 ms = static_cast<qint64>(random.bounded(4102444800.0) * 1000); // 1970..2100
            const QDateTime moment = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QCOMPARE(Timestamp::toText(moment), moment.toString(Qt::ISODateWithMs));
        }
    }

    void convertsToUtc()
    {
        const QDateTime tokyo(QDate(2026, 4, 1), QTime(9, 0, 0, 5), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
        QCOMPARE(Timestamp::toText(tokyo), QStringLiteral("2026-04-01T00:00:00.005Z"));
    }

    void roundTrips()
    {
        const QDateTime moment(QDate(2026, 11, 27), QTime(23, 59, 59, 999), Qt::UTC);
        const QDateTime back = Timestamp::fromText(Timestamp::toText(moment));
        QCOMPARE(back, moment);
        QCOMPARE(back.timeSpec(), Qt::UTC);
    }

    void emptyAndInvalid()
    {
        QVERIFY(Timestamp::toText(QDateTime()).isEmpty());
        QVERIFY(!Timestamp::fromText(QString()).isValid());
        QVERIFY(!Timestamp::fromText(QStringLiteral("not a time")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
