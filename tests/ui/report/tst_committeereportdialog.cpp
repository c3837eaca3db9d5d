// Report → Committee Report…: the scope offered and chosen, the report saved as PDF and as Excel.

#include "TestRegister.h"
#include "exchange/XlsxReader.h"
#include "report/CommitteeReportDialog.h"
#include "service/Generator.h"
#include "service/Register.h"

#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;

class TestCommitteeReportDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void savesTheChosenScope()
    {
        test::TestRegister reg;
        QVERIFY(Generator(reg.get(), 2).generate(120));
        CommitteeReportDialog dialog(reg.get());
        auto* scope = dialog.findChild<QComboBox*>(QStringLiteral("reportScope"));
        QVERIFY(scope);
        QCOMPARE(dialog.scope(), 0); // the whole city first
        // Bodies and departments, no sections.
        QVERIFY(scope->findData(reg.unitNamed(QStringLiteral("総務部"))) > 0);
        QCOMPARE(scope->findData(reg.unitNamed(QStringLiteral("総務課"))), -1);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("city.pdf"));
        const Status saved = dialog.save(pdf);
        QVERIFY2(saved, qPrintable(saved.errorText()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));

        const qint64 soumu = reg.unitNamed(QStringLiteral("総務部"));
        dialog.setScope(soumu);
        QCOMPARE(dialog.scope(), soumu);
        const QString xlsx = dir.filePath(QStringLiteral("soumu.xlsx"));
        QVERIFY(dialog.save(xlsx));
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(xlsx, QStringLiteral("部局別保有資産"));
        QVERIFY(reader);
        QList<QStringList> rows;
        SourceRow row;
        while (reader.value()->next(row))
            rows << row.cells;
        QCOMPARE(rows.size(), 3); // title, header, 総務部
        QCOMPARE(rows.at(2).first(), QStringLiteral("総務部"));

        // The period: since the last report by default, or since a day.
        QVERIFY(!dialog.since());
        dialog.setSince(QDate(2026, 4, 1));
        QCOMPARE(dialog.since(), std::optional<QDate>(QDate(2026, 4, 1)));
        QVERIFY(dialog.save(xlsx));
        // Each save is recorded: the next report for 総務部 compares with the last one.
        QVERIFY(reg->reports().lastIssue(soumu).value());
        QCOMPARE(reg->reports().lastIssue(soumu).value()->format, QStringLiteral("xlsx"));
    }
};

QTEST_MAIN(TestCommitteeReportDialog)
#include "tst_committeereportdialog.moc"
