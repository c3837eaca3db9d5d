#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "audit/AuditVerifier.h"
#include "common/Translations.h"
#include "exchange/LedgerExporter.h"
#include "exchange/LedgerImporter.h"
#include "service/Generator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace daicho;

// Importing ledgers as security offices have them: every quirk read, every error named by
// line and column, and nothing written unless the whole file is good.
class TestLedgerImporter : public QObject {
    Q_OBJECT

    static QString fixture(const QString& name) { return QStringLiteral(DAICHO_TEST_DATA "/ledger/") + name; }

    struct Counts {
        qint64 assets, units, people, events;
        bool operator==(const Counts& o) const
        {
            return assets == o.assets && units == o.units && people == o.people && events == o.events;
        }
    };

    static Counts counts(Register& reg)
    {
        return {reg.assets().count().value(), reg.org().count().value(), reg.people().count().value(),
                reg.audit().count().value()};
    }

    static ImportSummary import(Register& reg, const QString& path, ImportOptions options = {})
    {
        Result<ImportSummary> result = LedgerImporter(reg).importFile(path, options);
        if (!result)
            qFatal("import failed: %s", qPrintable(result.errorText()));
        return result.value();
    }

    static Asset asset(Register& reg, const QString& code)
    {
        Result<std::optional<Asset>> found = reg.assets().findByCode(code);
        if (!found || !found.value())
            qFatal("no asset %s", qPrintable(code));
        return *found.value();
    }

    static void verifyClean(Register& reg)
    {
        const AuditReport report = AuditVerifier(reg.database()).verify().value();
        QVERIFY2(report.clean(), qPrintable(report.findings.value(0).message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Messages are checked in Japanese, the primary language.
        Translations::install(*QCoreApplication::instance(), Language::Japanese);
    }

    void readsEveryQuirk_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("CP932, CRLF, extra column, trailing blank lines") << QStringLiteral("cp932_crlf.csv");
        QTest::newRow("UTF-8 with BOM, LF") << QStringLiteral("utf8_bom_lf.csv");
    }

    void readsEveryQuirk()
    {
        QFETCH(QString, file);
        test::TestRegister reg;
        const qint64 unitsBefore = reg->org().count().value();
        const ImportSummary s = import(*reg, fixture(file));
        QVERIFY2(!s.rejected, qPrintable(s.issues.value(0).toString()));
        QCOMPARE(s.rowsRead, 4);
        QCOMPARE(s.created, 4);
        QCOMPARE(s.updated, 0);

        const Asset first = asset(*reg, QStringLiteral("NS-001"));
        QCOMPARE(first.name, QStringLiteral("住民基本台帳システム サーバ"));
        QCOMPARE(first.category, AssetCategory::Infrastructure);
        QCOMPARE(first.segment, NetworkSegment::MyNumber);
        // 「機密性３」 (full-width digit, with the axis name) reads as level 3.
        QCOMPARE(first.confidentiality, QStringLiteral("3"));
        QCOMPARE(first.integrity, QStringLiteral("2"));
        QCOMPARE(first.notes, QStringLiteral("「重要」, 定期点検あり"));
        QCOMPARE(first.managerId, first.systemAdminId); // the same name is the same person

        const Asset second = asset(*reg, QStringLiteral("NS-002"));
        QCOMPARE(second.notes, QStringLiteral("複数行の\n備考"));
        QCOMPARE(second.provision, Provision::Outsourced);
        QCOMPARE(second.provider, QStringLiteral("株式会社秋田情報システム"));
        QCOMPARE(second.segment, NetworkSegment::MyNumber); // 「マイナンバー利用事務」 without 系

        const Asset third = asset(*reg, QStringLiteral("NS-003"));
        QCOMPARE(third.confidentiality, QStringLiteral("2")); // 「C2」
        QCOMPARE(third.availability, QStringLiteral("1"));

        // A department and a section named but missing are created under 市長（市長部局）.
        QCOMPARE(s.unitsCreated, QStringList({QStringLiteral("市長（市長部局） / 新設部"),
                                              QStringLiteral("市長（市長部局） / 新設部 / 新設課")}));
        QCOMPARE(reg->org().count().value(), unitsBefore + 2);
        // Existing sections are reused: 総務課 is the template's.
        QVERIFY(s.peopleCreated.contains(QStringLiteral("能代　太郎")));

        if (file.startsWith(QLatin1String("cp932"))) {
            QCOMPARE(s.unknownColumns, QStringList{QStringLiteral("旧管理番号")});
            QCOMPARE(first.extra.value(QStringLiteral("旧管理番号")).toString(), QStringLiteral("旧台帳の番号 1"));
        }
        verifyClean(*reg);
    }

    void englishHeaders()
    {
        test::TestRegister reg;
        const ImportSummary s = import(*reg, fixture(QStringLiteral("english_headers.csv")));
        QVERIFY2(!s.rejected, qPrintable(s.issues.value(0).toString()));
        QCOMPARE(s.created, 2);
        QCOMPARE(asset(*reg, QStringLiteral("NS-002")).confidentiality, QStringLiteral("3"));
    }

    void errorsNameLineAndColumn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reasonPart");
        // The bad row is the third data row; the second has a note spanning two lines, so the
        // bad row starts on line 5 of the file.
        QTest::newRow("out-of-range level") << "error_level_out_of_range.csv"
                                            << "機密性"
                                            << "「5」";
        QTest::newRow("unknown category") << "error_unknown_category.csv"
                                          << "分類"
                                          << "「エ」";
        QTest::newRow("missing name") << "error_missing_name.csv"
                                      << "資産名称"
                                      << "入力が必要です";
        QTest::newRow("duplicate 資産ID") << "error_duplicate_code.csv"
                                          << "資産ID"
                                          << "2 行目";
        QTest::newRow("unknown segment") << "error_unknown_segment.csv"
                                         << "通信経路区分"
                                         << "「庁外系」";
        QTest::newRow("non-numeric level") << "error_level_not_numeric.csv"
                                           << "完全性"
                                           << "「高」";
    }

