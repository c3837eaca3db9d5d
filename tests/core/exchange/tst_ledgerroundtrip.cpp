#include "TestRegister.h"
#include "exchange/CsvReader.h"
#include "exchange/LedgerExporter.h"
#include "exchange/LedgerImporter.h"
#include "exchange/XlsxReader.h"
#include "service/Generator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;

// Export → import into an empty register → export gives the same file.
class TestLedgerRoundTrip : public QObject {
    Q_OBJECT

    static QByteArray bytes(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return f.readAll();
    }

    static QList<QStringList> cells(TableSource& source)
    {
        QList<QStringList> rows;
        SourceRow row;
        while (source.next(row)) {
            while (!row.cells.isEmpty() && row.cells.constLast().isEmpty())
                row.cells.removeLast();
            rows << row.cells;
        }
        if (!source.error().isEmpty())
            qFatal("read failed: %s", qPrintable(source.error()));
        return rows;
    }

    static QList<QStringList> sheet(const QString& path, const QString& name)
    {
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path, name);
        if (!reader)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(reader.errorText()));
        return cells(*reader.value());
    }

    // A register with every kind of value: generated assets plus one with every field set.
    static void populate(Register& reg)
    {
        QVERIFY(Generator(reg, 11).generate(400));
        Result<std::optional<Asset>> base = reg.assets().findByCode(QStringLiteral("A-0000001"));
        QVERIFY(base && base.value());
        Asset full = *base.value();
        full.id = 0;
        full.code = QStringLiteral("FULL-1");
        full.name = QStringLiteral("全項目, \"引用\" 付き\n改行入り");
        full.provision = Provision::Cloud;
        full.provider = QStringLiteral("株式会社北都システム");
        full.serviceName = QStringLiteral("電子申請 SaaS");
        full.dataLocation = QStringLiteral("国内");
        full.ismapRegistered = true;
        full.usageRulesInPlace = false;
        full.contractHasSecurity = true;
        full.providerCheckedOn = QDate(2026, 4, 1);
        full.restrictions = {Restriction::NeedToKnow, Restriction::RetainUntil};
        full.restrictionNote = QStringLiteral("2031年3月31日まで保存");
        full.personalData = {PersonalData::Personal, PersonalData::Sensitive};
        full.extra.insert(QStringLiteral("旧管理番号"), QStringLiteral("K-77"));
        full.notes = QStringLiteral("  前後に空白  ");
        Result<qint64> id = reg.assets().create(full);
        QVERIFY2(id, qPrintable(id.errorText()));
    }

private Q_SLOTS:
    void csvIsByteIdentical_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << QStringLiteral("utf-8");
        QTest::newRow("cp932") << QStringLiteral("cp932");
    }

    void csvIsByteIdentical()
    {
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        test::TestRegister source;
        populate(*source);
        ExportOptions options;
        options.encoding = *csvEncodingFromName(encoding);
        const QString first = dir.filePath(QStringLiteral("first.csv"));
        Result<qint64> written = LedgerExporter(*source).exportFile(first, options);
        QVERIFY2(written, qPrintable(written.errorText()));
        QCOMPARE(written.value(), 401);

        test::TestRegister target;
        Result<ImportSummary> imported = LedgerImporter(*target).importFile(first, {});
        QVERIFY2(imported, qPrintable(imported.errorText()));
        QVERIFY2(!imported.value().rejected, qPrintable(imported.value().issues.value(0).toString()));
        QCOMPARE(imported.value().created, 401);

        const QString second = dir.filePath(QStringLiteral("second.csv"));
        QVERIFY(LedgerExporter(*target).exportFile(second, options));
        QCOMPARE(bytes(second), bytes(first));
        if (encoding == QLatin1String("utf-8"))
            QVERIFY(bytes(first).startsWith("\xEF\xBB\xBF"));
    }

    void xlsxHasIdenticalCells()
    {
        QTemporaryDir dir;
        test::TestRegister source;
        populate(*source);
        const QString first = dir.filePath(QStringLiteral("first.xlsx"));
        QVERIFY(LedgerExporter(*source).exportFile(first));

        test::TestRegister target;
        Result<ImportSummary> imported = LedgerImporter(*target).importFile(first, {});
        QVERIFY2(imported, qPrintable(imported.errorText()));
        QVERIFY2(!imported.value().rejected, qPrintable(imported.value().issues.value(0).toString()));
        QCOMPARE(imported.value().created, 401);

        const QString second = dir.filePath(QStringLiteral("second.xlsx"));
        QVERIFY(LedgerExporter(*target).exportFile(second));
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(first);
        QVERIFY(reader);
        const QStringList sheets = reader.value()->sheetNames();
        QCOMPARE(sheets, QStringList({QStringLiteral("情報資産"), QStringLiteral("組織"), QStringLiteral("役割")}));
        const QList<QStringList> assets = sheet(first, sheets.at(0));
        QCOMPARE(assets.size(), 2 + 401); // title, header, rows
        QVERIFY(assets.at(0).value(0).contains(QStringLiteral("機密性2")));
        QCOMPARE(sheet(second, sheets.at(0)), assets);
        QCOMPARE(sheet(second, sheets.at(1)), sheet(first, sheets.at(1)));
    }

    void cancelledExportLeavesTheFileAsItWas_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }

    void cancelledExportLeavesTheFileAsItWas()
    {
        QFETCH(QString, suffix);
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 4).generate(1200));
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("new.") + suffix);
        const QString existing = dir.filePath(QStringLiteral("old.") + suffix);
        {
            QFile old(existing);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an earlier export");
        }
        for (const QString& path : {fresh, existing}) {
            ExportOptions options;
            QList<qint64> reported;
            options.progress = [&reported](qint64 written) {
                reported << written;
                return reported.size() < 2; // cancel after 500 assets
            };
            Result<qint64> r = LedgerExporter(*reg).exportFile(path, options);
            QVERIFY(!r);
            QCOMPARE(reported, (QList<qint64>{0, 500}));
        }
        QVERIFY(!QFileInfo::exists(fresh));
        QFile old(existing);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("an earlier export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("old.") + suffix});
    }

    // A workbook's package is written after its last row; the window is asked meanwhile (with
    // every asset written) and can still cancel then.
    void workbookCanBeCancelledWhileItsPackageIsWritten()
    {
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 4).generate(1200));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("台帳.xlsx"));
        for (const bool cancel : {false, true}) {
            ExportOptions options;
            QList<qint64> reported;
            options.progress = [&reported, cancel](qint64 written) {
                reported << written;
                return !(cancel && written == 1200);
            };
            Result<qint64> r = LedgerExporter(*reg).exportFile(path, options);
            QCOMPARE(bool(r), !cancel);
            QCOMPARE(reported.mid(0, 4), (QList<qint64>{0, 500, 1000, 1200}));
            QCOMPARE(QFileInfo::exists(path), !cancel);
            if (cancel) {
                QVERIFY2(r.errorText().contains(QLatin1String("cancelled")), qPrintable(r.errorText()));
                QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
            }
            QFile::remove(path);
        }
    }
};

QTEST_GUILESS_MAIN(TestLedgerRoundTrip)
#include "tst_ledgerroundtrip.moc"
