#include "TestBackend.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The real daicho-cli binary: translations, the default register and exit codes as a script sees them.
class TestDaichoCliProcess : public QObject {
    Q_OBJECT

    struct Run {
        int code;
        QString out;
        QString err;
    };

    Run cli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DAICHO_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            qFatal("daicho-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    // Two desks import the same ledger at the same moment while a third opens the year's review:
    // writers take turns, so the ledger's assets are there once, each with its audit event, and
    // the trail verifies. On the test server under ctest -L postgres, else on a file.
    void concurrentImportsKeepTheRegisterWhole()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("source.db"));
        const QString ledger = dir.filePath(QStringLiteral("ledger.csv"));
        QCOMPARE(cli({QStringLiteral("--db"), source, QStringLiteral("init")}).code, 0);
        QCOMPARE(cli({QStringLiteral("--db"), source, QStringLiteral("generate"), QStringLiteral("--assets"),
                      QStringLiteral("60")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), source, QStringLiteral("export"), ledger}).code, 0);
        const QString shared = daicho::test::TestBackend::newLocation(dir.path(), QStringLiteral("shared.db"));
        QCOMPARE(cli({QStringLiteral("--db"), shared, QStringLiteral("init")}).code, 0);

        const QList<QStringList> jobs{{QStringLiteral("--db"), shared, QStringLiteral("import"), ledger},
                                      {QStringLiteral("--db"), shared, QStringLiteral("import"), ledger},
                                      {QStringLiteral("--db"), shared, QStringLiteral("review"), QStringLiteral("open"),
                                       QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--due"),
                                       QStringLiteral("2027-01-31")}};
        std::vector<std::unique_ptr<QProcess>> running;
        for (const QStringList& args : jobs) {
            running.push_back(std::make_unique<QProcess>());
            running.back()->start(QStringLiteral(DAICHO_CLI_PATH), args);
        }
        for (auto& p : running) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }

        const Run stats = cli({QStringLiteral("--db"), shared, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.code, 0);
        QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("assets")).toInt(), 60);
        const Run verified = cli({QStringLiteral("--db"), shared, QStringLiteral("verify-audit")});
        QVERIFY2(verified.code == 0, qPrintable(verified.out + verified.err));
        daicho::test::TestBackend::drop(shared);
    }

    void defaultRegisterLivesInTheUserDataFolder()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        QCOMPARE(cli({QStringLiteral("init")}, env).code, 0);
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("data/Daicho/daicho/register.sqlite"))));
        const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--json")}, env);
        QCOMPARE(stats.code, 0);
        QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("org_units")).toInt(), 58);
    }

    void messagesAreJapaneseByDefaultAndEnglishOnRequest()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("none.db"));
        const Run ja = cli({QStringLiteral("--db"), db, QStringLiteral("stats")});
        QCOMPARE(ja.code, 1);
        QVERIFY2(ja.err.contains(QStringLiteral("存在しません")), qPrintable(ja.err));
        const Run en =
            cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("stats")});
        QCOMPARE(en.code, 1);
        QVERIFY2(en.err.contains(QStringLiteral("does not exist")), qPrintable(en.err));
    }

    // Only `report` loads the graphics libraries, offscreen unless told otherwise: no display needed.
    void aPdfReportWithoutADisplay()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("r.sqlite"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}, env).code, 0);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("--assets"),
                      QStringLiteral("50")},
                     env)
                     .code,
                 0);
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const Run report = cli({QStringLiteral("--db"), db, QStringLiteral("report"), pdf}, env);
        QVERIFY2(report.code == 0, qPrintable(report.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("report"), dir.filePath(QStringLiteral("r.doc"))}, env)
                     .code,
                 2);
    }

    void unknownCommandExitsTwo()
    {
        const Run r = cli({QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("nope")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void aFileThatIsNotARegisterIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.db"));
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'j'));
        junk.close();
        const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("stats")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(path));
        QCOMPARE(QFileInfo(path).size(), 4096);
    }
};

QTEST_GUILESS_MAIN(TestDaichoCliProcess)
#include "tst_daicho_cli_process.moc"
