// The IPA method: every cell of the 被害発生可能性 table, every リスク値 and its band, and inputs
// out of range refused.

#include "domain/RiskScoring.h"

#include <QSet>
#include <QTest>

using namespace daicho;

class TestRiskScoring : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void likelihoodTable_data()
    {
        QTest::addColumn<int>("threat");
        QTest::addColumn<int>("vulnerability");
        QTest::addColumn<int>("likelihood");
        // DESIGN.md §2: threat 3 → 3/2/1; threat 2 → 2/1/1; threat 1 → 1/1/1 (vulnerability 3/2/1).
        const int expected[3][3] = {{3, 2, 1}, {2, 1, 1}, {1, 1, 1}};
        for (int t = 3; t >= 1; --t)
            for (int v = 3; v >= 1; --v)
                QTest::addRow("threat %d, vulnerability %d", t, v) << t << v << expected[3 - t][3 - v];
    }

    void likelihoodTable()
    {
        QFETCH(int, threat);
        QFETCH(int, vulnerability);
        QFETCH(int, likelihood);
        QCOMPARE(RiskScoring::likelihood(threat, vulnerability), likelihood);
    }

    void valuesAndBands()
    {
        QSet<int> values;
        for (int importance = 1; importance <= 3; ++importance) {
            for (int likelihood = 1; likelihood <= 3; ++likelihood) {
                const int value = RiskScoring::value(importance, likelihood);
                QCOMPARE(value, importance * likelihood);
                values.insert(value);
                const RiskBand band = RiskScoring::band(value);
                if (value >= 6)
                    QCOMPARE(band, RiskBand::High);
                else if (value == 4)
                    QCOMPARE(band, RiskBand::Medium);
                else
                    QCOMPARE(band, RiskBand::Low);
            }
        }
        QCOMPARE(values, (QSet<int>{1, 2, 3, 4, 6, 9}));
        QCOMPARE(enumLabel(RiskBand::High, Language::Japanese), QStringLiteral("大"));
    }

    void outOfRangeInputsScoreNothing()
    {
        QCOMPARE(RiskScoring::likelihood(0, 2), 0);
        QCOMPARE(RiskScoring::likelihood(2, 4), 0);
        QCOMPARE(RiskScoring::value(4, 1), 0);
        QCOMPARE(RiskScoring::value(2, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestRiskScoring)
#include "tst_riskscoring.moc"
