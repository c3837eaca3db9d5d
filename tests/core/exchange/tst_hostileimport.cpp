// Ledger files made to hurt: a huge cell, a million columns, binary junk, a zip bomb, XML nested
// a hundred thousand deep, formulas. Each import is refused with a message that says where and
// why (or, for formulas, the text is kept as text), memory stays bounded, and the register is
// exactly as it was. On export, text that looks like a formula stays text.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "audit/AuditVerifier.h"
#include "exchange/CsvReader.h"
#include "exchange/LedgerExporter.h"
#include "exchange/LedgerImporter.h"
#include "exchange/XlsxPackage.h"
#include "exchange/XlsxXml.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace daicho;
using daicho::test::TestRegister;

namespace {

const QByteArray kHeader = QByteArrayLiteral("資産ID,資産名称,分類,種別,所管部局,所管課室,管理責任者,通信経路区分,"
                                             "機密性,完全性,可用性,備考\n");
const QByteArray kGoodRow =
    QByteArrayLiteral("NS-001,住民基本台帳システム,ア,サーバ,総務部,総務課,能代　太郎,マイナンバー利用事務系,3,2,2,\n");

// The most memory the process has held so far, in MiB; 0 where the system does not say.
qint64 peakMemoryMiB()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return qint64(usage.ru_maxrss) / 1024; // kilobytes on Linux
#endif
    return 0;
}

// Checks that a piece of work never held much more memory than the process had before: what a
// reader that streams needs, far below what loading the file (or the unpacked part) whole would.
class MemoryBound {
public:
    explicit MemoryBound(qint64 mib)
        : m_before(peakMemoryMiB())
        , m_bound(mib * kSanitizerFactor)
    {
    }
    // AddressSanitizer keeps freed memory in quarantine (up to 256 MiB) and pads every block, so
    // the sanitizer build (./dev.sh sanitize) holds several times what the program itself does.
#if defined(__SANITIZE_ADDRESS__)
    static constexpr qint64 kSanitizerFactor = 6;
#else
    static constexpr qint64 kSanitizerFactor = 1;
#endif
    bool held() const
    {
        return peakMemoryMiB() - m_before <= m_bound;
    }
    QString report() const
    {
        return QStringLiteral("peak memory grew by %1 MiB (bound %2 MiB)").arg(peakMemoryMiB() - m_before).arg(m_bound);
    }

private:
    qint64 m_before;
    qint64 m_bound;
};

struct Counts {
    qint64 assets = -1, units = -1, people = -1, events = -1;
    bool operator==(const Counts& o) const
    {
        return assets == o.assets && units == o.units && people == o.people && events == o.events;
    }
};

Counts countsOf(Register& reg)
{
    return {reg.assets().count().value(), reg.org().count().value(), reg.people().count().value(),
            reg.audit().count().value()};
}

// A workbook of one sheet whose XML `writeSheet` streams into the zip (so a test never holds a
// large part in memory), with inline strings only.
bool writeWorkbook(const QString& path, const std::function<bool(QIODevice&)>& writeSheet, int level = 6)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const auto part = [&](const QString& name, const std::function<bool(QIODevice&)>& write) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, level))
            return false;
        const bool ok = write(file);
        file.close();
        return ok && file.getZipError() == ZIP_OK;
    };
    const auto text = [](const char* xml) {
        return [xml](QIODevice& d) { return d.write(xml) == qint64(qstrlen(xml)); };
    };
    const char* rels =
        R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
    const char* workbook =
        R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    const char* workbookRels =
        R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";
    const char* types =
        R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>)";
    const bool ok = part(QStringLiteral("[Content_Types].xml"), text(types)) &&
                    part(QStringLiteral("_rels/.rels"), text(rels)) &&
                    part(QStringLiteral("xl/workbook.xml"), text(workbook)) &&
                    part(QStringLiteral("xl/_rels/workbook.xml.rels"), text(workbookRels)) &&
                    part(QStringLiteral("xl/worksheets/sheet1.xml"), writeSheet);
    zip.close();
    return ok && zip.getZipError() == ZIP_OK;
}

QByteArray inlineCell(const char* reference, const QByteArray& text)
{
    return QByteArrayLiteral("<c r=\"") + reference + QByteArrayLiteral("\" t=\"inlineStr\"><is><t>") + text +
           QByteArrayLiteral("</t></is></c>");
}

