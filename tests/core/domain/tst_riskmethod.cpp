// RiskMethod and RiskScoring::score: the IPA method's fixed bands, the 5×5 method's bands as
// settings, snapshots that read back, and every cell of both grids scored and banded.

#include "domain/RiskMethod.h"
#include "domain/RiskScoring.h"

#include <QTest>

using namespace daicho;

class TestRiskMethod : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ipaBandsAreTheGuidelines()
    {
        const RiskMethod ipa = RiskMethod::ipa();
        QCOMPARE(ipa.scale(), 3);
        for (int importance = 1; importance <= 3; ++importance) {
            for (int likelihood = 1; likelihood <= 3; ++likelihood) {
                const int value = ipa.value(importance, likelihood);
                QCOMPARE(ipa.band(value), RiskScoring::band(value));
            }
        }
        QVERIFY(ipa.bandProblem().isEmpty());
    }

    void fiveByFiveBandsAreSettings()
    {
        const RiskMethod m = RiskMethod::fiveByFive(15, 6);
        QCOMPARE(m.scale(), 5);
        QCOMPARE(m.band(25), RiskBand::High);
        QCOMPARE(m.band(15), RiskBand::High);
        QCOMPARE(m.band(14), RiskBand::Medium);
        QCOMPARE(m.band(6), RiskBand::Medium);
        QCOMPARE(m.band(5), RiskBand::Low);
        QCOMPARE(m.band(1), RiskBand::Low);
        QVERIFY(m.bandProblem().isEmpty());
        // Bands that cannot be: 中 from 1, 中 above 大, 大 beyond the grid.
        QVERIFY(!RiskMethod::fiveByFive(12, 1).bandProblem().isEmpty());
        QVERIFY(!RiskMethod::fiveByFive(8, 8).bandProblem().isEmpty());
        QVERIFY(!RiskMethod::fiveByFive(26, 5).bandProblem().isEmpty());
    }

    void snapshotsReadBack()
    {
        for (const RiskMethod& m : {RiskMethod::ipa(), RiskMethod::fiveByFive(), RiskMethod::fiveByFive(20, 10)}) {
            const std::optional<RiskMethod> back = RiskMethod::fromText(m.text());
            QVERIFY2(back, qPrintable(m.text()));
            QVERIFY(*back == m);
        }
        QVERIFY(!RiskMethod::fromText(QStringLiteral("{\"method\":\"7x7\"}")));
        QVERIFY(!RiskMethod::fromText(QStringLiteral("not json")));
        QVERIFY(!RiskMethod::fromText(QStringLiteral("{\"method\":\"5x5\",\"high_from\":3,\"medium_from\":9}")));
    }

    void ipaScoresFromTheAssetsImportance()
    {
        for (int importance = 1; importance <= 3; ++importance) {
            for (int threat = 1; threat <= 3; ++threat) {
                for (int vulnerability = 1; vulnerability <= 3; ++vulnerability) {
                    Risk r;
                    r.threatLevel = threat;
                    r.vulnerabilityLevel = vulnerability;
                    QVERIFY(RiskScoring::score(RiskMethod::ipa(), importance, r).isEmpty());
                    QCOMPARE(r.impact, importance);
                    QCOMPARE(r.likelihood, RiskScoring::likelihood(threat, vulnerability));
                    QCOMPARE(r.value, importance * r.likelihood);
                    QCOMPARE(r.band, RiskScoring::band(r.value));
                    QCOMPARE(r.method, QStringLiteral("ipa"));
                    QCOMPARE(r.methodSnapshot, RiskMethod::ipa().text());
                    QVERIFY(!r.hasResidual());
                }
            }
        }
    }

    void fiveByFiveScoresEveryCell()
    {
        const RiskMethod m = RiskMethod::fiveByFive(12, 5);
        for (int impact = 1; impact <= 5; ++impact) {
            for (int likelihood = 1; likelihood <= 5; ++likelihood) {
                Risk r;
                r.impact = impact;
                r.likelihood = likelihood;
                r.threatLevel = 3;                              // IPA inputs mean nothing here and are dropped
                QVERIFY(RiskScoring::score(m, 0, r).isEmpty()); // no 重要度 needed
                QCOMPARE(r.value, impact * likelihood);
                QCOMPARE(r.band, r.value >= 12 ? RiskBand::High : r.value >= 5 ? RiskBand::Medium : RiskBand::Low);
                QCOMPARE(r.threatLevel, 0);
                QCOMPARE(r.method, QStringLiteral("5x5"));
            }
        }
        Risk treated;
        treated.impact = 5;
        treated.likelihood = 4;
        treated.residualImpact = 5;
        treated.residualLikelihood = 1;
        QVERIFY(RiskScoring::score(m, 0, treated).isEmpty());
        QCOMPARE(treated.residualValue, 5);
        QCOMPARE(treated.residualBand, RiskBand::Medium);
    }

    void inputsOutOfRangeNameTheirField()
    {
        Risk r;
        r.impact = 6;
        r.likelihood = 0;
        r.residualImpact = 2; // without the residual likelihood
        QStringList fields;
        for (const Problem& p : RiskScoring::score(RiskMethod::fiveByFive(), 0, r))
            fields << p.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("likelihood"), QStringLiteral("impact"),
                                      QStringLiteral("residual_likelihood")}));
        Risk ipa;
        ipa.threatLevel = 2;
        ipa.vulnerabilityLevel = 2;
        const Problems unrated = RiskScoring::score(RiskMethod::ipa(), 0, ipa);
        QCOMPARE(unrated.size(), 1);
        QCOMPARE(unrated.first().field, QStringLiteral("impact"));
    }
};

QTEST_GUILESS_MAIN(TestRiskMethod)
#include "tst_riskmethod.moc"
