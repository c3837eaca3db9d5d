// The committee report's figures, each against a direct count of the rows: the whole city and
// one department, assets, risks and their heat maps, departments, findings and the review.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "report/CommitteeReport.h"
#include "service/Generator.h"
#include "service/Register.h"

#include <QSqlQuery>
#include <QTest>

using namespace daicho;
using daicho::test::scalar;

class TestCommitteeReport : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestRegister> m_reg;

    Register& reg() { return m_reg->get(); }
    qint64 count(const QString& sql) { return scalar(reg().database().connection(), sql).toLongLong(); }
    // Active assets under a unit: its sections, or the sections of its departments.
    QString under(qint64 unit)
    {
        return QStringLiteral("a.section_id IN (WITH RECURSIVE t(id) AS (SELECT %1 UNION ALL"
                              " SELECT u.id FROM org_units u JOIN t ON u.parent_id = t.id) SELECT id FROM t)")
            .arg(unit);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_reg = std::make_unique<test::TestRegister>();
        QVERIFY(Generator(reg(), 5).generate(600));
        QVERIFY(reg().reviews().openCampaign(2026, QDate(2027, 1, 31)));
        QVERIFY(reg().reviews().confirmSection(m_reg->unitNamed(QStringLiteral("総務課"))));
    }
    void cleanupTestCase() { m_reg.reset(); }

    void wholeCityFiguresEqualDirectCounts()
    {
        const CommitteeReport r = CommitteeReportBuilder(reg()).build().value();
        QCOMPARE(r.scopeName, QStringLiteral("全庁"));
        QCOMPARE(r.date, QDate(2026, 11, 27));
        QCOMPARE(r.assets, count(QStringLiteral("SELECT COUNT(*) FROM assets WHERE status = 'active'")));
        QVERIFY(r.assets > 0);
        for (const auto& [key, n] : r.byCategory)
            QCOMPARE(n, count(QStringLiteral("SELECT COUNT(*) FROM assets WHERE status = 'active' AND category = '%1'")
                                  .arg(key)));
        for (const auto& [key, n] : r.bySegment)
            QCOMPARE(
                n,
                count(
                    QStringLiteral("SELECT COUNT(*) FROM assets WHERE status = 'active' AND segment = '%1'").arg(key)));
        qint64 rated = 0;
        for (const auto& [level, n] : r.byConfidentiality)
            rated += n;
        QCOMPARE(rated, r.assets);

        const QString method = r.riskMethod;
        QCOMPARE(r.risks, count(QStringLiteral("SELECT COUNT(*) FROM risks WHERE method = '%1'").arg(method)));
        QVERIFY(r.risks > 0);
        for (RiskBand band : enumValues<RiskBand>())
            QCOMPARE(r.risksByBand.value(band),
                     count(QStringLiteral("SELECT COUNT(*) FROM risks WHERE method = '%1' AND band = '%2'")
                               .arg(method, enumKey(band))));
        QCOMPARE(r.inherent.total(), r.risks);
        QCOMPARE(r.residual.total(),
                 count(QStringLiteral("SELECT COUNT(*) FROM risks WHERE method = '%1' AND residual_likelihood IS NOT"
                                      " NULL")
                           .arg(method)));
        QCOMPARE(r.topRisks.size(), 10);
        QCOMPARE(r.topRisks.first().risk.value,
                 count(QStringLiteral("SELECT MAX(value) FROM risks WHERE method = '%1'").arg(method)));

        qint64 inDepartments = 0;
        qint64 high = 0;
        for (const CommitteeReport::Department& d : r.departments) {
            inDepartments += d.assets;
            high += d.highRisks;
            QCOMPARE(d.assets, count(QStringLiteral("SELECT COUNT(*) FROM assets a WHERE a.status = 'active' AND %1")
                                         .arg(under(d.unitId))));
        }
        QCOMPARE(inDepartments, r.assets);
        QCOMPARE(high, r.risksByBand.value(RiskBand::High));

        const ComplianceService::Summary summary = ComplianceService::summarise(reg().compliance().check().value());
        qint64 listed = 0;
        for (const CommitteeReport::RuleCount& rule : r.findingsByRule) {
            QCOMPARE(rule.count, summary.byRule.value(rule.rule));
            QVERIFY(rule.article.startsWith(QStringLiteral("第")));
            listed += rule.count;
        }
        QCOMPARE(r.findingsByRule.size(), 13);
        QCOMPARE(r.findingsBySeverity, summary.bySeverity);
        QVERIFY(listed > 0);

        QVERIFY(r.campaign);
        QCOMPARE(r.reviewedAssets(), count(QStringLiteral("SELECT COUNT(*) FROM asset_reviews r JOIN assets a"
                                                          " ON a.id = r.asset_id WHERE a.status = 'active'")));
        QCOMPARE(r.reviewAssets(), r.assets);
    }

    void aDepartmentCountsItsOwnOnly()
    {
        const qint64 soumu = m_reg->unitNamed(QStringLiteral("総務部"));
        const CommitteeReport r = CommitteeReportBuilder(reg()).build(soumu).value();
        QCOMPARE(r.scopeName, QStringLiteral("総務部"));
        QCOMPARE(
            r.assets,
            count(QStringLiteral("SELECT COUNT(*) FROM assets a WHERE a.status = 'active' AND %1").arg(under(soumu))));
        QCOMPARE(r.risks, count(QStringLiteral("SELECT COUNT(*) FROM risks r JOIN assets a ON a.id = r.asset_id"
                                               " WHERE r.method = '%1' AND %2")
                                    .arg(r.riskMethod, under(soumu))));
        QCOMPARE(r.departments.size(), 1);
        QCOMPARE(r.departments.first().unitId, soumu);
        QCOMPARE(r.review.size(), 1);
        QVERIFY(r.reviewedAssets() > 0);
        qint64 findings = 0;
        for (const CommitteeReport::RuleCount& rule : r.findingsByRule)
            findings += rule.count;
        qint64 expected = 0;
        for (const Finding& f : reg().compliance().check().value())
            if (count(QStringLiteral("SELECT COUNT(*) FROM assets a WHERE a.id = %1 AND %2")
                          .arg(f.assetId)
                          .arg(under(soumu))) ||
                (f.assetId == 0 && f.unitId == soumu))
                ++expected;
        QCOMPARE(findings, expected);
        QVERIFY(!CommitteeReportBuilder(reg()).build(999999));
    }
};

QTEST_GUILESS_MAIN(TestCommitteeReport)
#include "tst_committeereport.moc"
