#include "exchange/XlsxReader.h"
#include "exchange/XlsxWriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace daicho;

namespace {

// A part of a zip, unpacked with QuaZip directly: the checks do not lean on the reader under test.
QString unzipPart(const QString& path, const QString& part)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(part))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QList<SourceRow> readSheet(const QString& path, const QString& sheet)
{
    QList<SourceRow> rows;
    Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path, sheet);
    if (!reader) {
        qWarning().noquote() << reader.errorText();
        return rows;
    }
    SourceRow row;
    while (reader.value()->next(row))
        rows << row;
    if (!reader.value()->error().isEmpty())
        qWarning().noquote() << reader.value()->error();
    return rows;
}

// What the reader gives back for a written row: trailing empty cells are absent.
QStringList trimmed(QStringList cells)
{
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    return cells;
}

// More than 255 characters together: too long for a list inside the validation itself.
QStringList manySections()
{
    QStringList sections;
    for (int i = 1; i <= 60; ++i)
        sections << QStringLiteral("第%1課（情報政策）").arg(i);
    return sections;
}

const QString kBanner = QStringLiteral("機密性2");

} // namespace

class TestXlsxWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<QStringList> m_assets;
    QList<QStringList> m_units;

    Status writeWorkbook(const QString& path)
    {
        Result<std::unique_ptr<XlsxWriter>> created = XlsxWriter::create(path, kBanner);
        if (!created)
            return Status(created.problems());
        XlsxWriter& writer = *created.value();
        const QList<XlsxColumn> assetColumns{
            {QStringLiteral("資産ID"), 10, {}},
            {QStringLiteral("資産名称"), 30, {}},
            {QStringLiteral("分類"), 8, {QStringLiteral("ア"), QStringLiteral("イ"), QStringLiteral("ウ")}},
            {QStringLiteral("所管課室"), 20, manySections()},
            {QStringLiteral("備考"), 40, {}},
        };
        XlsxSheetOptions withTitle;
        withTitle.title = QStringLiteral("能代市 情報資産管理台帳【機密性2】");
        if (Status s = writer.addSheet(QStringLiteral("情報資産"), assetColumns, withTitle); !s)
            return s;
        for (const QStringList& row : std::as_const(m_assets)) {
            if (Status s = writer.writeRow(row); !s)
                return s;
        }
        const QList<XlsxColumn> unitColumns{{QStringLiteral("部局"), 20, {}},
                                            {QStringLiteral("課室"), 24, {QStringLiteral("総務課,人事課")}}};
        if (Status s = writer.addSheet(QStringLiteral("組織"), unitColumns); !s)
            return s;
        for (const QStringList& row : std::as_const(m_units)) {
            if (Status s = writer.writeRow(row); !s)
                return s;
        }
        return writer.finish();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("台帳.xlsx"));
        m_assets = {
            {QStringLiteral("0012"), QStringLiteral("住民記録システム"), QStringLiteral("ア"),
             QStringLiteral("第1課（情報政策）"), QStringLiteral("=1+1")},
            {QString(), QStringLiteral("庁内LAN"), QString(), QString(), QString()},
            {QStringLiteral("A-003"), QString(), QStringLiteral("ウ"), QString(), QStringLiteral("'先頭に引用符")},
            {QStringLiteral("1.50"), QStringLiteral("2024-04-01"), QStringLiteral("TRUE"), QStringLiteral("#N/A"),
             QStringLiteral("=SUM(A1:A2)")},
            {QStringLiteral("A-005"), QStringLiteral("改行\nと\r\nタブ\tと_x0041_"), QStringLiteral("  前後空白  "),
             QStringLiteral("<&>\"'"), QStringLiteral("𠮷野家（サロゲート）")},
            {QString(), QString(), QString(), QString(), QString()},
            {QStringLiteral("A-007"), QString(), QString(), QString(), QString(), QStringLiteral("見出しのない列")},
        };
        m_units = {{QStringLiteral("総務部"), QStringLiteral("総務課")},
                   {QStringLiteral("企画部"), QStringLiteral("情報政策課")}};
        const Status written = writeWorkbook(m_path);
        QVERIFY2(written, qPrintable(written.errorText()));
    }

    void readsBackTheSameSheetsAndCells()
    {
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(m_path);
        QVERIFY2(reader, qPrintable(reader.errorText()));
        QCOMPARE(reader.value()->sheetNames(),
                 (QStringList{QStringLiteral("情報資産"), XlsxWriter::choicesSheetName(), QStringLiteral("組織")}));
        QCOMPARE(reader.value()->visibleSheetNames(),
                 (QStringList{QStringLiteral("情報資産"), QStringLiteral("組織")}));
        QCOMPARE(reader.value()->sheetName(), QStringLiteral("情報資産"));

        const QList<SourceRow> assets = readSheet(m_path, QStringLiteral("情報資産"));
        // Title, header, then the rows; the row of empty cells (sheet row 8) reads as no row.
        QCOMPARE(assets.size(), 2 + m_assets.size() - 1);
        QCOMPARE(assets[0].line, 1);
        QCOMPARE(assets[0].cells, QStringList{QStringLiteral("能代市 情報資産管理台帳【機密性2】")});
        QCOMPARE(assets[1].line, 2);
        QCOMPARE(assets[1].cells,
                 (QStringList{QStringLiteral("資産ID"), QStringLiteral("資産名称"), QStringLiteral("分類"),
                              QStringLiteral("所管課室"), QStringLiteral("備考")}));
        int read = 2;
        for (qsizetype i = 0; i < m_assets.size(); ++i) {
            if (trimmed(m_assets[i]).isEmpty())
                continue;
            QCOMPARE(assets[read].line, i + 3);
            QCOMPARE(assets[read].cells, trimmed(m_assets[i]));
            ++read;
        }

        const QList<SourceRow> units = readSheet(m_path, QStringLiteral("組織"));
        QCOMPARE(units.size(), 3);
        QCOMPARE(units[0].cells, (QStringList{QStringLiteral("部局"), QStringLiteral("課室")}));
        QCOMPARE(units[1].cells, m_units[0]);
        QCOMPARE(units[2].line, 3);
        QCOMPARE(units[2].cells, m_units[1]);

        // The long list went to the hidden sheet, one choice a row.
        const QList<SourceRow> choices = readSheet(m_path, XlsxWriter::choicesSheetName());
        QStringList listed;
        for (const SourceRow& row : choices)
            listed << row.cells.value(0);
        QCOMPARE(listed, manySections() + QStringList{QStringLiteral("総務課,人事課")});
    }

    void writesFormulasAsText()
    {
        const QString xml = unzipPart(m_path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(!xml.isEmpty());
        QVERIFY(!xml.contains(QLatin1String("<f>")));
        QVERIFY(xml.contains(QLatin1String("=1+1")));
    }

    void printsTheBannerInPageHeaderAndFooter()
    {
        for (const QString& part :
             {QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("xl/worksheets/sheet3.xml")}) {
            const QString xml = unzipPart(m_path, part);
            QVERIFY2(xml.contains(QStringLiteral("<oddHeader>&amp;C機密性2</oddHeader>")), qPrintable(part));
            QVERIFY2(xml.contains(QStringLiteral("<oddFooter>&amp;C機密性2&amp;R&amp;P / &amp;N</oddFooter>")),
                     qPrintable(part));
        }
    }

    void freezesTheHeaderAndFilters()
    {
        const QString assets = unzipPart(m_path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(assets.contains(QLatin1String("ySplit=\"2\" topLeftCell=\"A3\"")));
        QVERIFY(assets.contains(QLatin1String("state=\"frozen\"")));
        QVERIFY(assets.contains(QLatin1String("<autoFilter ref=\"A2:E9\"")));
        QVERIFY(assets.contains(QLatin1String("<mergeCell ref=\"A1:E1\"")));
        QVERIFY(assets.contains(QLatin1String("<col min=\"2\" max=\"2\" width=\"30.7109375\"")));

        const QString units = unzipPart(m_path, QStringLiteral("xl/worksheets/sheet3.xml"));
        QVERIFY(units.contains(QLatin1String("ySplit=\"1\" topLeftCell=\"A2\"")));
        QVERIFY(units.contains(QLatin1String("<autoFilter ref=\"A1:B3\"")));
    }

    void addsListsOfChoices()
    {
        const QString assets = unzipPart(m_path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(assets.contains(QLatin1String("<dataValidations count=\"2\">")));
        QVERIFY(assets.contains(QStringLiteral("sqref=\"C3:C1048576\"><formula1>\"ア,イ,ウ\"</formula1>")));
        QVERIFY(assets.contains(QLatin1String("sqref=\"D3:D1048576\"><formula1>'_choices'!$A$1:$A$60</formula1>")));
        // A choice with a comma cannot be in an inline list.
        const QString units = unzipPart(m_path, QStringLiteral("xl/worksheets/sheet3.xml"));
        QVERIFY(units.contains(QLatin1String("<formula1>'_choices'!$A$61:$A$61</formula1>")));

        const QString workbook = unzipPart(m_path, QStringLiteral("xl/workbook.xml"));
        QVERIFY(workbook.contains(QLatin1String("name=\"_choices\" sheetId=\"2\" state=\"hidden\"")));
    }

    void escapesAmpersandsInTheBanner()
    {
        const QString path = m_dir.filePath(QStringLiteral("amp.xlsx"));
        auto writer = XlsxWriter::create(path, QStringLiteral("R&D"));
        QVERIFY(writer);
        QVERIFY(writer.value()->addSheet(QStringLiteral("S"), {{QStringLiteral("A"), 8, {}}}));
        QVERIFY(writer.value()->finish());
        QVERIFY(unzipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"))
                    .contains(QLatin1String("<oddHeader>&amp;CR&amp;&amp;D</oddHeader>")));
    }

    void leavesNoHalfFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.xlsx"));
        {
            auto writer = XlsxWriter::create(path, kBanner);
            QVERIFY(writer);
            QVERIFY(writer.value()->addSheet(QStringLiteral("S"), {{QStringLiteral("A"), 8, {}}}));
            QVERIFY(writer.value()->writeRow({QStringLiteral("x")}));
            QVERIFY(!QFileInfo::exists(path));
            // Abandoned: no finish().
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        // A failing row abandons the export too; an existing file stays as it was.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        {
            auto writer = XlsxWriter::create(path, kBanner);
            QVERIFY(writer);
            QVERIFY(writer.value()->addSheet(QStringLiteral("S"), {{QStringLiteral("A"), 8, {}}}));
            const Status tooLong = writer.value()->writeRow({QString(40000, QLatin1Char('x'))});
            QVERIFY(!tooLong);
            QVERIFY2(tooLong.errorText().contains(QLatin1String("32767")), qPrintable(tooLong.errorText()));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("export.xlsx")});
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
        old.close();

        // A finished export replaces it.
        auto writer = XlsxWriter::create(path, kBanner);
        QVERIFY(writer);
        QVERIFY(writer.value()->addSheet(QStringLiteral("S"), {{QStringLiteral("A"), 8, {}}}));
        QVERIFY(writer.value()->finish());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("export.xlsx")});
        QCOMPARE(readSheet(path, {}).size(), 1);
    }

    // Like CSV exports: the .part file being written and the finished workbook are owner-only.
    void ownerOnlyWhileWritingAndAfter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("private.xlsx"));
        auto writer = XlsxWriter::create(path, kBanner);
        QVERIFY(writer);
        QVERIFY(writer.value()->addSheet(QStringLiteral("S"), {{QStringLiteral("A"), 8, {}}}));
        QVERIFY(writer.value()->writeRow({QStringLiteral("x")}));
        const QStringList writing = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(writing.size(), 1);
        QVERIFY(writing.first().endsWith(QLatin1String(".part")));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(dir.filePath(writing.first())) & others, QFileDevice::Permissions());
        QVERIFY(writer.value()->finish());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("private.xlsx")});
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QCOMPARE(readSheet(path, {}).size(), 2);
    }

    void refusesBadSheetNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("slash") << QStringLiteral("資産/一覧");
        QTest::newRow("too long") << QString(32, QChar(u'台'));
        QTest::newRow("duplicate") << QStringLiteral("一覧");
        QTest::newRow("reserved") << XlsxWriter::choicesSheetName();
        QTest::newRow("empty") << QString();
    }

    void refusesBadSheetNames()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        auto writer = XlsxWriter::create(dir.filePath(QStringLiteral("x.xlsx")), kBanner);
        QVERIFY(writer);
        QVERIFY(writer.value()->addSheet(QStringLiteral("一覧"), {{QStringLiteral("A"), 8, {}}}));
        const Status added = writer.value()->addSheet(name, {{QStringLiteral("A"), 8, {}}});
        QVERIFY(!added);
        QVERIFY(!added.errorText().isEmpty());
    }

    void refusesMisuse()
    {
        QTemporaryDir dir;
        QVERIFY(!XlsxWriter::create(dir.filePath(QStringLiteral("missing/x.xlsx")), kBanner));
        QVERIFY(!XlsxWriter::create(dir.filePath(QStringLiteral("x.xlsx")), QString(300, QLatin1Char('x'))));

        auto writer = XlsxWriter::create(dir.filePath(QStringLiteral("x.xlsx")), kBanner);
        QVERIFY(writer);
        QVERIFY(!writer.value()->writeRow({QStringLiteral("no sheet yet")}));
        QVERIFY(writer.value()->addSheet(QStringLiteral("S"), {}));
        QVERIFY(writer.value()->writeRow({QStringLiteral("a sheet without header")}));
        QVERIFY(writer.value()->finish());
        QVERIFY(!writer.value()->writeRow({QStringLiteral("too late")}));
        QVERIFY(!writer.value()->finish());
        QCOMPARE(readSheet(dir.filePath(QStringLiteral("x.xlsx")), {}).value(0).cells,
                 QStringList{QStringLiteral("a sheet without header")});
    }

    // Rows go to the library in batches on another thread: many batches, a sheet started and a
    // report row written between them, and every row still lands where it was given.
    void keepsRowsInOrderAcrossBatchesAndSheets()
    {
        const QString path = m_dir.filePath(QStringLiteral("many.xlsx"));
        Result<std::unique_ptr<XlsxWriter>> created = XlsxWriter::create(path, kBanner);
        QVERIFY2(created, qPrintable(created.errorText()));
        XlsxWriter& writer = *created.value();
        const QList<XlsxColumn> columns{{QStringLiteral("番号"), 8, {}}, {QStringLiteral("名称"), 20, {}}};
        const int rows = 2000;
        QVERIFY(writer.addSheet(QStringLiteral("一"), columns));
        for (int i = 0; i < rows; ++i)
            QVERIFY(writer.writeRow({QString::number(i), QStringLiteral("資産%1").arg(i)}));
        QVERIFY(writer.writeCells({XlsxCell::of(rows), XlsxCell{QStringLiteral("計"), {}, 0xFF0000, true}}));
        QVERIFY(writer.addSheet(QStringLiteral("二"), columns));
        for (int i = 0; i < 300; ++i)
            QVERIFY(writer.writeRow({QString::number(-i)}));
        QVERIFY(writer.finish());

        const QList<SourceRow> first = readSheet(path, QStringLiteral("一"));
        QCOMPARE(first.size(), 1 + rows + 1);
        for (int i = 0; i < rows; ++i)
            QCOMPARE(first[1 + i].cells, (QStringList{QString::number(i), QStringLiteral("資産%1").arg(i)}));
        QCOMPARE(first.constLast().cells, (QStringList{QString::number(rows), QStringLiteral("計")}));
        const QList<SourceRow> second = readSheet(path, QStringLiteral("二"));
        QCOMPARE(second.size(), 1 + 300);
        QCOMPARE(second.constLast().cells, (QStringList{QStringLiteral("-299")}));
    }

    // libxlsxwriter asks for zlib's default level; the workbook is packed at the fastest one
    // (minizip marks it in each entry's flags: bits 1 and 2 set).
    void packsAtTheFastestLevel()
    {
        QuaZip zip(m_path);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QVERIFY(zip.setCurrentFile(QStringLiteral("xl/worksheets/sheet1.xml")));
        QuaZipFileInfo64 info;
        QVERIFY(zip.getCurrentFileInfo(&info));
        QCOMPARE(info.method, quint16(Z_DEFLATED));
        QCOMPARE(info.flags & 6, 6);
        // and it still reads back (readsBackTheSameSheetsAndCells checks every cell)
        QVERIFY(!unzipPart(m_path, QStringLiteral("xl/worksheets/sheet1.xml")).isEmpty());
    }

    // While the package is written the caller is asked whether to go on; "no" leaves no file.
    void finishAsksAndMayBeCancelled()
    {
        QDir dir(m_dir.filePath(QStringLiteral("cancel")));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        for (const bool cancel : {false, true}) {
            const QString path = dir.filePath(cancel ? QStringLiteral("cancelled.xlsx") : QStringLiteral("kept.xlsx"));
            Result<std::unique_ptr<XlsxWriter>> created = XlsxWriter::create(path, kBanner);
            QVERIFY2(created, qPrintable(created.errorText()));
            QVERIFY(created.value()->addSheet(QStringLiteral("台帳"), {{QStringLiteral("資産ID"), 10, {}}}));
            for (int i = 0; i < 500; ++i)
                QVERIFY(created.value()->writeRow({QString::number(i)}));
            int asked = 0;
            const Status finished = created.value()->finish([&] {
                ++asked;
                return !cancel;
            });
            QVERIFY(asked >= 1);
            QCOMPARE(bool(finished), !cancel);
            QCOMPARE(QFile::exists(path), !cancel);
            if (cancel)
                QVERIFY2(finished.errorText().contains(QLatin1String("cancelled")), qPrintable(finished.errorText()));
        }
        QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("kept.xlsx")});
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
