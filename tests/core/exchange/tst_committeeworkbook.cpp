// The committee workbook read back cell by cell against the report it was written from.

#include "TestRegister.h"
#include "exchange/CommitteeWorkbook.h"
#include "exchange/XlsxReader.h"
#include "report/CommitteeReport.h"
#include "service/Generator.h"
#include "service/Register.h"

#include <QTemporaryDir>
#include <QTest>

using namespace daicho;

class TestCommitteeWorkbook : public QObject {
    Q_OBJECT

    static QList<QStringList> sheet(const QString& path, const QString& name)
    {
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path, name);
        if (!reader)
            qFatal("cannot open %s: %s", qPrintable(name), qPrintable(reader.errorText()));
        QList<QStringList> rows;
        SourceRow row;
        while (reader.value()->next(row))
            rows << row.cells;
        return rows;
    }
    static QString number(qint64 n) { return QString::number(n); }

private Q_SLOTS:
    void everySheetHoldsTheReportsFigures()
    {
        test::TestRegister reg;
        QVERIFY(Generator(reg.get(), 9).generate(300));
        QVERIFY(reg->reviews().openCampaign(2026, QDate(2027, 1, 31)));
        QVERIFY(reg->reviews().confirmSection(reg.unitNamed(QStringLiteral("総務課"))));
        const CommitteeReport r = CommitteeReportBuilder(reg.get()).build().value();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("committee.xlsx"));
        const Status written = CommitteeWorkbook::write(r, path);
        QVERIFY2(written, qPrintable(written.errorText()));

        const QList<QStringList> summary = sheet(path, QStringLiteral("概要"));
        QVERIFY(summary.first().first().contains(QStringLiteral("令和8年11月27日"))); // title row
        QVERIFY(summary.first().first().contains(r.banner));
        const auto valueOf = [&](const QString& group, const QString& item) {
            for (const QStringList& row : summary)
                if (row.value(0) == group && row.value(1) == item)
                    return row.value(2);
            return QStringLiteral("missing");
        };
        QCOMPARE(valueOf(QStringLiteral("情報資産"), QStringLiteral("合計")), number(r.assets));
        QCOMPARE(valueOf(QStringLiteral("リスク"), QStringLiteral("合計")), number(r.risks));
        QCOMPARE(valueOf(QStringLiteral("リスク"), enumLabel(RiskBand::High, Language::Japanese)),
                 number(r.risksByBand.value(RiskBand::High)));
        QCOMPARE(valueOf(QStringLiteral("棚卸し"), QStringLiteral("対象資産")), number(r.reviewAssets()));

        // The heat maps: highest impact first, likelihood left to right.
        const QList<QStringList> heat = sheet(path, QStringLiteral("ヒートマップ"));
        const int n = r.method.scale();
        int inherentTitle = -1;
        for (int i = 0; i < heat.size() && inherentTitle < 0; ++i)
            if (heat.at(i).value(0) == QStringLiteral("固有リスク"))
                inherentTitle = i;
        QVERIFY(inherentTitle > 0);
        for (int k = 0; k < n; ++k)
            for (int l = 1; l <= n; ++l)
                QCOMPARE(heat.at(inherentTitle + 1 + k).value(l), number(r.inherent.count(n - k, l)));

        const QList<QStringList> top = sheet(path, QStringLiteral("主要リスク"));
        QCOMPARE(top.size(), 2 + r.topRisks.size()); // title, header, rows
        QCOMPARE(top.at(2).value(1), r.topRisks.first().assetCode);
        QCOMPARE(top.at(2).value(4), number(r.topRisks.first().risk.value));

        const QList<QStringList> findings = sheet(path, QStringLiteral("指摘事項"));
        QCOMPARE(findings.size(), 2 + r.findingsByRule.size());
        for (int i = 0; i < r.findingsByRule.size(); ++i) {
            QCOMPARE(findings.at(2 + i).value(0), r.findingsByRule.at(i).rule);
            QCOMPARE(findings.at(2 + i).value(2), r.findingsByRule.at(i).article);
            QCOMPARE(findings.at(2 + i).value(4), number(r.findingsByRule.at(i).count));
        }

        const QList<QStringList> departments = sheet(path, QStringLiteral("部局別保有資産"));
        QCOMPARE(departments.size(), 2 + r.departments.size());
        for (int i = 0; i < r.departments.size(); ++i) {
            QCOMPARE(departments.at(2 + i).value(0), r.departments.at(i).name);
            QCOMPARE(departments.at(2 + i).value(1), number(r.departments.at(i).assets));
        }

        const QList<QStringList> review = sheet(path, QStringLiteral("棚卸し"));
        QCOMPARE(review.size(), 2 + r.review.size());
        qint64 confirmed = 0;
        for (int i = 0; i < r.review.size(); ++i)
            confirmed += review.at(2 + i).value(2).toLongLong();
        QCOMPARE(confirmed, r.reviewedAssets());
    }
};

QTEST_GUILESS_MAIN(TestCommitteeWorkbook)
#include "tst_committeeworkbook.moc"
