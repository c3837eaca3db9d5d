#include "exchange/CsvReader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;

namespace {

using Lines = QList<qint64>;
using Cells = QList<QStringList>;

QString fixture(const char* name)
{
    return QStringLiteral(DAICHO_TEST_DATA "/csv/") + QLatin1String(name);
}

QString u(const char16_t* text)
{
    return QString::fromUtf16(text);
}

// Everything a reader gave, up to its end or error.
struct Read {
    Lines lines;
    Cells cells;
    QString error;
    qint64 errorLine = 0;
    CsvEncoding encoding = CsvEncoding::Auto;
};

Read readAll(CsvReader& reader)
{
    Read result;
    result.encoding = reader.encoding();
    SourceRow row;
    // The cap only keeps a broken reader from hanging the suite.
    for (int i = 0; i < 1000000 && reader.next(row); ++i) {
        result.lines << row.line;
        result.cells << row.cells;
    }
    SourceRow after;
    if (reader.next(after)) // the end stays the end
        result.error = QStringLiteral("a row after the end");
    if (result.error.isEmpty())
        result.error = reader.error();
    result.errorLine = reader.errorLine();
    return result;
}

Read readFile(const QString& path, CsvEncoding encoding)
{
    auto reader = CsvReader::open(path, encoding);
    if (!reader)
        return Read{{}, {}, reader.errorText(), -1, encoding};
    return readAll(*reader.value());
}

Read readBytes(const QByteArray& bytes, CsvEncoding encoding = CsvEncoding::Auto)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    CsvReader reader(std::move(buffer), encoding);
    return readAll(reader);
}

const QStringList kLedgerHeader{u(u"資産ID"), u(u"資産名称"), u(u"分類"), u(u"機密性"), u(u"備考")};
const QStringList kLedgerRow1{QStringLiteral("A-001"), u(u"住民基本台帳システム"), u(u"ア"), u(u"機密性３"),
                              u(u"\u2460\uFF5E\u9AD9")}; // ①～髙, as CP932 maps them