    void errorsNameLineAndColumn()
    {
        QFETCH(QString, file);
        QFETCH(QString, column);
        QFETCH(QString, reasonPart);
        test::TestRegister reg;
        const Counts before = counts(*reg);
        const ImportSummary s = import(*reg, fixture(file));
        QVERIFY(s.rejected);
        QCOMPARE(s.issues.size(), 1);
        const ImportIssue& issue = s.issues.first();
        QCOMPARE(issue.line, 5);
        QCOMPARE(issue.column, column);
        QVERIFY2(issue.reason.contains(reasonPart), qPrintable(issue.toString()));
        QVERIFY2(issue.toString().startsWith(QStringLiteral("5 行目、列「%1」: ").arg(column)),
                 qPrintable(issue.toString()));
        // Rejected whole: the register is exactly as it was.
        QVERIFY(counts(*reg) == before);
        verifyClean(*reg);
    }

    void skipInvalidKeepsTheValidRowsOnly()
    {
        test::TestRegister reg;
        QTemporaryDir dir;
        // The invalid row names a new section: it must not be created for a row that is left out.
        const QString path = dir.filePath(QStringLiteral("skip.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("資産ID,資産名称,分類,所管課室,管理責任者,通信経路区分,機密性,完全性,可用性\n"
                               "S-1,有効な資産,ア,総務課,能代　太郎,LGWAN接続系,2,1,1\n"
                               "S-2,無効な資産,エ,幻の課,幻　の人,LGWAN接続系,2,1,1\n"
                               "S-3,有効な資産2,イ,税務課,能代　太郎,該当なし,3,2,2\n")
                    .toUtf8());
        f.close();
        const qint64 units = reg->org().count().value();
        ImportOptions options;
        options.skipInvalid = true;
        const ImportSummary s = import(*reg, path, options);
        QVERIFY(!s.rejected);
        QCOMPARE(s.created, 2);
        QCOMPARE(s.skipped, 1);
        QCOMPARE(s.issues.size(), 1);
        QCOMPARE(s.issues.first().line, 3);
        QCOMPARE(reg->org().count().value(), units);
        QVERIFY(s.unitsCreated.isEmpty());
        QCOMPARE(s.peopleCreated, QStringList{QStringLiteral("能代　太郎")});
        QCOMPARE(reg->assets().count().value(), 2);
        verifyClean(*reg);
    }

    void dryRunWritesNothing()
    {
        test::TestRegister reg;
        const Counts before = counts(*reg);
        ImportOptions options;
        options.dryRun = true;
        const ImportSummary s = import(*reg, fixture(QStringLiteral("utf8_bom_lf.csv")), options);
        QVERIFY(s.dryRun);
        QCOMPARE(s.created, 4);
        QCOMPARE(s.unitsCreated.size(), 2);
        QVERIFY(counts(*reg) == before);
    }

    void reimportUpdatesByCode()
    {
        test::TestRegister reg;
        QVERIFY(!import(*reg, fixture(QStringLiteral("utf8_bom_lf.csv"))).rejected);
        const qint64 events = reg->audit().count().value();

        // The same file again changes nothing.
        const ImportSummary again = import(*reg, fixture(QStringLiteral("utf8_bom_lf.csv")));
        QCOMPARE(again.unchanged, 4);
        QCOMPARE(again.created + again.updated, 0);
        QCOMPARE(reg->audit().count().value(), events);

        // A file with just the ID and one rating updates that field and keeps the rest.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("partial.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("資産ID,可用性\nNS-003,2\nNS-001,2\n").toUtf8());
        f.close();
        const ImportSummary partial = import(*reg, path);
        QCOMPARE(partial.updated, 1);
        QCOMPARE(partial.unchanged, 1);
        const Asset third = asset(*reg, QStringLiteral("NS-003"));
        QCOMPARE(third.availability, QStringLiteral("2"));
        QCOMPARE(third.name, QStringLiteral("庁内LANネットワーク構成図"));
        QCOMPARE(third.version, 2);
        QCOMPARE(reg->audit().count().value(), events + 1);
        verifyClean(*reg);
    }

