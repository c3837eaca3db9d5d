#include "exchange/XlsxPackage.h"
#include "exchange/XlsxReader.h"

#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace daicho;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(DAICHO_TEST_DATA "/xlsx/") + QLatin1String(name);
}

// Rows as "line: cell|cell|…", so that a mismatch shows the row it is in.
QStringList dump(XlsxReader& reader)
{
    QStringList rows;
    SourceRow row;
    // The cap only keeps a broken reader from hanging the suite.
    for (int i = 0; i < 100000 && reader.next(row); ++i)
        rows << QString::number(row.line) + QLatin1String(": ") + row.cells.join(QLatin1Char('|'));
    return rows;
}

std::unique_ptr<XlsxReader> openFixture(const char* name, const QString& sheet = {})
{
    Result<std::unique_ptr<XlsxReader>> opened = XlsxReader::open(fixture(name), sheet);
    if (!opened) {
        qWarning().noquote() << opened.errorText();
        return {};
    }
    return opened.take();
}

QString openError(const QString& path, const QString& sheet = {})
{
    const Result<std::unique_ptr<XlsxReader>> opened = XlsxReader::open(path, sheet);
    return opened ? QString() : opened.errorText();
}

} // namespace

class TestXlsxReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Written by LibreOffice Calc from libreoffice.fods: shared strings (one with rich-text runs),
    // dates, numbers, a merged title, an empty cell in the middle and an empty row.
    void readsWhatLibreOfficeWrites()
    {
        auto reader = openFixture("libreoffice.xlsx");
        QVERIFY(reader);
        QCOMPARE(reader->sheetNames(), QStringList{QStringLiteral("台帳")});
        QCOMPARE(reader->sheetName(), QStringLiteral("台帳"));
        const QStringList expected{
            QStringLiteral("1: 情報資産管理台帳"),
            QStringLiteral("2: 資産ID|資産名称|導入日|件数|更新日時"),
            QStringLiteral("3: A-001|住民記録システム|2024-04-01|42|2024-04-01 09:30:15"),
            QStringLiteral("4: A-002||2023-12-31|3.5"),
            QStringLiteral("6: A-003|住民記録システム||0.1|全角　スペース"),
        };
        QCOMPARE(dump(*reader), expected);
        QCOMPARE(reader->error(), QString());
    }

    void placesCellsByColumn()
    {
        auto reader = openFixture("libreoffice.xlsx");
        QVERIFY(reader);
        SourceRow row;
        QVERIFY(reader->next(row));
        QCOMPARE(row.line, 1);
        QCOMPARE(row.cells, QStringList{QStringLiteral("情報資産管理台帳")}); // B1:C1 are merged away
        QVERIFY(reader->next(row));
        QVERIFY(reader->next(row));
        QVERIFY(reader->next(row));
        QCOMPARE(row.line, 4);
        QCOMPARE(row.cells.size(), 4);
        QVERIFY(row.cells.at(1).isEmpty());
    }

    void readsInlineStrings()
    {
        auto reader = openFixture("inline.xlsx");
        QVERIFY(reader);
        const QStringList expected{
            QStringLiteral("1: 資産ID|| 前後に空白 "),
            QStringLiteral("2: 太字と普通|改行\r\nあり_x0041_|TRUE||FALSE|#N/A"),
            QStringLiteral("3: |行番号なし"), // a row without r follows the one before
            // row 5 holds only empty cells: skipped
            QStringLiteral("7: ") + QString(26, QLatin1Char('|')) + QStringLiteral("AA列"),
        };
        QCOMPARE(dump(*reader), expected);
        QCOMPARE(reader->error(), QString());
    }

    void leavesFuriganaOut()
    {
        auto reader = openFixture("furigana.xlsx");
        QVERIFY(reader);
        const QStringList expected{QStringLiteral("1: 能代市|総務部"), QStringLiteral("2: 情報政策課|能代")};
        QCOMPARE(dump(*reader), expected);
    }

    void usesCachedFormulaResults()
    {
        auto reader = openFixture("formula.xlsx");
        QVERIFY(reader);
        // F1 has a formula and no cached value: empty, never "A1*10".
        const QStringList expected{QStringLiteral("1: 1|2|3|資産台帳|#DIV/0!||TRUE"),
                                   QStringLiteral("2: 2|4|文字列の結果")};
        QCOMPARE(dump(*reader), expected);
    }

    void formatsNumbersAndDates()
    {
        auto reader = openFixture("numbers.xlsx");
        QVERIFY(reader);
        const QStringList expected{
            QStringLiteral("1: 42|3|0.1|1.0000000000000002|0.001|-17.25|123456789012|150000000000000000000|0|"
                           "3.3333333333333335"),
            // ids 14, 31 and 58 (Japanese), a Japanese era code, a quoted "yyyy", [Red], [h]:mm:ss,
            // a custom date-time, a scientific format, #,##0
            QStringLiteral("2: 2024-04-01|2024-04-01|2024-04-01|2024-04-01|45383|45383|36:00:00|2024-04-01 18:00:00|"
                           "45383|45383"),
            // 1900's fictitious leap day, rounding to the second, a time of day, values that are no date,
            // ISO dates (t="d")
            QStringLiteral("3: 1900-02-28|1900-02-29|1900-03-01|1900-01-01|2024-04-01|12:00:00|-1|2958466|"
                           "not a number|2024-04-01|2024-04-01 08:05:00"),
        };
        QCOMPARE(dump(*reader), expected);
    }

    void readsThe1904DateSystem()
    {
        auto reader = openFixture("date1904.xlsx");
        QVERIFY(reader);
        const QStringList expected{QStringLiteral("1: 1904-01-01|2023-12-30|2023-12-30 12:00:00|06:00:00|43828")};
        QCOMPARE(dump(*reader), expected);
    }

    void opensTheFirstVisibleSheetByDefault()
    {
        auto reader = openFixture("sheets.xlsx");
        QVERIFY(reader);
        QCOMPARE(reader->sheetNames(),
                 (QStringList{QStringLiteral("隠し"), QStringLiteral("表紙"), QStringLiteral("資産一覧")}));
        QCOMPARE(reader->visibleSheetNames(), (QStringList{QStringLiteral("表紙"), QStringLiteral("資産一覧")}));
        QCOMPARE(reader->sheetName(), QStringLiteral("表紙"));
        QCOMPARE(dump(*reader), QStringList{QStringLiteral("2: |表紙です")});
    }

    void opensASheetByName()
    {
        // Its relationship target is "worksheets/data.xml"; the zip holds "Data.xml".
        auto reader = openFixture("sheets.xlsx", QStringLiteral("資産一覧"));
        QVERIFY(reader);
        QCOMPARE(reader->sheetName(), QStringLiteral("資産一覧"));
        QCOMPARE(dump(*reader), (QStringList{QStringLiteral("1: 資産ID|資産名称"), QStringLiteral("2: 1|庁内LAN")}));

        auto hidden = openFixture("sheets.xlsx", QStringLiteral("隠し"));
        QVERIFY(hidden);
        QCOMPARE(dump(*hidden), QStringList{QStringLiteral("1: 隠しシート")});
    }

    void namesTheSheetsWhenOneIsMissing()
    {
        const QString error = openError(fixture("sheets.xlsx"), QStringLiteral("台帳"));
        QVERIFY2(error.contains(QStringLiteral("台帳")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("表紙")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("資産一覧")), qPrintable(error));
    }

    void readsAnEmptySheet()
    {
        auto reader = openFixture("empty.xlsx");
        QVERIFY(reader);
        QCOMPARE(dump(*reader), QStringList());
        QCOMPARE(reader->error(), QString());
    }

    void refusesFilesThatAreNoWorkbook_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("hint");
        QTest::newRow("not a zip") << fixture("junk.xlsx") << QStringLiteral("zip");
        QTest::newRow("no workbook") << fixture("noworkbook.xlsx") << QStringLiteral("without a workbook");
        QTest::newRow("missing") << fixture("no-such-file.xlsx") << QStringLiteral("no-such-file.xlsx");
        QTest::newRow("document type") << fixture("dtd.xlsx") << QStringLiteral("document type");
    }

    void refusesFilesThatAreNoWorkbook()
    {
        QFETCH(QString, path);
        QFETCH(QString, hint);
        const QString error = openError(path);
        QVERIFY2(error.contains(hint), qPrintable(error));
    }

    void stopsAtDamage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QString>("hint");
        QTest::newRow("nested too deeply")
            << QStringLiteral("deep.xlsx") << QStringList{QStringLiteral("1: ok")} << QStringLiteral("64 levels");
        QTest::newRow("unknown shared string")
            << QStringLiteral("badindex.xlsx") << QStringList{QStringLiteral("1: 唯一")}
            << QStringLiteral("shared string 7");
        QTest::newRow("truncated") << QStringLiteral("truncated.xlsx") << QStringList() << QStringLiteral("damaged");
    }

    void stopsAtDamage()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, rows);
        QFETCH(QString, hint);
        auto reader = openFixture(name.toUtf8().constData());
        QVERIFY(reader);
        QCOMPARE(dump(*reader), rows);
        QVERIFY2(reader->error().contains(hint), qPrintable(reader->error()));
        SourceRow row;
        QVERIFY(!reader->next(row)); // and stays stopped
    }

    // A zip's declared sizes can lie: the cap counts the bytes actually inflated.
    void capsTheUnpackedSizeOfAPart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("bomb.zip"));
        {
            QuaZip zip(path);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("big.xml"))));
            const QByteArray block(64 * 1024, ' ');
            for (int i = 0; i < 48; ++i) // 3 MiB of spaces, a few kilobytes packed
                QCOMPARE(file.write(block), block.size());
            file.close();
            zip.close();
        }
        Result<std::unique_ptr<XlsxPackage>> package = XlsxPackage::open(path);
        QVERIFY(package);
        {
            Result<std::unique_ptr<XlsxPartDevice>> part =
                package.value()->openPart(QStringLiteral("big.xml"), qint64(1) << 20);
            QVERIFY(part);
            qint64 total = 0;
            char buffer[16384];
            for (qint64 n; (n = part.value()->read(buffer, sizeof buffer)) > 0;)
                total += n;
            QVERIFY(total <= (qint64(1) << 20) + qint64(sizeof buffer));
            QVERIFY2(part.value()->failure().contains(QStringLiteral("1 MiB")), qPrintable(part.value()->failure()));
            // The zip has one cursor: a second part cannot be open at the same time.
            QVERIFY(!package.value()->openPart(QStringLiteral("big.xml"), qint64(1) << 20));
        }
        // The same part under a cap it fits: exactly the cap is allowed.
        Result<std::unique_ptr<XlsxPartDevice>> part =
            package.value()->openPart(QStringLiteral("big.xml"), qint64(3) << 20);
        QVERIFY(part);
        QCOMPARE(part.value()->readAll().size(), qint64(3) << 20);
        QVERIFY(part.value()->failure().isEmpty());
    }

    void resolvesRelationshipTargets()
    {
        const QString workbook = QStringLiteral("xl/workbook.xml");
        QCOMPARE(XlsxPackage::resolve(workbook, QStringLiteral("worksheets/sheet1.xml")),
                 QStringLiteral("xl/worksheets/sheet1.xml"));
        QCOMPARE(XlsxPackage::resolve(workbook, QStringLiteral("/xl/worksheets/sheet1.xml")),
                 QStringLiteral("xl/worksheets/sheet1.xml"));
        QCOMPARE(XlsxPackage::resolve(workbook, QStringLiteral("../customXml/item1.xml")),
                 QStringLiteral("customXml/item1.xml"));
        QCOMPARE(XlsxPackage::resolve(QString(), QStringLiteral("xl/workbook.xml")), workbook);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
