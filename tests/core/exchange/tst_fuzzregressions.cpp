#include "TestRegister.h"
#include "db/ServerLocation.h"
#include "domain/AssetFilter.h"
#include "exchange/CsvReader.h"
#include "exchange/LedgerImporter.h"
#include "exchange/XlsxReader.h"
#include "service/AssetService.h"
#include "service/Generator.h"
#include "service/TemplateService.h"

#include <QBuffer>
#include <QDir>
#include <QTest>

using namespace daicho;

// Every input the fuzz targets (tests/fuzz) ever crashed on, kept in tests/data/fuzz/<target>/
// and fed here to the same entry point as in its target, so the ordinary build replays them:
// each must give a result or a clean error.
class TestFuzzRegressions : public QObject {
    Q_OBJECT

    static QString root() { return QStringLiteral(DAICHO_TEST_DATA "/fuzz"); }

    static QByteArray contents(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

    static void readAll(TableSource& source)
    {
        SourceRow row;
        while (source.next(row)) {
        }
    }

    static void csvReader(const QString& path)
    {
        QByteArray data = contents(path);
        CsvEncoding encoding = CsvEncoding::Auto;
        if (!data.isEmpty() && quint8(data.back()) < 3) {
            encoding = static_cast<CsvEncoding>(data.back());
            data.chop(1);
        }
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(data);
        QVERIFY(buffer->open(QIODevice::ReadOnly));
        CsvReader reader(std::move(buffer), encoding);
        readAll(reader);
    }

    static void xlsxReader(const QString& path)
    {
        Result<std::unique_ptr<XlsxReader>> opened = XlsxReader::open(path);
        if (!opened) {
            QVERIFY(!opened.errorText().isEmpty());
            return;
        }
        readAll(*opened.value());
    }

    static void ledgerImport(const QString& path)
    {
        test::TestRegister reg;
        const qint64 before = reg->assets().count().value();
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(contents(path));
        QVERIFY(buffer->open(QIODevice::ReadOnly));
        CsvReader reader(std::move(buffer));
        ImportOptions options;
        options.dryRun = true;
        const Result<ImportSummary> summary = LedgerImporter(*reg).importRows(reader, options);
        QVERIFY(summary || !summary.errorText().isEmpty());
        QCOMPARE(reg->assets().count().value(), before);
    }

    static void templateJson(const QString& path)
    {
        const Result<OrgTemplate> parsed = TemplateService::fromJson(contents(path));
        QVERIFY(parsed ? !parsed.value().bodies.isEmpty() : !parsed.errorText().isEmpty());
    }

    static void assetSearch(const QString& path)
    {
        test::TestRegister reg;
        Generator generator(*reg);
        generator.setWithRisks(false);
        QVERIFY(generator.generate(50));
        const QByteArray data = contents(path);
        QVERIFY(!data.isEmpty());
        AssetFilter filter;
        filter.confidentialDetailsHidden = data[0] & 1;
        filter.text = QString::fromUtf8(data.mid(1));
        const Result<QList<Asset>> found = reg->assets().page(filter, 0, 20);
        QVERIFY2(found, qPrintable(found.errorText()));
        const Result<qint64> counted = reg->assets().count(filter);
        QVERIFY2(counted, qPrintable(counted.errorText()));
    }

    // The text shown for a location (and kept among recent registers) must open it again.
    static void serverLocation(const QString& path)
    {
        const Result<ServerLocation> parsed = ServerLocation::parse(QString::fromUtf8(contents(path)));
        if (!parsed)
            return;
        const Result<ServerLocation> again = ServerLocation::parse(parsed.value().display);
        QVERIFY2(again, qPrintable(parsed.value().display + QLatin1Char(' ') + again.errorText()));
        QCOMPARE(again.value().options, parsed.value().options);
        QVERIFY(again.value().password.isEmpty());
    }

private Q_SLOTS:
    void replays_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QDir dir(root());
        for (const QString& target : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            for (const QFileInfo& file : QDir(dir.filePath(target)).entryInfoList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(target + QLatin1Char('/') + file.fileName()))
                    << target << file.absoluteFilePath();
    }

    void replays()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        if (target == QLatin1String("csvreader"))
            csvReader(path);
        else if (target == QLatin1String("xlsxreader"))
            xlsxReader(path);
        else if (target == QLatin1String("ledgerimport"))
            ledgerImport(path);
        else if (target == QLatin1String("templatejson"))
            templateJson(path);
        else if (target == QLatin1String("assetsearch"))
            assetSearch(path);
        else if (target == QLatin1String("serverlocation"))
            serverLocation(path);
        else
            QFAIL(qPrintable(QStringLiteral("no replay for the fuzz target %1").arg(target)));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