    void bulkImportRebuildsTheIndexes()
    {
        // Large enough for the bulk path (secondary indexes dropped, then rebuilt).
        test::TestRegister reg;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bulk.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text =
            QStringLiteral("資産ID,資産名称,分類,所管課室,管理責任者,通信経路区分,機密性,完全性,可用性,備考\n")
                .toUtf8();
        const QByteArray filler(200, 'x'); // rows of about 270 bytes: the size estimate must pass kBulkRows
        const qint64 rows = LedgerImporter::kBulkRows + 10;
        for (qint64 i = 1; i <= rows; ++i)
            text += "B-" + QByteArray::number(i) + ",bulk asset " + QByteArray::number(i) +
                    ",ア,総務課,能代　太郎,LGWAN接続系,2,1,1," + filler + "\n";
        f.write(text);
        f.close();
        const auto indexCount = [&reg] {
            return test::scalar(reg->database().connection(),
                                QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"))
                .toInt();
        };
        const int before = indexCount();
        const ImportSummary s = import(*reg, path);
        QVERIFY2(!s.rejected, qPrintable(s.issues.value(0).toString()));
        QCOMPARE(s.created, rows);
        QCOMPARE(indexCount(), before);
        // The search index, filled once at the end, knows every imported asset.
        AssetFilter search;
        search.text = QStringLiteral("bulk asset 20005");
        QCOMPARE(reg->assets().count(search).value(), 1);
        search.text = QStringLiteral("bulk asset");
        QCOMPARE(reg->assets().count(search).value(), rows);
        verifyClean(*reg);
    }

    void previewShowsWhatTheImportWillRead()
    {
        Result<LedgerPreview> p = LedgerImporter::preview(fixture(QStringLiteral("cp932_crlf.csv")), {}, 2);
        QVERIFY2(p, qPrintable(p.errorText()));
        QCOMPARE(p.value().encoding, QStringLiteral("cp932"));
        QCOMPARE(p.value().headerLine, 1);
        QCOMPARE(p.value().headers.first(), QStringLiteral("資産ID"));
        QCOMPARE(p.value().fields.first(), std::optional<AssetField>(AssetField::Code));
        QCOMPARE(p.value().fields.last(), std::optional<AssetField>()); // 旧管理番号: no field of its own
        QCOMPARE(p.value().rows.size(), 2);
        QCOMPARE(p.value().rows.first().at(1), QStringLiteral("住民基本台帳システム サーバ"));
    }

    void columnsMappedByHand()
    {
        test::TestRegister reg;
        ImportOptions options;
        const int oldNumber = 17; // 旧管理番号 → 保管場所; 保管場所 (15) → kept as an extra attribute
        options.columns.insert(oldNumber, AssetField::Location);
        options.columns.insert(15, std::nullopt);
        const ImportSummary s = import(*reg, fixture(QStringLiteral("cp932_crlf.csv")), options);
        QVERIFY2(!s.rejected, qPrintable(s.issues.value(0).reason));
        const Asset a = asset(*reg, QStringLiteral("NS-001"));
        QCOMPARE(a.location, QStringLiteral("旧台帳の番号 1"));
        QCOMPARE(a.extra.value(QStringLiteral("保管場所")).toString(), QStringLiteral("本庁舎 サーバ室"));
        QVERIFY(!a.extra.contains(QStringLiteral("旧管理番号")));
    }

    void cancelledImportWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.csv"));
        {
            test::TestRegister source;
            QVERIFY(Generator(*source, 2).generate(1200));
            QVERIFY(LedgerExporter(*source).exportFile(path));
        }
        test::TestRegister reg;
        const Counts before = counts(*reg);
        ImportOptions options;
        QList<qint64> reported;
        options.progress = [&reported](qint64 rows) {
            reported << rows;
            return reported.size() < 3; // cancel after 1,000 rows went in
        };
        Result<ImportSummary> r = LedgerImporter(*reg).importFile(path, options);
        QVERIFY(!r);
        QCOMPARE(reported, (QList<qint64>{0, 500, 1000}));
        QVERIFY2(r.errorText().contains(QStringLiteral("取り消")), qPrintable(r.errorText()));
        QCOMPARE(counts(*reg), before);
        verifyClean(*reg);
    }

    void fileWithoutHeaderOrIdIsRefused()
    {
        test::TestRegister reg;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("noid.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("資産名称,分類,所管課室\nサーバ,ア,総務課\n").toUtf8());
        f.close();
        Result<ImportSummary> result = LedgerImporter(*reg).importFile(path, {});
        QVERIFY(!result);
        QVERIFY(result.errorText().contains(QStringLiteral("資産ID")));

        Result<ImportSummary> missing = LedgerImporter(*reg).importFile(dir.filePath(QStringLiteral("none.csv")), {});
        QVERIFY(!missing);
        Result<ImportSummary> odd = LedgerImporter(*reg).importFile(dir.filePath(QStringLiteral("x.pdf")), {});
        QVERIFY(!odd);
    }
};

QTEST_GUILESS_MAIN(TestLedgerImporter)
#include "tst_ledgerimporter.moc"
