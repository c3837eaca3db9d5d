// The year's review as evidence: the workbook's progress and review sheets read back cell by
// cell, the CSV the same reviews; nothing written for a year without a campaign.

#include "TestRegister.h"
#include "exchange/CsvReader.h"
#include "exchange/ReviewEvidenceExporter.h"
#include "exchange/XlsxReader.h"
#include "service/Register.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;

class TestReviewEvidence : public QObject {
    Q_OBJECT

    static QList<QStringList> cells(Result<std::unique_ptr<XlsxReader>> reader)
    {
        if (!reader)
            qFatal("cannot open: %s", qPrintable(reader.errorText()));
        QList<QStringList> rows;
        SourceRow row;
        while (reader.value()->next(row))
            rows << row.cells;
        return rows;
    }

    std::unique_ptr<test::TestRegister> m_reg;
    QTemporaryDir m_dir;
    QList<qint64> m_assets;

private Q_SLOTS:
    void init()
    {
        m_reg = std::make_unique<test::TestRegister>();
        const qint64 general = m_reg->unitNamed(QStringLiteral("総務課"));
        for (const char* code : {"G-1", "G-2"}) {
            Asset a = m_reg->validAsset(QString::fromLatin1(code));
            a.sectionId = general;
            m_assets << (*m_reg)->assets().create(a).value();
        }
    }
    void cleanup() { m_reg.reset(); }

    void aYearWithoutCampaignWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("none.xlsx"));
        QVERIFY(!ReviewEvidenceExporter(m_reg->get()).exportFile(path));
        QVERIFY(!QFile::exists(path));
    }

    void workbookAndCsvHoldEveryReview()
    {
        Register& reg = m_reg->get();
        QVERIFY(reg.reviews().openCampaign(2026, QDate(2027, 1, 31)));
        QVERIFY(reg.reviews().review(m_assets.at(0), ReviewOutcome::NeedsFix, QStringLiteral("保管場所, 変更")));
        QVERIFY(reg.reviews().review(m_assets.at(1), ReviewOutcome::Confirmed));

        const QString xlsx = m_dir.filePath(QStringLiteral("evidence.xlsx"));
        const Result<qint64> written = ReviewEvidenceExporter(reg).exportFile(xlsx);
        QVERIFY2(written, qPrintable(written.errorText()));
        QCOMPARE(written.value(), 2);

        const QList<QStringList> reviews = cells(XlsxReader::open(xlsx, QStringLiteral("棚卸し結果")));
        QVERIFY(reviews.first().first().contains(QStringLiteral("2026年度"))); // the title
        QVERIFY(reviews.first().first().contains(QStringLiteral("機密性2")));  // the banner
        QCOMPARE(reviews.at(1).first(), QStringLiteral("資産ID"));
        QCOMPARE(reviews.size(), 4);
        QCOMPARE(reviews.at(2).mid(0, 5),
                 (QStringList{QStringLiteral("G-1"), reg.assets().find(m_assets.at(0)).value()->name,
                              QStringLiteral("総務課"), QStringLiteral("要修正"), QStringLiteral("保管場所, 変更")}));
        QCOMPARE(reviews.at(3).at(3), QStringLiteral("確認済"));

        const QList<QStringList> progress = cells(XlsxReader::open(xlsx, QStringLiteral("部局別進捗")));
        bool found = false;
        for (const QStringList& row : progress)
            if (row.value(0) == QStringLiteral("総務部")) {
                found = true;
                QCOMPARE(row.mid(1, 5), (QStringList{QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1"),
                                                     QStringLiteral("0"), QStringLiteral("0")}));
            }
        QVERIFY(found);

        const QString csv = m_dir.filePath(QStringLiteral("evidence.csv"));
        QCOMPARE(ReviewEvidenceExporter(reg).exportFile(csv).value(), 2);
        Result<std::unique_ptr<CsvReader>> reader = CsvReader::open(csv);
        QVERIFY(reader);
        QList<QStringList> rows;
        SourceRow row;
        while (reader.value()->next(row))
            rows << row.cells;
        // The classification banner's title row, the header, two reviews.
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).size(), 1);
        QVERIFY2(rows.at(0).first().endsWith(QString::fromUtf8("【機密性2】")), qPrintable(rows.at(0).first()));
        QCOMPARE(rows.at(2).mid(0, 5), reviews.at(2).mid(0, 5));

        QVERIFY(!ReviewEvidenceExporter(reg).exportFile(m_dir.filePath(QStringLiteral("evidence.txt"))));
    }
};

QTEST_GUILESS_MAIN(TestReviewEvidence)
#include "tst_reviewevidence.moc"
