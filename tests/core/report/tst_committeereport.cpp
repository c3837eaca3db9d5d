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
        return QStringLiteral("a.section_id IN (WITH RECURSIVE t(id) AS (SELECT CAST(%1 AS BIGINT) UNION ALL"
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
        // The banner: 機密性3 when a named asset is rated so, else 機密性2.
        bool names3 = false;
        for (const RiskRepository::Row& row : r.topRisks)
            names3 =
                names3 || reg().assets().find(row.risk.assetId).value()->confidentiality.startsWith(QLatin1Char('3'));
        QCOMPARE(r.banner, names3 ? QStringLiteral("機密性3") : QStringLiteral("機密性2"));
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

    // 前回報告からの変更: from the audit trail, since the report issued for the same scope.
    void changesSinceThePreviousReport()
    {
        test::TestRegister fresh;
        Register& r = fresh.get();
        const qint64 general = fresh.unitNamed(QStringLiteral("総務課"));
        const qint64 tax = fresh.unitNamed(QStringLiteral("税務課"));
        const qint64 soumu = fresh.unitNamed(QStringLiteral("総務部"));
        const qint64 other = fresh.unitNamed(QStringLiteral("企画政策課"));
        const auto add = [&](const char* code, qint64 section) {
            Asset a = fresh.validAsset(QString::fromLatin1(code));
            a.sectionId = section;
            return r.assets().create(a).value();
        };
        const qint64 kept = add("K-1", general);
        const qint64 toDispose = add("K-2", tax);
        add("K-3", other);
        CommitteeReport first = CommitteeReportBuilder(r).build(soumu).value();
        QVERIFY(!first.changes.previous);       // nothing issued yet: since the register began
        QCOMPARE(first.changes.assetsAdded, 2); // K-3 is not in 総務部
        QVERIFY(r.reports().recordIssue(soumu, QStringLiteral("pdf"), first.findingCounts()));

        fresh.clock().advanceSeconds(3600);
        add("N-1", general);
        add("N-2", other);
        Asset reclassified = *r.assets().find(kept).value();
        reclassified.confidentiality =
            reclassified.confidentiality == QLatin1String("1") ? QStringLiteral("2") : QStringLiteral("1");
        reclassified.restrictions.clear();
        QVERIFY2(r.assets().update(reclassified), "reclassify");
        QVERIFY(r.assets().dispose(toDispose, QDate(2026, 11, 27), QStringLiteral("溶解"),
                                   fresh.addPerson(QStringLiteral("確認　者"))));
        Risk risk;
        risk.assetId = kept;
        risk.threatKey = QStringLiteral("malware");
        risk.threatLevel = 2;
        risk.vulnerabilityLevel = 2;
        const qint64 riskId = r.risks().create(risk).value();
        Risk closed = *r.risks().find(riskId).value();
        closed.status = RiskStatus::Closed;
        QVERIFY(r.risks().update(closed));

        const CommitteeReport second = CommitteeReportBuilder(r).build(soumu).value();
        const ReportChanges& c = second.changes;
        QVERIFY(c.previous);
        QCOMPARE(c.previous->scopeUnitId, soumu);
        QCOMPARE(c.assetsAdded, 1);
        QCOMPARE(c.assetsDisposed, 1);
        QCOMPARE(c.assetsReclassified, 1);
        QCOMPARE(c.risksOpened, 1);
        QCOMPARE(c.risksClosed, 1);
        QCOMPARE(c.findings.size(), std::max(first.findingCounts().size(), second.findingCounts().size()));
        for (const ReportChanges::RuleChange& f : c.findings) {
            QCOMPARE(f.before, first.findingCounts().value(f.rule));
            QCOMPARE(f.now, second.findingCounts().value(f.rule));
        }

        // Another scope has its own history; a day instead of the last report.
        QVERIFY(!CommitteeReportBuilder(r).build(0).value().changes.previous);
        const ReportChanges fromToday = CommitteeReportBuilder(r).build(soumu, QDate(2026, 11, 27)).value().changes;
        QVERIFY(!fromToday.previous); // issued on the day itself, not before it
        QCOMPARE(fromToday.assetsAdded, 3);
        const ReportChanges fromTomorrow = CommitteeReportBuilder(r).build(soumu, QDate(2026, 11, 28)).value().changes;
        QCOMPARE(fromTomorrow.assetsAdded, 0);
        QCOMPARE(fromTomorrow.previous->id, c.previous->id);
        QVERIFY2(fresh.auditFinding().isEmpty(), qPrintable(fresh.auditFinding()));
    }
};

QTEST_GUILESS_MAIN(TestCommitteeReport)
#include "tst_committeereport.moc"
