// RiskSuggester: the usual threats for an asset from its segment, category, provision, personal
// data and rating; only active threats, each once, in catalogue order.

#include "domain/RiskSuggester.h"
#include "domain/ThreatCatalogue.h"

#include <QTest>

using namespace daicho;

namespace {
QList<Threat> catalogue()
{
    QList<Threat> threats;
    int position = 0;
    for (const DefaultThreat& d : ThreatCatalogue::defaults())
        threats << ThreatCatalogue::toThreat(d, ++position);
    return threats;
}

Asset rated(AssetCategory category, NetworkSegment segment, const char* c, const char* i, const char* a)
{
    Asset asset;
    asset.category = category;
    asset.segment = segment;
    asset.scheme = ClassificationScheme::defaultKey();
    asset.confidentiality = QString::fromLatin1(c);
    asset.integrity = QString::fromLatin1(i);
    asset.availability = QString::fromLatin1(a);
    return asset;
}

QStringList keys(const QList<RiskSuggestion>& suggestions)
{
    QStringList k;
    for (const RiskSuggestion& s : suggestions)
        k << s.threatKey;
    return k;
}
} // namespace

class TestRiskSuggester : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void internetAndConfidentialMeansUnauthorisedAccess()
    {
        const QList<RiskSuggestion> s = RiskSuggester::suggest(
            rated(AssetCategory::Information, NetworkSegment::Internet, "2", "1", "1"), catalogue());
        QVERIFY(keys(s).contains(QStringLiteral("unauthorized_access")));
        QVERIFY(keys(s).contains(QStringLiteral("malware")));
        QVERIFY(!keys(s).contains(QStringLiteral("denial_of_service"))); // 可用性1
        const RiskSuggestion& access = s.at(keys(s).indexOf(QStringLiteral("unauthorized_access")));
        QCOMPARE(access.threatLevel, 3);
        QVERIFY(!access.reasons.isEmpty());

        // 機密性1 on the internet: no unauthorised access proposed.
        const QStringList open = keys(RiskSuggester::suggest(
            rated(AssetCategory::Information, NetworkSegment::Internet, "1", "1", "1"), catalogue()));
        QVERIFY(!open.contains(QStringLiteral("unauthorized_access")));
    }

    void hardwareFailsAndBurns()
    {
        const QStringList k = keys(RiskSuggester::suggest(
            rated(AssetCategory::Infrastructure, NetworkSegment::Lgwan, "2", "2", "2"), catalogue()));
        for (const char* key : {"equipment_failure", "earthquake", "fire", "power_outage", "malware", "staff_shortage"})
            QVERIFY2(k.contains(QLatin1String(key)), key);
        QVERIFY(!k.contains(QStringLiteral("unauthorized_takeout"))); // information leaves, not servers
    }

    void outsourcingAndPersonalData()
    {
        Asset a = rated(AssetCategory::Information, NetworkSegment::MyNumber, "3", "2", "2");
        a.provision = Provision::Outsourced;
        a.personalData << PersonalData::SpecificPersonal;
        const QList<RiskSuggestion> s = RiskSuggester::suggest(a, catalogue());
        const QStringList k = keys(s);
        for (const char* key : {"outsourcing_failure", "insider", "fraud", "unauthorized_takeout", "operation_error"})
            QVERIFY2(k.contains(QLatin1String(key)), key);
        // Proposed by several rules, listed once, with every reason and the highest inputs.
        QCOMPARE(k.count(QStringLiteral("insider")), 1);
        const RiskSuggestion& insider = s.at(k.indexOf(QStringLiteral("insider")));
        QVERIFY(insider.reasons.size() >= 2);
        QCOMPARE(insider.threatLevel, 2);
    }

    void onlyActiveThreatsInCatalogueOrder()
    {
        QList<Threat> threats = catalogue();
        for (Threat& t : threats)
            if (t.key == QLatin1String("malware"))
                t.active = false;
        const QStringList k = keys(RiskSuggester::suggest(
            rated(AssetCategory::Information, NetworkSegment::Internet, "3", "2", "2"), threats));
        QVERIFY(!k.contains(QStringLiteral("malware")));
        QStringList inOrder;
        for (const Threat& t : threats)
            if (k.contains(t.key))
                inOrder << t.key;
        QCOMPARE(k, inOrder);
    }
};

QTEST_GUILESS_MAIN(TestRiskSuggester)
#include "tst_risksuggester.moc"
