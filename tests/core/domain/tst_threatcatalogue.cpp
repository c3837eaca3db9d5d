// The default threat catalogue: the five groups of 第3条, the threats the article names, unique
// keys, and each threat endangering at least one of 機密性・完全性・可用性.

#include "domain/ThreatCatalogue.h"

#include <QSet>
#include <QTest>

using namespace daicho;

class TestThreatCatalogue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyGroupOfArticle3HasThreats()
    {
        QCOMPARE(enumValues<ThreatGroup>().size(), 5);
        for (ThreatGroup group : enumValues<ThreatGroup>())
            QVERIFY2(!ThreatCatalogue::inGroup(group).isEmpty(), qPrintable(enumKey(group)));
    }

    void theArticlesThreatsAreThere()
    {
        QStringList labels;
        for (const DefaultThreat& t : ThreatCatalogue::defaults())
            labels << t.label.text(Language::Japanese);
        for (const char* named : {"不正アクセス", "ウイルス攻撃", "サービス不能攻撃", "内部不正",
                                  "情報資産の無断持ち出し", "操作・設定ミス", "機器故障", "委託管理の不備", "地震",
                                  "落雷", "火災", "電力供給の途絶", "通信の途絶", "水道供給の途絶"})
            QVERIFY2(labels.contains(QString::fromUtf8(named)), named);
    }

    void keysAreUniqueAndAxesGiven()
    {
        QSet<QString> keys;
        for (const DefaultThreat& t : ThreatCatalogue::defaults()) {
            QVERIFY2(!keys.contains(QLatin1String(t.key)), t.key);
            keys.insert(QLatin1String(t.key));
            QVERIFY2(!t.axes.isEmpty(), t.key);
            QVERIFY(!t.label.text(Language::English).isEmpty());
            QCOMPARE(ThreatCatalogue::find(QString::fromLatin1(t.key)), &t);
        }
        QVERIFY(!ThreatCatalogue::find(u"no_such_threat"));
        // Disasters and outages stop services: they threaten availability.
        for (ThreatGroup group : {ThreatGroup::Disaster, ThreatGroup::Infrastructure, ThreatGroup::StaffShortage})
            for (const DefaultThreat* t : ThreatCatalogue::inGroup(group))
                QVERIFY2(t->axes.contains(Axis::Availability), t->key);
    }
};

QTEST_GUILESS_MAIN(TestThreatCatalogue)
#include "tst_threatcatalogue.moc"
