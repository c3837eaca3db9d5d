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
};

QTEST_GUILESS_MAIN(TestRiskService)
#include "tst_riskservice.moc"
