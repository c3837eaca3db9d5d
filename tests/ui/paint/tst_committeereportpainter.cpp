// The committee report as a PDF: A4 pages with the banner and "n / N", the section titles and the
// figures in its text (NFKC-normalised: CJK fonts may map kanji to radicals), the Japanese font
// embedded, long tables repeating their header on every page they run over.

#include "TestRegister.h"
#include "paint/CommitteeReportPainter.h"
#include "report/CommitteeReport.h"
#include "service/Generator.h"
#include "service/Register.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;

class TestCommitteeReportPainter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString run(const QString& tool, const QStringList& args)
    {
        QProcess p;
        p.start(tool, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    }
    static int pages(const QString& pdf)
    {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    static QString nfkc(const QString& s) { return s.normalized(QString::NormalizationForm_KC); }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool : {"pdfinfo", "pdftotext", "pdffonts"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     "poppler-utils is missing: installer/debian-packages.txt lists it");
    }

    void aGeneratedRegistersReport()
    {
        test::TestRegister reg;
        QVERIFY(Generator(reg.get(), 3).generate(400));
        QVERIFY(reg->reviews().openCampaign(2026, QDate(2027, 1, 31)));
        const CommitteeReport report = CommitteeReportBuilder(reg.get()).build().value();
        const QString pdf = m_dir.filePath(QStringLiteral("committee.pdf"));
        const Status written = CommitteeReportPainter(report).writePdf(pdf);
        QVERIFY2(written, qPrintable(written.errorText()));
        // Owner-only, like every export of the register.
        QCOMPARE(QFile::permissions(pdf) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                            QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("A4")), qPrintable(info));
        const int count = pages(pdf);
        QVERIFY2(count >= 7 && count <= 9, qPrintable(QString::number(count)));

        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        for (const QString& title : CommitteeReportPainter::sectionTitles().mid(1))
            QVERIFY2(text.contains(nfkc(title)), qPrintable(title));
        QVERIFY(text.contains(nfkc(QStringLiteral("令和8年11月27日"))));
        QVERIFY(text.contains(QStringLiteral("%1 / %1").arg(count))); // the last page's number
        QVERIFY(text.count(nfkc(report.banner)) >= 2 * count);        // header and footer
        const QLocale japanese(QLocale::Japanese);
        QVERIFY(text.contains(japanese.toString(report.assets)));
        QVERIFY(text.contains(japanese.toString(report.risks)));
        QVERIFY(text.contains(report.topRisks.first().assetCode));

        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString& line : lines) // name, type, encoding, emb ...
            QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
    }

    void longTablesRepeatTheirHeader()
    {
        CommitteeReport report;
        report.city = QStringLiteral("能代市");
        report.scopeName = QStringLiteral("全庁");
        report.date = QDate(2026, 11, 27);
        for (int i = 1; i <= 150; ++i)
            report.departments << CommitteeReport::Department{i, QStringLiteral("部局%1").arg(i), i, {}, 0};
        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(CommitteeReportPainter(report).writePdf(pdf));
        const int count = pages(pdf);
        QVERIFY(count >= 9); // the department table runs over several pages
        int repeated = 0;
        for (int page = 1; page <= count; ++page) {
            const QString text =
                run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                  QString::number(page), pdf, QStringLiteral("-")});
            // A page of department rows with the header row above them.
            if (text.contains(QRegularExpression(QStringLiteral("部局\\d+"))) &&
                text.contains(QStringLiteral("資産数")))
                ++repeated;
        }
        QVERIFY2(repeated >= 3, qPrintable(QString::number(repeated)));
    }

    void anUnwritablePathLeavesNothing()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("missing/folder/report.pdf"));
        const CommitteeReport empty;
        QVERIFY(!CommitteeReportPainter(empty).writePdf(pdf));
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_MAIN(TestCommitteeReportPainter)
#include "tst_committeereportpainter.moc"
