#include "CliApplication.h"
#include "TestBackend.h"
#include "common/Clock.h"
#include "exchange/XlsxReader.h"
#include "service/Register.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;

// The CLI contract (DESIGN.md §3), run in-process: exit codes, stdout and stderr.
class TestCliApplication : public QObject {
    Q_OBJECT

    struct Run {
        int code;
        QString out;
        QString err;
    };

    Run run(const QStringList& args)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliApplication cli(outStream, errStream, m_clock);
        const int code = cli.run(QStringList{QStringLiteral("daicho-cli")} + args);
        outStream.flush();
        errStream.flush();
        return {code, out, err};
    }

    Run runOn(const QString& db, const QStringList& args)
    {
        return run(QStringList{QStringLiteral("--db"), db} + args);
    }

    QJsonObject stats(const QString& db)
    {
        const Run r = runOn(db, {QStringLiteral("stats"), QStringLiteral("--json")});
        if (r.code != 0)
            qFatal("stats failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QString dbPath(const QString& name = QStringLiteral("x.db")) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};

private Q_SLOTS:
    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown global option") << QStringList{QStringLiteral("--nope"), QStringLiteral("stats")};
        QTest::newRow("stats unknown option") << QStringList{QStringLiteral("stats"), QStringLiteral("--xml")};
        QTest::newRow("stats extra argument") << QStringList{QStringLiteral("stats"), QStringLiteral("more")};
        QTest::newRow("generate without --assets") << QStringList{QStringLiteral("generate")};
        QTest::newRow("generate non-number")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("many")};
        QTest::newRow("generate negative")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("-5")};
        QTest::newRow("generate bad seed")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("5"),
                           QStringLiteral("--seed"), QStringLiteral("x")};
        QTest::newRow("init unknown template")
            << QStringList{QStringLiteral("init"), QStringLiteral("--template"), QStringLiteral("tokyo")};
        QTest::newRow("import without file") << QStringList{QStringLiteral("import")};
        QTest::newRow("import two files")
            << QStringList{QStringLiteral("import"), QStringLiteral("a.csv"), QStringLiteral("b.csv")};
        QTest::newRow("import unknown encoding") << QStringList{QStringLiteral("import"), QStringLiteral("a.csv"),
                                                                QStringLiteral("--encoding"), QStringLiteral("latin9")};
        QTest::newRow("export without file") << QStringList{QStringLiteral("export")};
        QTest::newRow("export auto encoding") << QStringList{QStringLiteral("export"), QStringLiteral("a.csv"),
                                                             QStringLiteral("--encoding"), QStringLiteral("auto")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = runOn(dbPath(QStringLiteral("usage.db")), args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("daicho-cli")));
        QVERIFY2(!QFile::exists(dbPath(QStringLiteral("usage.db"))), "a usage error must not create a register");
    }

    void helpExitsZero()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char* command : {"init", "stats", "generate", "verify-audit"})
            QVERIFY(r.out.contains(QLatin1String(command)));
    }

    void initThenStatsReportsTheNineBodies()
    {
        const QString db = dbPath(QStringLiteral("init.db"));
        const Run init = runOn(db, {QStringLiteral("init")});
        QCOMPARE(init.code, 0);
        QVERIFY(init.err.isEmpty());
        const QJsonObject s = stats(db);
        QCOMPARE(s.value(QStringLiteral("assets")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("bodies")).toArray().size(), 9);
        QCOMPARE(s.value(QStringLiteral("bodies")).toArray().first().toString(), QStringLiteral("市長（市長部局）"));
        QCOMPARE(s.value(QStringLiteral("units_by_kind")).toObject().value(QStringLiteral("body")).toInt(), 9);
        for (const char* key :
             {"org_units", "people", "by_category", "by_segment", "by_confidentiality", "unclassified"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
    }

    void initNeverOverwrites()
    {
        const QString db = dbPath(QStringLiteral("keep.db"));
        QCOMPARE(runOn(db, {QStringLiteral("init")}).code, 0);
        QCOMPARE(runOn(db, {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("10")}).code, 0);
        const Run again = runOn(db, {QStringLiteral("init")});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(db));
        QCOMPARE(stats(db).value(QStringLiteral("assets")).toInt(), 10);
    }

    void initEmptyTemplate()
    {
        const QString db = dbPath(QStringLiteral("empty.db"));
        QCOMPARE(runOn(db, {QStringLiteral("init"), QStringLiteral("--template"), QStringLiteral("empty")}).code, 0);
        QCOMPARE(stats(db).value(QStringLiteral("org_units")).toInt(), 0);
        // Nothing to put assets in: a clear failure, not a crash.
        const Run gen = runOn(db, {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("3")});
        QCOMPARE(gen.code, 1);
        QVERIFY(!gen.err.isEmpty());
    }

    void generateFillsTheRegister()
    {
        const QString db = dbPath(QStringLiteral("gen.db"));
        QCOMPARE(runOn(db, {QStringLiteral("init")}).code, 0);
        const Run gen = runOn(db, {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("1500"),
                                   QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(gen.code, 0);
        const QJsonObject s = stats(db);
        QCOMPARE(s.value(QStringLiteral("assets")).toInt(), 1500);
        int sum = 0;
        const QJsonObject byCategory = s.value(QStringLiteral("by_category")).toObject();
        for (const QString& key : byCategory.keys()) {
            QVERIFY2(byCategory.value(key).toInt() > 0, qPrintable(key));
            sum += byCategory.value(key).toInt();
        }
        QCOMPARE(sum, 1500);
        QVERIFY(s.value(QStringLiteral("people")).toInt() > 0);

        // About three risks per rated asset, counted in 3×3 heat maps and bands that add up.
        const qint64 risks = s.value(QStringLiteral("risks")).toInteger();
        QVERIFY2(risks > 3000 && risks < 6000, qPrintable(QString::number(risks)));
        QCOMPARE(s.value(QStringLiteral("risk_method")).toString(), QStringLiteral("ipa"));
        const QJsonObject heatmap = s.value(QStringLiteral("heatmap")).toObject();
        qint64 inherent = 0;
        qint64 residual = 0;
        for (const QString& kind : {QStringLiteral("inherent"), QStringLiteral("residual")}) {
            const QJsonArray rows = heatmap.value(kind).toArray();
            QCOMPARE(rows.size(), 3);
            for (const QJsonValue& row : rows) {
                QCOMPARE(row.toArray().size(), 3);
                for (const QJsonValue& n : row.toArray())
                    (kind == QLatin1String("inherent") ? inherent : residual) += n.toInteger();
            }
        }
        QCOMPARE(inherent, risks);
        QVERIFY(residual > 0 && residual < risks);
        qint64 banded = 0;
        const QJsonObject bands = s.value(QStringLiteral("by_band")).toObject();
        QCOMPARE(bands.keys(), (QStringList{QStringLiteral("high"), QStringLiteral("low"), QStringLiteral("medium")}));
        for (const QString& band : bands.keys())
            banded += bands.value(band).toInteger();
        QCOMPARE(banded, risks);
        QCOMPARE(runOn(db, {QStringLiteral("verify-audit")}).code, 0);
    }

    void checkListsFindingsAndExitsFourOnErrors()
    {
        const QString db = dbPath(QStringLiteral("check.db"));
        QCOMPARE(runOn(db, {QStringLiteral("init")}).code, 0);
        QCOMPARE(runOn(db, {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("400")}).code, 0);
        const Run json = runOn(db, {QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(json.code, 4); // a generated register has unrated assets: errors
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        QSet<QString> rules;
        for (const QJsonValue& v : findings) {
            const QJsonObject f = v.toObject();
            for (const char* key : {"rule", "severity", "asset_id", "message", "article"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
            rules.insert(f.value(QStringLiteral("rule")).toString());
        }
        QVERIFY2(rules.size() >= 3, qPrintable(QStringList(rules.cbegin(), rules.cend()).join(QLatin1Char(' '))));
        qint64 counted = 0;
        const QJsonObject byRule = report.value(QStringLiteral("by_rule")).toObject();
        for (const QString& rule : byRule.keys())
            counted += byRule.value(rule).toInteger();
        QCOMPARE(counted, findings.size());

        // One rule only; a rule without errors exits 0; an unknown rule is a usage error.
        const Run warnings =
            runOn(db, {QStringLiteral("check"), QStringLiteral("--rule"), QStringLiteral("cloud-incomplete")});
        QCOMPARE(warnings.code, 0);
        QCOMPARE(runOn(db, {QStringLiteral("check"), QStringLiteral("--rule"), QStringLiteral("no-such-rule")}).code,
                 2);
    }

    void reviewFromTheCommandLine()
    {
        const QString db = dbPath(QStringLiteral("review.db"));
        QCOMPARE(runOn(db, {QStringLiteral("init")}).code, 0);
        QCOMPARE(runOn(db, {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("200")}).code, 0);
        const QString section = QStringLiteral("市長（市長部局）/総務部/総務課");
        QCOMPARE(
            runOn(db, {QStringLiteral("review"), QStringLiteral("confirm"), QStringLiteral("--unit"), section}).code,
            1); // no campaign yet
        QCOMPARE(runOn(db, {QStringLiteral("review"), QStringLiteral("open"), QStringLiteral("--year"),
                            QStringLiteral("2026"), QStringLiteral("--due"), QStringLiteral("2027-01-31")})
                     .code,
                 0);
        const Run confirmed =
            runOn(db, {QStringLiteral("review"), QStringLiteral("confirm"), QStringLiteral("--unit"), section});
        QCOMPARE(confirmed.code, 0);
        QCOMPARE(runOn(db, {QStringLiteral("review"), QStringLiteral("mark"), QStringLiteral("A-0000001"),
                            QStringLiteral("--outcome"), QStringLiteral("maybe")})
                     .code,
                 2);
        QCOMPARE(runOn(db, {QStringLiteral("review"), QStringLiteral("mark"), QStringLiteral("A-0000001"),
                            QStringLiteral("A-0000002"), QStringLiteral("--outcome"), QStringLiteral("to_dispose")})
                     .code,
                 0);
        const Run progress =
            runOn(db, {QStringLiteral("review"), QStringLiteral("progress"), QStringLiteral("--json")});
        QCOMPARE(progress.code, 0);
        qint64 reviewed = 0;
        for (const QJsonValue& row : QJsonDocument::fromJson(progress.out.toUtf8()).array())
            for (const QJsonValue& n : row.toObject().value(QStringLiteral("reviewed")).toObject())
                reviewed += n.toInteger();
        QVERIFY(reviewed >= 2);
        QVERIFY2(confirmed.out.contains(QString::number(reviewed - 2)) || reviewed > 2, qPrintable(confirmed.out));
        // What is left, per section, and the evidence for the committee.
        const Run left = runOn(db, {QStringLiteral("review"), QStringLiteral("left"), QStringLiteral("--json")});
        QCOMPARE(left.code, 0);
        const QJsonArray sections = QJsonDocument::fromJson(left.out.toUtf8()).array();
        QVERIFY(!sections.isEmpty());
        for (const QJsonValue& l : sections)
            QVERIFY(l.toObject().value(QStringLiteral("section")).toString() != QStringLiteral("総務課"));
        const QString evidence = dbPath(QStringLiteral("evidence.xlsx"));
        QCOMPARE(runOn(db, {QStringLiteral("review"), QStringLiteral("evidence"), evidence}).code, 0);
        QVERIFY(QFile::exists(evidence));
        QCOMPARE(runOn(db, {QStringLiteral("review"), QStringLiteral("evidence")}).code, 2);
        // 総務部 is not complete: its sign-off is refused.
        QCOMPARE(runOn(db, {QStringLiteral("review"), QStringLiteral("signoff"), QStringLiteral("--unit"),
                            QStringLiteral("市長（市長部局）/総務部")})
                     .code,
                 1);
        QCOMPARE(runOn(db, {QStringLiteral("verify-audit")}).code, 0);
    }

    void selfInspectionFromTheCommandLine()
    {
        const QString db = dbPath(QStringLiteral("inspect.db"));
        QCOMPARE(runOn(db, {QStringLiteral("init")}).code, 0);
        const QString section = QStringLiteral("市長（市長部局）/総務部/総務課");
        const Run items = runOn(db, {QStringLiteral("inspect"), QStringLiteral("items"), QStringLiteral("--json")});
        QCOMPARE(items.code, 0);
        const QJsonArray checklist = QJsonDocument::fromJson(items.out.toUtf8()).array();
        QVERIFY(checklist.size() >= 20);
        const QString first = checklist.at(0).toObject().value(QStringLiteral("key")).toString();
        const auto answer = [&](const QString& key, const char* value, const QString& comment = {}) {
            QStringList args{QStringLiteral("inspect"),  QStringLiteral("answer"),
                             QStringLiteral("--unit"),   section,
                             QStringLiteral("--item"),   key,
                             QStringLiteral("--answer"), QString::fromLatin1(value)};
            if (!comment.isEmpty())
                args << QStringLiteral("--comment") << comment;
            return runOn(db, args).code;
        };
        QCOMPARE(answer(first, "done"), 0);
        QCOMPARE(answer(first, "maybe"), 2);
        QCOMPARE(answer(QStringLiteral("no_such_item"), "done"), 2);
        QCOMPARE(answer(QStringLiteral("training_attended"), "not_done"), 1); // says what is missing
        QCOMPARE(answer(QStringLiteral("training_attended"), "not_done", QStringLiteral("未受講者あり")), 0);

        const Run mine = runOn(db, {QStringLiteral("inspect"), QStringLiteral("items"), QStringLiteral("--unit"),
                                    section, QStringLiteral("--json")});
        QCOMPARE(mine.code, 0);
        QCOMPARE(QJsonDocument::fromJson(mine.out.toUtf8()).array().at(0).toObject().value(QStringLiteral("answer")),
                 QJsonValue(QStringLiteral("done")));
        const Run summary = runOn(db, {QStringLiteral("inspect"), QStringLiteral("summary"), QStringLiteral("--json")});
        QCOMPARE(summary.code, 0);
        const QJsonObject city =
            QJsonDocument::fromJson(summary.out.toUtf8()).object().value(QStringLiteral("city")).toObject();
        const QJsonObject answers = city.value(QStringLiteral("answers")).toObject();
        QCOMPARE(answers.value(QStringLiteral("done")).toInteger(), 1);
        QCOMPARE(answers.value(QStringLiteral("not_done")).toInteger(), 1);
        QCOMPARE(city.value(QStringLiteral("rate")).toDouble(), 0.5);
        QCOMPARE(city.value(QStringLiteral("asked")).toInteger(),
                 city.value(QStringLiteral("sections")).toInteger() * checklist.size());
        QCOMPARE(runOn(db, {QStringLiteral("verify-audit")}).code, 0);
    }

    void committeeReportFromTheCommandLine()
    {
        const QString db = dbPath(QStringLiteral("report.db"));
        QCOMPARE(runOn(db, {QStringLiteral("init")}).code, 0);
        QCOMPARE(runOn(db, {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("100")}).code, 0);
        const QString workbook = dbPath(QStringLiteral("committee.xlsx"));
        const Run whole = runOn(db, {QStringLiteral("report"), workbook});
        QCOMPARE(whole.code, 0);
        QVERIFY(QFile::exists(workbook));
        QCOMPARE(runOn(db, {QStringLiteral("report"), workbook, QStringLiteral("--scope"),
                            QStringLiteral("市長（市長部局）/総務部")})
                     .code,
                 0);
        QCOMPARE(
            runOn(db, {QStringLiteral("report"), workbook, QStringLiteral("--scope"), QStringLiteral("無い/部")}).code,
            2);
        QCOMPARE(runOn(db, {QStringLiteral("report")}).code, 2);
        QCOMPARE(
            runOn(db, {QStringLiteral("report"), workbook, QStringLiteral("--since"), QStringLiteral("2026-13-01")})
                .code,
            2);
        QCOMPARE(
            runOn(db, {QStringLiteral("report"), workbook, QStringLiteral("--since"), QStringLiteral("last")}).code, 0);
        QCOMPARE(
            runOn(db, {QStringLiteral("report"), workbook, QStringLiteral("--since"), QStringLiteral("2026-04-01")})
                .code,
            0);
        // Each report issued is recorded in the audit trail, which still verifies.
        QCOMPARE(runOn(db, {QStringLiteral("verify-audit")}).code, 0);
    }

    void migrateMovesARegisterWithItsAuditTrail()
    {
        const QString db = dbPath(QStringLiteral("move-me.db"));
        QCOMPARE(runOn(db, {QStringLiteral("init")}).code, 0);
        QCOMPARE(runOn(db, {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("25")}).code, 0);
        const QJsonObject before = stats(db);
        // On the test server when the suite runs against one (ctest -L postgres), else a new file.
        const QString target = test::TestBackend::newLocation(m_dir.path(), QStringLiteral("moved.db"));

        QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--from"), db}).code, 2); // no --to
        const Run moved =
            run({QStringLiteral("migrate"), QStringLiteral("--from"), db, QStringLiteral("--to"), target});
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        QVERIFY2(moved.out.contains(QStringLiteral("25")), qPrintable(moved.out));
        const QJsonObject after = stats(target);
        QCOMPARE(after.value(QStringLiteral("assets")), before.value(QStringLiteral("assets")));
        QCOMPARE(after.value(QStringLiteral("risks")), before.value(QStringLiteral("risks")));
        QCOMPARE(after.value(QStringLiteral("heatmap")), before.value(QStringLiteral("heatmap")));
        QCOMPARE(runOn(target, {QStringLiteral("verify-audit")}).code, 0);

        // A register is never overwritten: moving again into it is refused and changes nothing.
        const Run again =
            run({QStringLiteral("migrate"), QStringLiteral("--from"), db, QStringLiteral("--to"), target});
        QCOMPARE(again.code, 1);
        QCOMPARE(stats(target).value(QStringLiteral("assets")), before.value(QStringLiteral("assets")));
        test::TestBackend::drop(target);
    }

    void commandsOnAMissingRegisterFail()
    {
        const QString db = dbPath(QStringLiteral("missing.db"));
        for (const QString& command : {QStringLiteral("stats"), QStringLiteral("verify-audit")}) {
            const Run r = runOn(db, {command});
            QCOMPARE(r.code, 1);
            QVERIFY(r.err.contains(db));
            QVERIFY(!QFile::exists(db));
        }
    }

    void importAndExport()
    {
        const QString db = dbPath(QStringLiteral("exchange.db"));
        QCOMPARE(runOn(db, {QStringLiteral("init")}).code, 0);
        const QString ledger = QStringLiteral(DAICHO_TEST_DATA "/ledger/utf8_bom_lf.csv");

        const Run dry = runOn(db, {QStringLiteral("import"), ledger, QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 0);
        QCOMPARE(stats(db).value(QStringLiteral("assets")).toInt(), 0);

        const Run imported = runOn(db, {QStringLiteral("import"), ledger});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("4")), qPrintable(imported.out));
        QCOMPARE(stats(db).value(QStringLiteral("assets")).toInt(), 4);

        const Run rejected = runOn(
            db, {QStringLiteral("import"), QStringLiteral(DAICHO_TEST_DATA "/ledger/error_unknown_category.csv")});
        QCOMPARE(rejected.code, 1);
        const QStringList errorLines = rejected.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(errorLines.first().startsWith(QStringLiteral("line 5, column 分類: ")), qPrintable(rejected.err));
        QCOMPARE(stats(db).value(QStringLiteral("assets")).toInt(), 4);

        for (const char* name : {"out.csv", "out.xlsx"}) {
            const QString path = dbPath(QLatin1String(name));
            const Run exported = runOn(db, {QStringLiteral("export"), path});
            QCOMPARE(exported.code, 0);
            QVERIFY(QFileInfo(path).size() > 0);
        }
        const Run wrongType = runOn(db, {QStringLiteral("export"), dbPath(QStringLiteral("out.pdf"))});
        QCOMPARE(wrongType.code, 1);
        QVERIFY(!QFile::exists(dbPath(QStringLiteral("out.pdf"))));
        QCOMPARE(runOn(db, {QStringLiteral("verify-audit")}).code, 0);
    }

    void verifyAuditNamesATamperedAsset()
    {
        const QString db = dbPath(QStringLiteral("tamper.db"));
        QCOMPARE(runOn(db, {QStringLiteral("init")}).code, 0);
        QCOMPARE(runOn(db, {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("50")}).code, 0);
        const Run clean = runOn(db, {QStringLiteral("verify-audit")});
        QCOMPARE(clean.code, 0);
        QVERIFY(clean.err.isEmpty());

        QString code;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("UPDATE assets SET name = 'x' WHERE rowid = 1")));
            QVERIFY(q.exec(QStringLiteral("SELECT code FROM assets WHERE rowid = 1")) && q.next());
            code = q.value(0).toString();
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        const Run tampered = runOn(db, {QStringLiteral("verify-audit")});
        QCOMPARE(tampered.code, 1);
        QVERIFY2(tampered.out.contains(code), qPrintable(tampered.out));
        QVERIFY(!tampered.err.isEmpty());
    }

    void usersSignInAndAdministratorsManageThem()
    {
        const QString db = dbPath(QStringLiteral("users.db"));
        const auto withPassword = [](const char* variable, const char* value) { qputenv(variable, value); };
        withPassword("DAICHO_PASSWORD", "first-admin-passphrase");
        Run r = runOn(db, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                           QStringLiteral("--person"), QStringLiteral("能代　太郎")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // From now on the register is used signed in: exit 3 without a user or with a wrong password.
        r = runOn(db, {QStringLiteral("stats")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
        withPassword("DAICHO_PASSWORD", "wrong-passphrase!!");
        r = runOn(db, {QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("stats")});
        QCOMPARE(r.code, 3);

        withPassword("DAICHO_PASSWORD", "first-admin-passphrase");
        withPassword("DAICHO_NEW_PASSWORD", "clerk-passphrase-1");
        r = run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                 QStringLiteral("add"), QStringLiteral("clerk"), QStringLiteral("--person"),
                 QStringLiteral("能代　太郎")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                 QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
        QVERIFY(r.out.contains(QStringLiteral("clerk")));

        // The clerk signs in, but may not manage other users.
        withPassword("DAICHO_PASSWORD", "clerk-passphrase-1");
        r = run(
            {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("clerk"), QStringLiteral("stats")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("clerk"), QStringLiteral("user"),
                 QStringLiteral("disable"), QStringLiteral("admin")});
        QCOMPARE(r.code, 3);
        QVERIFY2(!r.err.isEmpty(), "a refusal says why");

        r = run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("clerk"),
                 QStringLiteral("verify-audit")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        qunsetenv("DAICHO_PASSWORD");
        qunsetenv("DAICHO_NEW_PASSWORD");
    }

    // Passwords and their hashes stay in the users table: never in the audit trail, an export, a
    // report or anything the CLI prints, whatever the command.
    void secretsNeverLeaveTheRegister()
    {
        const QString db = dbPath(QStringLiteral("secrets.db"));
        const QByteArray admin = "admin-secret-passphrase";
        const QByteArray clerk = "clerk-secret-passphrase";
        const QByteArray clerk2 = "clerk-second-passphrase";
        QString printed;
        const auto as = [&](const QString& user, const QByteArray& password, const QStringList& args) {
            qputenv("DAICHO_PASSWORD", password);
            const Run r = run(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + args);
            printed += r.out + r.err;
            return r;
        };
        qputenv("DAICHO_PASSWORD", admin);
        Run r = runOn(db, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                           QStringLiteral("--person"), QStringLiteral("能代　太郎")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        printed += r.out + r.err;
        qputenv("DAICHO_NEW_PASSWORD", clerk);
        r = as(QStringLiteral("admin"), admin,
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk"), QStringLiteral("--person"),
                QStringLiteral("能代　太郎")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        qputenv("DAICHO_NEW_PASSWORD", clerk2);
        r = as(QStringLiteral("admin"), admin,
               {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("clerk")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(as(QStringLiteral("clerk"), clerk, {QStringLiteral("stats")}).code, 3); // the old one, refused
        QVERIFY(as(QStringLiteral("admin"), admin,
                   {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("30")})
                    .code == 0);
        const QString csv = m_dir.filePath(QStringLiteral("secrets.csv"));
        const QString xlsx = m_dir.filePath(QStringLiteral("secrets.xlsx"));
        const QString report = m_dir.filePath(QStringLiteral("secrets-report.xlsx"));
        for (const QString& out : {csv, xlsx, report}) {
            const QString command = out == report ? QStringLiteral("report") : QStringLiteral("export");
            r = as(QStringLiteral("admin"), admin, {command, out});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        QCOMPARE(as(QStringLiteral("clerk"), clerk2, {QStringLiteral("stats")}).code, 0); // the new one
        QCOMPARE(as(QStringLiteral("admin"), admin, {QStringLiteral("verify-audit")}).code, 0);
        qunsetenv("DAICHO_PASSWORD");
        qunsetenv("DAICHO_NEW_PASSWORD");

        QStringList secrets{QString::fromLatin1(admin), QString::fromLatin1(clerk), QString::fromLatin1(clerk2)};
        QString trail;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("secrets"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(QStringLiteral("SELECT password_hash FROM users"), sql);
            while (q.next())
                secrets << q.value(0).toString();
            QSqlQuery events(QStringLiteral("SELECT * FROM audit_events"), sql);
            while (events.next())
                for (int i = 0; i < events.record().count(); ++i)
                    trail += events.value(i).toString() + QLatin1Char('\n');
        }
        QSqlDatabase::removeDatabase(QStringLiteral("secrets"));
        QCOMPARE(secrets.size(), 5);
        QVERIFY(trail.contains(QStringLiteral("password"))); // the change itself is recorded

        const auto cellsOf = [](const QString& path) {
            QString text;
            Result<std::unique_ptr<XlsxReader>> first = XlsxReader::open(path);
            if (!first)
                qFatal("%s", qPrintable(first.errorText()));
            for (const QString& sheet : first.value()->sheetNames()) {
                Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path, sheet);
                SourceRow row;
                while (reader && reader.value()->next(row))
                    text += row.cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
            }
            return text;
        };
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csvFile.readAll());
        const QString xlsxText = cellsOf(xlsx);
        const QString reportText = cellsOf(report);
        QVERIFY(xlsxText.contains(QStringLiteral("資産ID")) && reportText.size() > 100);
        for (const QString& secret : std::as_const(secrets)) {
            QVERIFY2(!trail.contains(secret), qPrintable(secret));
            QVERIFY2(!printed.contains(secret), qPrintable(secret));
            QVERIFY2(!csvText.contains(secret), qPrintable(secret));
            QVERIFY2(!xlsxText.contains(secret), qPrintable(secret));
            QVERIFY2(!reportText.contains(secret), qPrintable(secret));
        }
    }

    void aSectionHeadSeesAndChangesOnlyTheirSection()
    {
        // The scenario of issue 5: an administrator makes a section head, whose statistics
        // count their section only and whose import touching other sections is refused.
        const QString db = dbPath(QStringLiteral("scoped.db"));
        qputenv("DAICHO_PASSWORD", "first-admin-passphrase");
        const auto asAdmin = [&](const QStringList& args) {
            return run(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")} +
                       args);
        };
        QCOMPARE(runOn(db, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}).code, 0);
        Run r = asAdmin({QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("300"),
                         QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        qint64 inSection = 0;
        qint64 events = 0;
        QString path; // of the section holding the most assets, "body/部局/課室"
        {
            auto reg = Register::open(db).take();
            QVERIFY(reg->signIn(QStringLiteral("admin"), QStringLiteral("first-admin-passphrase")));
            QVERIFY(reg->people().createPerson(Person{0, QStringLiteral("総務　課長"), {}, {}, {}, 0, false, true}));
            const QHash<qint64, qint64> counts = reg->assets().countBySection().value();
            qint64 busiest = 0;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                if (it.value() > inSection) {
                    inSection = it.value();
                    busiest = it.key();
                }
            QHash<qint64, OrgUnit> units;
            for (const OrgUnit& u : reg->org().units().value())
                units.insert(u.id, u);
            for (qint64 id = busiest; id != 0; id = units.value(id).parentId)
                path.prepend(QLatin1Char('/') + units.value(id).name);
            path.remove(0, 1);
        }
        QVERIFY(inSection > 0);
        r = asAdmin({QStringLiteral("role"), QStringLiteral("assign"), QStringLiteral("--person"),
                     QStringLiteral("総務　課長"), QStringLiteral("--role"), QStringLiteral("security_manager"),
                     QStringLiteral("--unit"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        qputenv("DAICHO_NEW_PASSWORD", "kacho-passphrase-1");
        r = asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kacho"), QStringLiteral("--person"),
                     QStringLiteral("総務　課長")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString ledger = m_dir.filePath(QStringLiteral("whole.csv"));
        QCOMPARE(asAdmin({QStringLiteral("export"), ledger}).code, 0);
        {
            auto reg = Register::open(db).take();
            events = reg->audit().count().value();
        }

        qputenv("DAICHO_PASSWORD", "kacho-passphrase-1");
        const auto asKacho = [&](const QStringList& args) {
            return run(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("kacho")} +
                       args);
        };
        r = asKacho({QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("assets")).toInteger(),
                 inSection);
        r = asKacho({QStringLiteral("import"), ledger});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("kacho")), qPrintable(r.err.left(400)));
        r = asKacho({QStringLiteral("role"), QStringLiteral("assign"), QStringLiteral("--person"),
                     QStringLiteral("総務　課長"), QStringLiteral("--role"), QStringLiteral("ciso")});
        QCOMPARE(r.code, 3); // nobody promotes themselves
        {
            auto reg = Register::open(db).take();
            // Nothing changed but the sign-ins themselves.
            QCOMPARE(reg->audit().count().value(), events + 3);
        }
        qunsetenv("DAICHO_PASSWORD");
        qunsetenv("DAICHO_NEW_PASSWORD");
    }

    // backup FILE writes a checked owner-only copy and never overwrites; restore FILE puts a backup
    // whose audit trail verifies in the register's place, keeping the register as it was.
    void backupAndRestore()
    {
        const QString db = dbPath(QStringLiteral("backup.db"));
        const QString copy = dbPath(QStringLiteral("backup-copy.sqlite"));
        QCOMPARE(runOn(db, {QStringLiteral("init")}).code, 0);
        QCOMPARE(runOn(db, {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("20")}).code, 0);
        QCOMPARE(runOn(db, {QStringLiteral("backup")}).code, 2);
        QCOMPARE(runOn(db, {QStringLiteral("restore")}).code, 2);

        const Run backup = runOn(db, {QStringLiteral("backup"), copy});
        QVERIFY2(backup.code == 0, qPrintable(backup.err));
        QVERIFY2(backup.out.contains(QDir::toNativeSeparators(copy)), qPrintable(backup.out));
        QVERIFY(!(QFile::permissions(copy) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("backup-copy.sqlite*")}, QDir::Files),
                 QStringList{QStringLiteral("backup-copy.sqlite")}); // one self-contained file
        QCOMPARE(runOn(copy, {QStringLiteral("verify-audit")}).code, 0);
        QCOMPARE(stats(copy).value(QStringLiteral("assets")).toInt(), 20);
        const Run again = runOn(db, {QStringLiteral("backup"), copy});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));

        QCOMPARE(runOn(db, {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("5")}).code, 0);
        QCOMPARE(stats(db).value(QStringLiteral("assets")).toInt(), 25);
        const Run restored = runOn(db, {QStringLiteral("restore"), copy});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("backup-copy.sqlite*")}, QDir::Files),
                 QStringList{QStringLiteral("backup-copy.sqlite")});
        QCOMPARE(stats(db).value(QStringLiteral("assets")).toInt(), 20);
        const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("backup.before-restore-*")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QVERIFY2(restored.out.contains(kept.constFirst()), qPrintable(restored.out));
        QCOMPARE(stats(m_dir.filePath(kept.constFirst())).value(QStringLiteral("assets")).toInt(), 25);

        // A backup altered behind the application's back is refused, unless forced.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(copy);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE id = 2")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QCOMPARE(runOn(db, {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("1")}).code, 0);
        const Run tampered = runOn(db, {QStringLiteral("restore"), copy});
        QCOMPARE(tampered.code, 1);
        QVERIFY2(tampered.err.contains(QStringLiteral("--force")), qPrintable(tampered.err));
        QCOMPARE(stats(db).value(QStringLiteral("assets")).toInt(), 21);
        const Run forced = runOn(db, {QStringLiteral("restore"), copy, QStringLiteral("--force")});
        QVERIFY2(forced.code == 0, qPrintable(forced.err));
        QCOMPARE(stats(db).value(QStringLiteral("assets")).toInt(), 20);

        const QString notes = dbPath(QStringLiteral("notes.txt"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("just some notes, not a register\n").repeated(50));
        f.close();
        const Run foreign = runOn(db, {QStringLiteral("restore"), notes});
        QCOMPARE(foreign.code, 1);
        QVERIFY2(foreign.err.contains(QStringLiteral("not a Daicho register")), qPrintable(foreign.err));

        const Run shared = runOn(QStringLiteral("postgresql://daicho@127.0.0.1:1/city"),
                                 {QStringLiteral("backup"), dbPath(QStringLiteral("server.sqlite"))});
        QCOMPARE(shared.code, 1);
        QVERIFY2(shared.err.contains(QStringLiteral("pg_dump")), qPrintable(shared.err));
    }
};

QTEST_GUILESS_MAIN(TestCliApplication)
#include "tst_cliapplication.moc"
