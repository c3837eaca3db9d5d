// RiskService: a risk is scored from its inputs and the asset's 重要度 (IPA method), its inputs are
// checked, residual risk follows treatment inputs, and every change is audited.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "domain/RiskScoring.h"
#include "repo/RiskRepository.h"
#include "service/Register.h"
#include "service/RegisterStats.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace daicho;
using daicho::test::auditCount;
using daicho::test::fieldsOf;

class TestRiskService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    qint64 m_asset = 0; // rated C3 I2 A2: 重要度 3

    RiskService& risks() { return (*m_reg)->risks(); }
    Risk input(int threat, int vulnerability, const char* key = "unauthorized_access")
    {
        Risk r;
        r.assetId = m_asset;
        r.threatKey = QString::fromLatin1(key);
        r.threatLevel = threat;
        r.vulnerabilityLevel = vulnerability;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_reg = std::make_unique<test::TestRegister>();
        m_asset = (*m_reg)->assets().create(m_reg->validAsset(QStringLiteral("R-1"))).value();
    }
    void cleanup() { m_reg.reset(); }

    void scoredFromInputsAndTheAssetsImportance()
    {
        Result<qint64> id = risks().create(input(3, 2));
        QVERIFY2(id, qPrintable(id.errorText()));
        const Risk r = *risks().find(id.value()).value();
        QCOMPARE(r.impact, 3); // the asset's 重要度
        QCOMPARE(r.band, RiskBand::High);
        QCOMPARE(r.likelihood, 2); // threat 3 × vulnerability 2
        QCOMPARE(r.value, 6);
        QCOMPARE(RiskScoring::band(r.value), RiskBand::High);
        QCOMPARE(r.method, QStringLiteral("ipa"));
        QCOMPARE(r.residualValue, 0);
        QCOMPARE(risks().forAsset(m_asset).value().size(), 1);

        // Treated: the residual inputs give the residual risk.
        Risk treated = r;
        treated.treatment = Treatment::Modify;
        treated.plan = QStringLiteral("多要素認証を導入する");
        treated.residualThreat = 1;
        treated.residualVulnerability = 1;
        QVERIFY(risks().update(treated));
        const Risk after = *risks().find(r.id).value();
        QCOMPARE(after.residualLikelihood, 1);
        QCOMPARE(after.residualValue, 3);
        QCOMPARE(after.version, 2);
        QVERIFY(!risks().update(treated)); // stale version
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void badInputsAreRefusedAndNothingWritten()
    {
        const qint64 events = auditCount(m_reg->get());
        Result<qint64> r = risks().create(input(4, 0, "no_such_threat"));
        QVERIFY(!r);
        const QStringList fields = fieldsOf(r.problems());
        for (const char* field : {"threat", "threat_level", "vulnerability_level"})
            QVERIFY2(fields.contains(QLatin1String(field)), field);
        Risk halfTreated = input(2, 2);
        halfTreated.residualThreat = 1; // without the residual vulnerability
        QVERIFY(!risks().create(halfTreated));
        Risk nowhere = input(2, 2);
        nowhere.assetId = 987654;
        QCOMPARE(fieldsOf(risks().create(nowhere).problems()), QStringList{QStringLiteral("asset_id")});
        QCOMPARE(risks().count().value(), 0);
        QCOMPARE(auditCount(m_reg->get()), events);
    }

    void anUnratedAssetCannotBeScored()
    {
        Asset unrated = m_reg->validAsset(QStringLiteral("R-2"));
        unrated.availability.clear();
        const qint64 id = (*m_reg)->assets().create(unrated).value();
        Risk r = input(2, 2);
        r.assetId = id;
        QCOMPARE(fieldsOf(risks().create(r).problems()), QStringList{QStringLiteral("impact")});
        QVERIFY(risks().create(input(2, 2)));
        QCOMPARE(fieldsOf(risks().create(input(1, 1)).problems()),
                 QStringList{QStringLiteral("threat")}); // one risk per asset and threat
    }

    void heatMapCountsEqualTheRisks()
    {
        // Assets of 重要度 3 (C3) and 1 (C1 I1 A1), each facing several threats at various levels.
        Asset low = m_reg->validAsset(QStringLiteral("R-3"));
        low.confidentiality = low.integrity = low.availability = QStringLiteral("1");
        const qint64 lowId = (*m_reg)->assets().create(low).value();
        const char* threats[] = {"malware", "fire", "insider", "earthquake", "operation_error"};
        int levels = 0;
        for (qint64 asset : {m_asset, lowId}) {
            for (const char* threat : threats) {
                Risk r = input(1 + levels % 3, 1 + (levels / 3) % 3, threat);
                r.assetId = asset;
                if (levels % 2 == 0) {
                    r.residualThreat = 1;
                    r.residualVulnerability = 1;
                }
                QVERIFY2(risks().create(r), threat);
                ++levels;
            }
        }
        QList<QList<qint64>> expected(3, QList<qint64>(3, 0));
        QList<QList<qint64>> expectedResidual(3, QList<qint64>(3, 0));
        QMap<QString, qint64> bands;
        for (qint64 asset : {m_asset, lowId}) {
            for (const Risk& r : risks().forAsset(asset).value()) {
                ++expected[3 - r.impact][r.likelihood - 1];
                ++bands[enumKey(RiskScoring::band(r.value))];
                if (r.residualLikelihood > 0)
                    ++expectedResidual[3 - r.impact][r.residualLikelihood - 1];
            }
        }
        const RegisterStats stats = RegisterStats::collect(m_reg->get()).value();
        QCOMPARE(stats.risks, 10);
        QCOMPARE(stats.heatmapInherent, expected);
        QCOMPARE(stats.heatmapResidual, expectedResidual);
        for (auto it = bands.cbegin(); it != bands.cend(); ++it)
            QCOMPARE(stats.byBand.value(it.key()), it.value());
        const QJsonObject json = stats.toJson();
        QCOMPARE(json.value(QStringLiteral("risks")).toInteger(), 10);
        QCOMPARE(json.value(QStringLiteral("heatmap")).toObject().value(QStringLiteral("inherent")).toArray().size(),
                 3);
        QVERIFY(json.value(QStringLiteral("by_band")).toObject().contains(QStringLiteral("high")));
    }

    void aMethodChangeLeavesScoredRisksAsTheyWere()
    {
        const qint64 ipaRisk = risks().create(input(3, 2)).value();
        const Risk before = *risks().find(ipaRisk).value();

        // The register moves to the 5×5 method with its own bands.
        QVERIFY(risks().setMethod(RiskMethod::fiveByFive(15, 6)));
        QVERIFY(risks().method() == RiskMethod::fiveByFive(15, 6));
        QVERIFY(!risks().setMethod(RiskMethod::fiveByFive(3, 9))); // bands that cannot be
        const Risk kept = *risks().find(ipaRisk).value();
        QCOMPARE(kept.method, QStringLiteral("ipa"));
        QCOMPARE(kept.methodSnapshot, before.methodSnapshot);
        QCOMPARE(kept.value, before.value);
        QCOMPARE(kept.band, before.band);

        // New risks are scored 5×5; the heat map is of the current method.
        Risk five = input(0, 0, "fire");
        five.likelihood = 4;
        five.impact = 4;
        const qint64 fiveRisk = risks().create(five).value();
        const Risk scored = *risks().find(fiveRisk).value();
        QCOMPARE(scored.value, 16);
        QCOMPARE(scored.band, RiskBand::High);
        QCOMPARE(RiskMethod::fromText(scored.methodSnapshot)->highFrom(), 15);
        const RiskService::HeatMap map = risks().heatmap().value();
        QCOMPARE(map.inherent.scale(), 5);
        QCOMPARE(map.inherent.total(), 1);
        QCOMPARE(map.inherent.count(4, 4), 1);

        // Bands changed later: the risk keeps the band it was scored with until it is changed.
        QVERIFY(risks().setMethod(RiskMethod::fiveByFive(20, 6)));
        QCOMPARE(risks().find(fiveRisk).value()->band, RiskBand::High);
        Risk edited = scored;
        edited.plan = QStringLiteral("耐火金庫へ移す");
        QVERIFY(risks().update(edited));
        QCOMPARE(risks().find(fiveRisk).value()->band, RiskBand::Medium);
        // The old IPA risk, changed now, is scored again by the current method from its figures.
        Risk old = kept;
        old.plan = QStringLiteral("見直し");
        QVERIFY(risks().update(old));
        const Risk rescored = *risks().find(ipaRisk).value();
        QCOMPARE(rescored.method, QStringLiteral("5x5"));
        QCOMPARE(rescored.value, kept.impact * kept.likelihood);
        QCOMPARE(rescored.band, RiskBand::Medium);
        QCOMPARE(rescored.threatLevel, 0);
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void removedRisksLeaveTheHeatMap()
    {
        const qint64 id = risks().create(input(3, 3)).value();
        QCOMPARE(risks().heatmap().value().inherent.count(3, 3), 1);
        QVERIFY(risks().remove(id));
        QCOMPARE(risks().heatmap().value().inherent.total(), 0);
        QVERIFY(!risks().find(id).value());
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void suggestionsAreScoredButNotStored()
    {
        Asset web = m_reg->validAsset(QStringLiteral("W-1"));
        web.segment = NetworkSegment::Internet;
        web.category = AssetCategory::Information;
        const qint64 id = (*m_reg)->assets().create(web).value();
        Risk recorded = input(2, 2, "malware");
        recorded.assetId = id;
        QVERIFY(risks().create(recorded));
        const QList<RiskService::Suggestion> suggested = risks().suggest(id).value();
        QStringList keys;
        for (const RiskService::Suggestion& s : suggested) {
            keys << s.risk.threatKey;
            QVERIFY(!s.reasons.isEmpty());
            QVERIFY(s.risk.value > 0); // scored for display
            QCOMPARE(s.risk.id, 0);
        }
        QVERIFY(keys.contains(QStringLiteral("unauthorized_access")));
        QVERIFY(!keys.contains(QStringLiteral("malware"))); // already recorded
        QCOMPARE(risks().forAsset(id).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRiskService)
#include "tst_riskservice.moc"