const QStringList kLedgerRow2{QStringLiteral("A-002"), u(u"ﾊﾝｶｸｶﾅ"), u(u"イ"), QStringLiteral("2"),
                              u(u"備考, カンマあり")};

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<CsvEncoding>("asked");
        QTest::addColumn<CsvEncoding>("used");
        QTest::addColumn<Lines>("lines");
        QTest::addColumn<Cells>("cells");

        const Lines ledgerLines{1, 2, 3};
        const Cells ledger{kLedgerHeader, kLedgerRow1, kLedgerRow2};
        QTest::newRow("cp932 crlf, auto")
            << fixture("ledger_cp932_crlf.csv") << CsvEncoding::Auto << CsvEncoding::Cp932 << ledgerLines << ledger;
        QTest::newRow("cp932 crlf, forced")
            << fixture("ledger_cp932_crlf.csv") << CsvEncoding::Cp932 << CsvEncoding::Cp932 << ledgerLines << ledger;
        QTest::newRow("utf-8 bom, auto") << fixture("ledger_utf8_bom.csv") << CsvEncoding::Auto << CsvEncoding::Utf8
                                         << ledgerLines << ledger;
        QTest::newRow("utf-8 bom, forced")
            << fixture("ledger_utf8_bom.csv") << CsvEncoding::Utf8 << CsvEncoding::Utf8 << ledgerLines << ledger;
        QTest::newRow("utf-8 lf, auto") << fixture("ledger_utf8_lf.csv") << CsvEncoding::Auto << CsvEncoding::Utf8
                                        << ledgerLines << ledger;

        QTest::newRow("quoted")
            << fixture("quoted.csv") << CsvEncoding::Auto << CsvEncoding::Utf8 << Lines{1, 2, 4, 5, 8, 9, 10}
            << Cells{
                   {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("note")},
                   {QStringLiteral("1"), QStringLiteral("multi\r\nline"), QStringLiteral("x")},
                   {QStringLiteral("2"), QStringLiteral("a,b"), QStringLiteral("say \"hi\"")},
                   {QStringLiteral("3"), QStringLiteral("\"quoted\""), QStringLiteral("line1\nline2\nline3")},
                   {QStringLiteral("4"), QString(), QStringLiteral("end")},
                   // A quote inside an unquoted cell is text; text after a closing quote is kept.
                   {QStringLiteral("5"), QStringLiteral("12\" monitor"), QStringLiteral("12\" monitor")},
                   {QStringLiteral("6"), QStringLiteral("tailafter"), QString()},
               };
        // Full-width digits come back as they are: turning ３ into 3 is the importer's business.
        QTest::newRow("full-width digits")
            << fixture("fullwidth_digits.csv") << CsvEncoding::Auto << CsvEncoding::Utf8 << Lines{1, 2, 3}
            << Cells{{u(u"機密性"), u(u"完全性"), u(u"可用性")},
                     {u(u"３"), u(u"２"), u(u"１")},
                     {u(u"機密性３"), u(u"「３」"), u(u"１２３４５")}};
        QTest::newRow("trailing blank lines")
            << fixture("trailing_blank_lines.csv") << CsvEncoding::Auto << CsvEncoding::Utf8 << Lines{1, 2, 3, 4}
            << Cells{{QStringLiteral("a"), QStringLiteral("b")},
                     {QStringLiteral("c"), QStringLiteral("d")},
                     {QString()},
                     {QString()}};
        QTest::newRow("lone cr") << fixture("lone_cr.csv") << CsvEncoding::Auto << CsvEncoding::Utf8
                                 << Lines{1, 2, 4, 5}
                                 << Cells{{QStringLiteral("a"), QStringLiteral("b")},
                                          {QStringLiteral("c"), QStringLiteral("x\ry")},
                                          {QString()},
                                          {QStringLiteral("e"), QStringLiteral("f")}};
        QTest::newRow("mixed endings, no final newline")
            << fixture("mixed_endings.csv") << CsvEncoding::Auto << CsvEncoding::Utf8 << Lines{1, 2, 3, 4}
            << Cells{{QStringLiteral("a")}, {QStringLiteral("b")}, {QStringLiteral("c")}, {QStringLiteral("d")}};
        // Not UTF-8, so Auto takes it for CP932, where 82 A0 is あ.
        QTest::newRow("invalid utf-8, auto")
            << fixture("invalid_utf8.csv") << CsvEncoding::Auto << CsvEncoding::Cp932 << Lines{1, 2, 3}
            << Cells{{QStringLiteral("a"), QStringLiteral("b")},
                     {QStringLiteral("c"), QStringLiteral("d")},
                     {QStringLiteral("e"), u(u"あ")}};
        QTest::newRow("empty") << fixture("empty.csv") << CsvEncoding::Auto << CsvEncoding::Utf8 << Lines{} << Cells{};
        QTest::newRow("bom only") << fixture("bom_only.csv") << CsvEncoding::Auto << CsvEncoding::Utf8 << Lines{}
                                  << Cells{};
    }

    void readsFixture()
    {
        QFETCH(QString, file);
        QFETCH(CsvEncoding, asked);
        QFETCH(CsvEncoding, used);
        QFETCH(Lines, lines);
        QFETCH(Cells, cells);

        const Read read = readFile(file, asked);
        QCOMPARE(read.error, QString());
        QCOMPARE(read.encoding, used);
        QCOMPARE(read.cells, cells);
        QCOMPARE(read.lines, lines);
    }

    void stopsOnBadInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<CsvEncoding>("encoding");
        QTest::addColumn<int>("rowsBefore");   // -1: any number
        QTest::addColumn<qint64>("errorLine"); // -1: any line; 0: the file as a whole

        QTest::newRow("unclosed quote") << fixture("unclosed_quote.csv") << CsvEncoding::Auto << 2 << qint64(3);
        QTest::newRow("nul bytes, auto") << fixture("junk_after_rows.csv") << CsvEncoding::Auto << 2 << qint64(3);
        QTest::newRow("nul bytes, utf-8") << fixture("junk_after_rows.csv") << CsvEncoding::Utf8 << 2 << qint64(3);
        QTest::newRow("random bytes") << fixture("random.bin") << CsvEncoding::Auto << -1 << qint64(-1);
        QTest::newRow("random bytes, utf-8") << fixture("random.bin") << CsvEncoding::Utf8 << -1 << qint64(-1);
        QTest::newRow("random bytes, cp932") << fixture("random.bin") << CsvEncoding::Cp932 << -1 << qint64(-1);
        QTest::newRow("cp932 read as utf-8") << fixture("invalid_utf8.csv") << CsvEncoding::Utf8 << 2 << qint64(3);
        QTest::newRow("ledger cp932 read as utf-8")
            << fixture("ledger_cp932_crlf.csv") << CsvEncoding::Utf8 << 0 << qint64(1);
        // The bad bytes follow a quoted line break: the error names the line they are on.
        QTest::newRow("invalid cp932") << fixture("invalid_cp932.csv") << CsvEncoding::Cp932 << 1 << qint64(3);
        QTest::newRow("utf-16") << fixture("utf16.csv") << CsvEncoding::Auto << 0 << qint64(0);
        QTest::newRow("utf-16, forced utf-8") << fixture("utf16.csv") << CsvEncoding::Utf8 << 0 << qint64(0);
    }

    void stopsOnBadInput()
    {
        QFETCH(QString, file);
        QFETCH(CsvEncoding, encoding);
        QFETCH(int, rowsBefore);
        QFETCH(qint64, errorLine);

        const Read read = readFile(file, encoding);
        QVERIFY(!read.error.isEmpty());
        if (rowsBefore >= 0)
            QCOMPARE(read.cells.size(), rowsBefore);
        if (errorLine >= 0)
            QCOMPARE(read.errorLine, errorLine);
        if (read.errorLine > 0)
            QVERIFY2(read.error.contains(QString::number(read.errorLine)), qPrintable(read.error));
    }

    void openFailsForMissingFileOrFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!CsvReader::open(dir.filePath(QStringLiteral("missing.csv"))).ok());
        const auto folder = CsvReader::open(dir.path());
        QVERIFY(!folder.ok());
        QVERIFY(!folder.errorText().isEmpty());
    }

    void deviceNotOpen()
    {
        CsvReader reader(std::make_unique<QBuffer>());
        SourceRow row;
        QVERIFY(!reader.next(row));
        QVERIFY(!reader.error().isEmpty());
        QCOMPARE(reader.errorLine(), qint64(0));
    }

    // The device is read in 64 KiB chunks: characters, line breaks and doubled quotes cut by a
    // chunk boundary must come out whole, with the right line numbers.
    void chunkBoundaries_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<CsvEncoding>("asked");
        QTest::addColumn<CsvEncoding>("used");
        QTest::addColumn<Lines>("lines");
        QTest::addColumn<Cells>("cells");

        const qsizetype chunk = CsvReader::kChunkSize;
        for (qsizetype before : {chunk - 3, chunk - 2, chunk - 1}) {
            const QByteArray as(before, 'a');
            // あ is E3 81 82 in UTF-8: Auto must not take a sample cut inside it for bad UTF-8.
            QTest::addRow("utf-8 char at %d", int(before))
                << QByteArray(as + "\xE3\x81\x82\r\nb,c\r\n") << CsvEncoding::Auto << CsvEncoding::Utf8 << Lines{1, 2}
                << Cells{{QString::fromLatin1(as) + u(u"あ")}, {QStringLiteral("b"), QStringLiteral("c")}};
            // ... and 82 A0 in CP932.
            QTest::addRow("cp932 char at %d", int(before))
                << QByteArray(as + "\x82\xA0\r\nb,\x82\xA2\r\n") << CsvEncoding::Auto << CsvEncoding::Cp932
                << Lines{1, 2} << Cells{{QString::fromLatin1(as) + u(u"あ")}, {QStringLiteral("b"), u(u"い")}};
        }
        // The sample's only non-ASCII byte is its last, E3: a UTF-8 lead byte, but here the first half of
        // CP932 紂 (E3 40). Auto reads on to decide.
        QTest::newRow("cp932 lead byte ends the sample")
            << QByteArray(QByteArray(chunk - 1, 'a') + "\xE3\x40\r\n") << CsvEncoding::Auto << CsvEncoding::Cp932
            << Lines{1} << Cells{{QString(chunk - 1, QLatin1Char('a')) + u(u"紂")}};
        QTest::newRow("crlf across chunks")
            << QByteArray(QByteArray(chunk - 1, 'a') + "\r\nb\r\n") << CsvEncoding::Auto << CsvEncoding::Utf8
            << Lines{1, 2} << Cells{{QString(chunk - 1, QLatin1Char('a'))}, {QStringLiteral("b")}};
        QTest::newRow("quoted crlf across chunks")
            << QByteArray("\"" + QByteArray(chunk - 2, 'a') + "\r\nz\",q\r\nb\r\n") << CsvEncoding::Auto
            << CsvEncoding::Utf8 << Lines{1, 3}
            << Cells{{QString(chunk - 2, QLatin1Char('a')) + QStringLiteral("\r\nz"), QStringLiteral("q")},
                     {QStringLiteral("b")}};
        QTest::newRow("doubled quote across chunks")
            << QByteArray("\"" + QByteArray(chunk - 2, 'a') + "\"\"x\"\r\nb\r\n") << CsvEncoding::Auto
            << CsvEncoding::Utf8 << Lines{1, 2}
            << Cells{{QString(chunk - 2, QLatin1Char('a')) + QStringLiteral("\"x")}, {QStringLiteral("b")}};
        QTest::newRow("closing quote at chunk end")
            << QByteArray("\"" + QByteArray(chunk - 2, 'a') + "\"\nb") << CsvEncoding::Auto << CsvEncoding::Utf8
            << Lines{1, 2} << Cells{{QString(chunk - 2, QLatin1Char('a'))}, {QStringLiteral("b")}};
    }

    void chunkBoundaries()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(CsvEncoding, asked);
        QFETCH(CsvEncoding, used);
        QFETCH(Lines, lines);
        QFETCH(Cells, cells);

        const Read read = readBytes(bytes, asked);
        QCOMPARE(read.error, QString());
        QCOMPARE(read.encoding, used);
        QCOMPARE(read.lines, lines);
        QVERIFY(read.cells == cells); // QCOMPARE would print 64 KiB cells
    }

    // Many rows with every kind of quoting and line break, spread over many chunks.
    void manyRowsAcrossChunks()
    {
        QRandomGenerator random(7);
        const QStringList pieces{QStringLiteral("abc"), QStringLiteral(","),  QStringLiteral("\""),
                                 QStringLiteral("\n"),  QStringLiteral("\r"), QStringLiteral("\r\n"),
                                 u(u"情報資産"),        u(u"①～髙"),          QStringLiteral(" "),
                                 QStringLiteral("\t")};
        const QStringList breaks{QStringLiteral("\r\n"), QStringLiteral("\n"), QStringLiteral("\r")};
        QString text;
        Lines lines;
        Cells cells;
        qint64 line = 1;
        for (int r = 0; r < 20000; ++r) {
            QStringList row;
            const int columns = 1 + random.bounded(6);
            for (int c = 0; c < columns; ++c) {
                QString cell;
                const int length = random.bounded(8);
                for (int i = 0; i < length; ++i)
                    cell += pieces.at(random.bounded(pieces.size()));
                row << cell;
            }
            QStringList written;
            for (const QString& cell : row) {
                const bool plain = !cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) &&
                                   !cell.contains(QLatin1Char('\r')) && !cell.contains(QLatin1Char('\n'));
                written << (plain && random.bounded(2)
                                ? cell
                                : QLatin1Char('"') + QString(cell).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                                      QLatin1Char('"'));
            }
            lines << line;
            cells << row;
            // A blank line after a lone CR would read as CRLF: write an empty row as "" instead.
            const QString joinedText = written.join(QLatin1Char(','));
            text +=
                (joinedText.isEmpty() ? QStringLiteral("\"\"") : joinedText) + breaks.at(random.bounded(breaks.size()));
            // Lines a record spans: every CRLF, LF or lone CR inside it, plus its own line break.
            const QString joined = row.join(QLatin1Char(','));
            line += 1 + joined.count(QStringLiteral("\r\n")) + joined.count(QLatin1Char('\n')) +
                    joined.count(QLatin1Char('\r')) - 2 * joined.count(QStringLiteral("\r\n"));
        }
        for (CsvEncoding encoding : {CsvEncoding::Utf8, CsvEncoding::Cp932}) {
            QStringEncoder encoder =
                encoding == CsvEncoding::Utf8 ? QStringEncoder(QStringEncoder::Utf8) : QStringEncoder("windows-31j");
            const QByteArray bytes = encoder.encode(text);
            QVERIFY(!encoder.hasError());
            QVERIFY(bytes.size() > 8 * CsvReader::kChunkSize);
            const Read read = readBytes(bytes, CsvEncoding::Auto);
            QCOMPARE(read.error, QString());
            QCOMPARE(read.encoding, encoding);
            QCOMPARE(read.lines.size(), lines.size());
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QCOMPARE(read.lines.at(i), lines.at(i));
                QCOMPARE(read.cells.at(i), cells.at(i));
            }
        }
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("rowsBefore");
        QTest::addColumn<qint64>("errorLine"); // 0: no error

        const qsizetype cell = CsvReader::kMaxCellLength;
        QTest::newRow("cell at the limit") << QByteArray("id\r\n" + QByteArray(cell, 'x') + "\r\n") << 2 << qint64(0);
        QTest::newRow("cell over the limit")
            << QByteArray("id\r\n1," + QByteArray(cell + 1, 'x') + "\r\nnext\r\n") << 1 << qint64(2);
        QTest::newRow("huge line without line breaks") << QByteArray(8 * cell, 'x') << 0 << qint64(1);
        QTest::newRow("quote never closed in a big file")
            << QByteArray("a\r\n\r\n\"" + QByteArray(2 * cell, 'x')) << 2 << qint64(3);
        QTest::newRow("columns at the limit")
            << QByteArray("h\r\n" + QByteArray(CsvReader::kMaxColumns - 1, ',') + "\r\n") << 2 << qint64(0);
        QTest::newRow("columns over the limit")
            << QByteArray("h\r\n" + QByteArray(CsvReader::kMaxColumns, ',') + "\r\n") << 1 << qint64(2);
        QByteArrayList bigCells(CsvReader::kMaxRowLength / cell + 1, QByteArray(cell, 'x'));
        QTest::newRow("row over the limit") << QByteArray("h\r\n" + bigCells.join(',') + "\r\n") << 1 << qint64(2);
        QTest::newRow("file cut inside a character") << QByteArray("a\r\nb,\xE3\x81") << 1 << qint64(2);
    }

    void limits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, rowsBefore);
        QFETCH(qint64, errorLine);

        const Read read = readBytes(bytes, CsvEncoding::Utf8);
        QCOMPARE(read.cells.size(), rowsBefore);
        QCOMPARE(read.errorLine, errorLine);
        QCOMPARE(read.error.isEmpty(), errorLine == 0);
        if (errorLine > 0)
            QVERIFY2(read.error.contains(QString::number(errorLine)), qPrintable(read.error));
    }

    void encodingNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("encoding"); // -1: not a name

        QTest::newRow("auto") << QStringLiteral("auto") << int(CsvEncoding::Auto);
        QTest::newRow("AUTO") << QStringLiteral("AUTO") << int(CsvEncoding::Auto);
        QTest::newRow("utf-8") << QStringLiteral("utf-8") << int(CsvEncoding::Utf8);
        QTest::newRow("UTF8") << QStringLiteral("UTF8") << int(CsvEncoding::Utf8);
        QTest::newRow("cp932") << QStringLiteral("cp932") << int(CsvEncoding::Cp932);
        QTest::newRow("Shift_JIS") << QStringLiteral("Shift_JIS") << int(CsvEncoding::Cp932);
        QTest::newRow("sjis") << QStringLiteral("SJIS") << int(CsvEncoding::Cp932);
        QTest::newRow("windows-31j") << QStringLiteral("Windows-31J") << int(CsvEncoding::Cp932);
        QTest::newRow("latin1") << QStringLiteral("latin1") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("utf-16") << QStringLiteral("utf-16") << -1;
    }

    void encodingNames()
    {
        QFETCH(QString, name);
        QFETCH(int, encoding);

        const std::optional<CsvEncoding> parsed = csvEncodingFromName(name);
        QCOMPARE(parsed.has_value(), encoding >= 0);
        if (parsed) {
            QCOMPARE(int(*parsed), encoding);
            QVERIFY(csvEncodingFromName(csvEncodingName(*parsed)) == parsed);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