// The ledger's header row and one good asset, as sheet rows 1 and 2.
QByteArray headerAndGoodRow()
{
    const QList<QByteArray> headers = kHeader.trimmed().split(',');
    const QList<QByteArray> cells = kGoodRow.trimmed().split(',');
    QByteArray xml = QByteArrayLiteral("<row r=\"1\">");
    for (int c = 0; c < headers.size(); ++c)
        xml += inlineCell(QByteArray(1, char('A' + c)).append('1').constData(), headers.at(c));
    xml += QByteArrayLiteral("</row><row r=\"2\">");
    for (int c = 0; c < cells.size(); ++c)
        if (!cells.at(c).isEmpty())
            xml += inlineCell(QByteArray(1, char('A' + c)).append('2').constData(), cells.at(c));
    return xml + QByteArrayLiteral("</row>");
}

const QByteArray kSheetStart(
    R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)");
const QByteArray kSheetEnd = QByteArrayLiteral("</sheetData></worksheet>");

bool writeAll(QIODevice& d, const QByteArray& bytes)
{
    return d.write(bytes) == bytes.size();
}

} // namespace

class TestHostileImport : public QObject {
    Q_OBJECT

    // Imports `path` and expects it refused as a whole, with every word of `hints` in the reason;
    // the register must be exactly as before and its audit trail must still verify.
    static void expectRefused(TestRegister& reg, const QString& path, const QStringList& hints)
    {
        const Counts before = countsOf(*reg);
        Result<ImportSummary> imported = LedgerImporter(*reg).importFile(path, {});
        QString reason;
        if (!imported)
            reason = imported.errorText();
        else if (imported.value().rejected)
            reason = imported.value().issues.value(0).toString();
        QVERIFY2(!reason.isEmpty(), "the file was imported");
        for (const QString& hint : hints)
            QVERIFY2(reason.contains(hint), qPrintable(QStringLiteral("「%1」 not in: %2").arg(hint, reason)));
        QVERIFY(countsOf(*reg) == before);
        QCOMPARE(reg.auditFinding(), QString());
    }

private Q_SLOTS:
    void hugeCsvCell()
    {
        // 50 MB in one quoted field of the second asset, written in pieces.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kHeader + kGoodRow + "NS-002,\"");
            const QByteArray block(1 << 20, 'x');
            for (int i = 0; i < 50; ++i)
                QCOMPARE(f.write(block), block.size());
            f.write("\",ア,サーバ,総務部,総務課,能代　太郎,LGWAN接続系,2,2,2,\n");
        }
        TestRegister reg;
        MemoryBound memory(64);
        expectRefused(
            reg, path,
            {QStringLiteral("Line 3, column 2"), QString::number(CsvReader::kMaxCellLength), QStringLiteral("cell")});
        QVERIFY2(memory.held(), qPrintable(memory.report()));
    }

    void hugeXlsxCell()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.xlsx"));
        QVERIFY(writeWorkbook(path, [](QIODevice& d) {
            bool ok =
                writeAll(d, kSheetStart + headerAndGoodRow() + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>");
            const QByteArray block(1 << 20, 'x');
            for (int i = 0; ok && i < 50; ++i)
                ok = writeAll(d, block);
            return ok && writeAll(d, "</t></is></c></row>" + kSheetEnd);
        }));
        TestRegister reg;
        MemoryBound memory(64);
        expectRefused(reg, path,
                      {QStringLiteral("xl/worksheets/sheet1.xml"), QString::number(XlsxXml::kMaxTextLength)});
        QVERIFY2(memory.held(), qPrintable(memory.report()));
    }

    void aMillionCsvColumns_data()
    {
        QTest::addColumn<bool>("inHeader");
        QTest::newRow("in the header") << true;
        QTest::newRow("in a row") << false;
    }

    void aMillionCsvColumns()
    {
        QFETCH(bool, inHeader);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wide.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray wide = QByteArrayLiteral("a,").repeated(1000000);
            wide.back() = '\n';
            QVERIFY(f.write(inHeader ? wide : kHeader + kGoodRow + wide) > 0);
        }
        TestRegister reg;
        expectRefused(reg, path,
                      {QStringLiteral("Line %1").arg(inHeader ? 1 : 3), QString::number(CsvReader::kMaxColumns)});
    }

    void aMillionXlsxColumns()
    {
        // Cells without references, one after the other: the millionth is far past Excel's last column.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wide.xlsx"));
        QVERIFY(writeWorkbook(path, [](QIODevice& d) {
            return writeAll(d, kSheetStart + headerAndGoodRow() + "<row r=\"3\">" +
                                   QByteArrayLiteral("<c t=\"inlineStr\"><is><t>x</t></is></c>").repeated(1000000) +
                                   "</row>" + kSheetEnd);
        }));
        TestRegister reg;
        expectRefused(reg, path, {QStringLiteral("Row 3"), QStringLiteral("no cell Excel can have")});
    }

    void binaryJunk_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("hints");
        QTest::newRow("named .csv") << QStringLiteral("junk.csv") << QStringList{QStringLiteral("Line")};
        QTest::newRow("named .xlsx") << QStringLiteral("junk.xlsx")
                                     << QStringList{QStringLiteral("junk.xlsx"), QStringLiteral("not a zip archive")};
    }

    void binaryJunk()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, hints);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        {
            QRandomGenerator random(20261127);
            QByteArray junk(256 * 1024, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32*>(junk.data()), junk.size() / 4);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(junk), junk.size());
        }
        TestRegister reg;
        expectRefused(reg, path, hints);
    }

    void zipBomb_data()
    {
        QTest::addColumn<QByteArray>("open");
        QTest::addColumn<QByteArray>("fill");
        QTest::addColumn<QByteArray>("close");
        QTest::addColumn<QString>("reason");
        // Empty rows, which a reader that streams passes through until the part is too large.
        QTest::newRow("rows") << QByteArray() << QByteArrayLiteral("<row/>") << QByteArray()
                              << QStringLiteral("%1 MiB").arg(XlsxPackage::kMaxPartSize >> 20);
        // One text, which an XML reader holds whole before it hands it over.
        QTest::newRow("one text") << QByteArrayLiteral("<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>")
                                  << QByteArrayLiteral("x") << QByteArrayLiteral("</t></is></c></row>")
                                  << QString::number(XlsxXml::kMaxTextLength);
    }

    void zipBomb()
    {
        // A sheet that unpacks to more than the reader ever unpacks (XlsxPackage::kMaxPartSize),
        // from a few hundred kilobytes.
        QFETCH(QByteArray, open);
        QFETCH(QByteArray, fill);
        QFETCH(QByteArray, close);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
        QVERIFY(writeWorkbook(
            path,
            [&](QIODevice& d) {
                bool ok = writeAll(d, kSheetStart + headerAndGoodRow() + open);
                const QByteArray block = fill.repeated((1 << 20) / fill.size());
                for (qint64 written = 0; ok && written <= XlsxPackage::kMaxPartSize; written += block.size())
                    ok = writeAll(d, block);
                return ok && writeAll(d, close + kSheetEnd);
            },
            9));
        QVERIFY2(QFileInfo(path).size() < XlsxPackage::kMaxPartSize / 100, "not much of a bomb");
        TestRegister reg;
        MemoryBound memory(64);
        expectRefused(reg, path, {QStringLiteral("xl/worksheets/sheet1.xml"), reason});
        QVERIFY2(memory.held(), qPrintable(memory.report()));
    }

    void deeplyNestedXml()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep.xlsx"));
        QVERIFY(writeWorkbook(path, [](QIODevice& d) {
            return writeAll(d, kSheetStart + headerAndGoodRow() + "<row r=\"3\">" +
                                   QByteArrayLiteral("<x>").repeated(100000) +
                                   QByteArrayLiteral("</x>").repeated(100000) + "</row>" + kSheetEnd);
        }));
        TestRegister reg;
        expectRefused(reg, path, {QStringLiteral("xl/worksheets/sheet1.xml"), QString::number(XlsxXml::kMaxDepth)});
    }

    void csvFormulasStayText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("formulas.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kHeader);
            f.write("NS-001,\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",ア,+1,総務部,総務課,能代　太郎,"
                    "マイナンバー利用事務系,3,2,2,@SUM(1)\n");
            f.write("NS-002,=1+1,イ,-1,総務部,総務課,能代　太郎,LGWAN接続系,2,2,2,=cmd|' /C calc'!A0\n");
        }
        TestRegister reg;
        Result<ImportSummary> imported = LedgerImporter(*reg).importFile(path, {});
        QVERIFY2(imported, qPrintable(imported.errorText()));
        QVERIFY2(!imported.value().rejected, qPrintable(imported.value().issues.value(0).toString()));
        const Asset first = *reg->assets().findByCode(QStringLiteral("NS-001")).value();
        QCOMPARE(first.name, QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")"));
        QCOMPARE(first.subtype, QStringLiteral("+1"));
        QCOMPARE(first.notes, QStringLiteral("@SUM(1)"));
        const Asset second = *reg->assets().findByCode(QStringLiteral("NS-002")).value();
        QCOMPARE(second.name, QStringLiteral("=1+1"));
        QCOMPARE(second.subtype, QStringLiteral("-1"));
        QCOMPARE(second.notes, QStringLiteral("=cmd|' /C calc'!A0"));
    }

    void xlsxFormulasAreNeverEvaluated()
    {
        // The value Excel showed (its cached result) is taken, the formula never run: 1+1 cached
        // as 3 reads as 3, and a formula with no cached result reads as nothing.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("formulas.xlsx"));
        QVERIFY(writeWorkbook(path, [](QIODevice& d) {
            return writeAll(
                d, kSheetStart + headerAndGoodRow() + "<row r=\"3\">" + inlineCell("A3", "NS-002") +
                       "<c r=\"B3\" t=\"str\"><f>WEBSERVICE(\"http://example.invalid\")</f><v>課税台帳</v></c>" +
                       inlineCell("C3", "イ") + inlineCell("E3", "総務部") + inlineCell("F3", "税務課") +
                       inlineCell("G3", "能代　太郎") + inlineCell("H3", "LGWAN接続系") +
                       "<c r=\"I3\"><f>1+1</f><v>3</v></c>" + inlineCell("J3", "2") + inlineCell("K3", "2") +
                       "<c r=\"L3\"><f>NOW()</f></c>" + "</row>" + kSheetEnd);
        }));
        TestRegister reg;
        Result<ImportSummary> imported = LedgerImporter(*reg).importFile(path, {});
        QVERIFY2(imported, qPrintable(imported.errorText()));
        QVERIFY2(!imported.value().rejected, qPrintable(imported.value().issues.value(0).toString()));
        const Asset second = *reg->assets().findByCode(QStringLiteral("NS-002")).value();
        QCOMPARE(second.name, QStringLiteral("課税台帳"));
        QCOMPARE(second.confidentiality, QStringLiteral("3"));
        QCOMPARE(second.notes, QString());
    }

    void aFullDiskStopsTheImportOnce()
    {
        // Not a fault of any row: one message, not one per row, and nothing written.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kHeader);
            for (int i = 1; i <= 500; ++i)
                f.write(QStringLiteral("NS-%1,住民基本台帳システム %1,ア,サーバ,総務部,総務課,能代　太郎,"
                                       "マイナンバー利用事務系,3,2,2,定期点検あり\n")
                            .arg(i, 4, 10, QLatin1Char('0'))
                            .toUtf8());
        }
        TestRegister reg;
        const Counts before = countsOf(*reg);
        QSqlQuery limit(reg->database().connection());
        QVERIFY(limit.exec(QStringLiteral("PRAGMA page_count")) && limit.next());
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(limit.value(0).toLongLong() + 4)));

        Result<ImportSummary> imported = LedgerImporter(*reg).importFile(path, {});
        QVERIFY(!imported);
        QCOMPARE(imported.problems().size(), 1);
        QVERIFY2(imported.errorText().contains(QStringLiteral("disk is full")), qPrintable(imported.errorText()));
        QVERIFY(countsOf(*reg) == before);
        QCOMPARE(reg.auditFinding(), QString());
    }

    void exportedFormulaTextStaysText()
    {
        // Text that starts like a formula (= + - @) is written as a text cell: Excel shows it and
        // never runs it. Read back, it is the same text.
        TestRegister reg;
        Asset a = reg.validAsset(QStringLiteral("NS-001"));
        a.name = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")");
        a.subtype = QStringLiteral("+1");
        a.location = QStringLiteral("-1");
        a.notes = QStringLiteral("@SUM(A1)");
        QVERIFY(reg->assets().create(a));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.xlsx"));
        Result<qint64> exported = LedgerExporter(*reg).exportFile(path, {});
        QVERIFY2(exported, qPrintable(exported.errorText()));

        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QByteArray xml;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFile part(&zip);
            QVERIFY(part.open(QIODevice::ReadOnly));
            if (zip.getCurrentFileName().startsWith(QLatin1String("xl/worksheets/")))
                xml += part.readAll();
        }
        QVERIFY(!xml.isEmpty());
        QVERIFY2(!xml.contains("<f>") && !xml.contains("<f "), "a cell of the ledger holds a formula");

        TestRegister other;
        Result<ImportSummary> imported = LedgerImporter(*other).importFile(path, {});
        QVERIFY2(imported && !imported.value().rejected, qPrintable(imported.errorText()));
        const Asset back = *other->assets().findByCode(QStringLiteral("NS-001")).value();
        QCOMPARE(back.name, a.name);
        QCOMPARE(back.subtype, a.subtype);
        QCOMPARE(back.location, a.location);
        QCOMPARE(back.notes, a.notes);
    }
};

QTEST_GUILESS_MAIN(TestHostileImport)
#include "tst_hostileimport.moc"
