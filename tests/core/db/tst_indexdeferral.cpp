#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "db/IndexDeferral.h"
#include "db/Query.h"
#include "db/Transaction.h"

#include <QTest>

using namespace daicho;

class TestIndexDeferral : public QObject {
    Q_OBJECT

    static QStringList indexes(Register& reg)
    {
        QStringList list;
        Query q(reg.database(), QStringLiteral("SELECT name || ': ' || COALESCE(sql, '') FROM sqlite_master"
                                               " WHERE type = 'index' ORDER BY name"));
        if (!q.exec())
            qFatal("cannot list indexes");
        while (q.next())
            list << q.value(0).toString();
        return list;
    }

private Q_SLOTS:
    void dropsSecondaryIndexesAndRestoresThemExactly()
    {
        test::TestRegister reg;
        const QStringList before = indexes(*reg);
        QVERIFY(before.contains(QStringLiteral("ix_assets_name: CREATE INDEX ix_assets_name ON assets (name)")));
        {
            Transaction tx(reg->database());
            IndexDeferral deferral(reg->database(), {QStringLiteral("assets"), QStringLiteral("audit_events")});
            QVERIFY(deferral.drop());
            QCOMPARE(deferral.count(), 11); // 10 on assets, 1 on audit_events
            const QStringList during = indexes(*reg);
            QVERIFY(!during.join(QLatin1Char('\n')).contains(QStringLiteral("ix_assets_")));
            // The unique 資産ID constraint stays while the indexes are away.
            QVERIFY(during.join(QLatin1Char('\n')).contains(QStringLiteral("sqlite_autoindex_assets")));
            QVERIFY(deferral.restore());
            QVERIFY(tx.commit());
        }
        QCOMPARE(indexes(*reg), before);
    }

    void rollbackBringsThemBack()
    {
        test::TestRegister reg;
        const QStringList before = indexes(*reg);
        {
            Transaction tx(reg->database());
            IndexDeferral deferral(reg->database(), {QStringLiteral("assets")});
            QVERIFY(deferral.drop());
            QVERIFY(indexes(*reg) != before);
        } // rolled back without restore()
        QCOMPARE(indexes(*reg), before);
    }
};

QTEST_GUILESS_MAIN(TestIndexDeferral)
#include "tst_indexdeferral.moc"
