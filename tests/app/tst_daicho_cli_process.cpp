#include "TestBackend.h"
#include "Unwritable.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
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

    // In English, whatever the environment asks: the reasons are checked by their words.
    Run cliEn(const QString& db, const QStringList& args)
    {
        return cli(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db} + args);
    }

    // A register of a few megabytes, written by daicho-cli itself.
    void makeRegister(const QString& path, int assets)
    {
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("init")}).code, 0);
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("generate"), QStringLiteral("--assets"),
                      QString::number(assets)})
                     .code,
                 0);
    }

    // A connection of the test's own to a register file, as another program would have it open.
    class OtherProgram {
    public:
        explicit OtherProgram(const QString& path)
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            m_open = db.open();
        }
        ~OtherProgram()
        {
            QSqlDatabase::database(QStringLiteral("other"), false).close();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        }
        bool isOpen() const { return m_open; }
        QVariant exec(const QString& sql)
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("other"), false));
            if (!q.exec(sql))
                return {};
            return q.next() ? q.value(0) : QVariant(true);
        }

    private:
        bool m_open = false;
    };

    // Overwrites a page in the middle of the assets' own pages.
    static bool corruptAssetsPage(const QString& path)
    {
        qint64 page = 0;
        qint64 size = 0;
        {
            OtherProgram other(path);
            page = other
                       .exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'assets' AND pagetype = 'leaf' "
                                            "ORDER BY pageno LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM dbstat "
                                            "WHERE name = 'assets' AND pagetype = 'leaf')"))
                       .toLongLong();
            size = other.exec(QStringLiteral("PRAGMA page_size")).toLongLong();
        }
        QFile f(path);
        return page > 1 && size > 0 && f.open(QIODevice::ReadWrite) && f.seek((page - 1) * size) &&
               f.write(QByteArray(int(size), '\xA5')) == size;
    }

private Q_SLOTS:
    // Each way a register file can be unusable ends daicho-cli with status 1 and the reason on
    // stderr, naming the file; nothing is written (an export leaves no file).
    void aDamagedRegisterFailsWithTheReason_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("reason");
        const QStringList stats{QStringLiteral("stats")};
        QTest::newRow("truncated") << QStringLiteral("truncated") << stats << QStringLiteral("is damaged");
        QTest::newRow("a corrupted page, exported")
            << QStringLiteral("corrupted") << QStringList{QStringLiteral("export"), QStringLiteral("OUT")}
            << QStringLiteral("is damaged");
        QTest::newRow("a corrupted page, verified")
            << QStringLiteral("corrupted") << QStringList{QStringLiteral("verify-audit")}
            << QStringLiteral("is damaged");
        QTest::newRow("zero length") << QStringLiteral("empty") << stats << QStringLiteral("empty file");
        QTest::newRow("a text file") << QStringLiteral("text") << stats << QStringLiteral("not a database file");
        QTest::newRow("a PNG image") << QStringLiteral("png") << stats << QStringLiteral("not a database file");
        QTest::newRow("a read-only folder") << QStringLiteral("folder") << stats << QStringLiteral("folder");
        QTest::newRow("a newer schema") << QStringLiteral("newer") << stats << QStringLiteral("newer version");
    }

    void aDamagedRegisterFailsWithTheReason()
    {
        QFETCH(QString, damage);
        QFETCH(QStringList, command);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QTemporaryDir registerDir; // its own, for the read-only folder
        const QString db = registerDir.filePath(QStringLiteral("register.sqlite"));
        const QString out = dir.filePath(QStringLiteral("ledger.csv"));
        command.replaceInStrings(QStringLiteral("OUT"), out);
        const auto write = [&](const QByteArray& bytes) {
            QFile f(db);
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        std::unique_ptr<daicho::test::Unwritable> readOnly;
        if (damage == QLatin1String("truncated")) {
            makeRegister(db, 300);
            QFile f(db);
            QVERIFY(f.resize(f.size() / 2 + 1000));
        } else if (damage == QLatin1String("corrupted")) {
            makeRegister(db, 2000);
            QVERIFY(corruptAssetsPage(db));
        } else if (damage == QLatin1String("empty")) {
            QVERIFY(write(QByteArray()));
        } else if (damage == QLatin1String("text")) {
            QVERIFY(write(QByteArray("Minutes of the committee\n").repeated(300)));
        } else if (damage == QLatin1String("png")) {
            QVERIFY(write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(4096, 'P')));
        } else if (damage == QLatin1String("folder")) {
            QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
            readOnly = std::make_unique<daicho::test::Unwritable>(registerDir.path());
            if (!readOnly->whyNot().isEmpty())
                QSKIP(qPrintable(readOnly->whyNot()));
        } else if (damage == QLatin1String("newer")) {
            QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
            OtherProgram other(db);
            QVERIFY(other
                        .exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                             "VALUES (999, 'future', '2030-01-01T00:00:00Z')"))
                        .isValid());
        }

        const Run r = cliEn(db, command);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(db), qPrintable(r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(out), "a half-written export was left behind");
    }

    // Another program holding the write lock: the import waits (the busy timeout), then fails
    // with the reason instead of hanging; the register is as it was.
    void aLockedRegisterFailsAfterWaiting()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("register.sqlite"));
        const QString ledger = dir.filePath(QStringLiteral("ledger.csv"));
        makeRegister(db, 20);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), ledger}).code, 0);
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), other, QStringLiteral("init")}).code, 0);
        {
            OtherProgram holder(other);
            QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")).isValid());
            const Run r = cliEn(other, {QStringLiteral("import"), ledger});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("in use by another program")), qPrintable(r.err));
            QVERIFY2(r.err.contains(other), qPrintable(r.err));
            holder.exec(QStringLiteral("ROLLBACK"));
        }
        const Run stats = cli({QStringLiteral("--db"), other, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("assets")).toInt(), 0);
    }

    // A register that cannot be written can be read (a copy on a read-only share), not changed.
    void aReadOnlyRegisterIsReadButNotChanged()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("register.sqlite"));
        const QString ledger = dir.filePath(QStringLiteral("ledger.csv"));
        makeRegister(db, 20);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), ledger}).code, 0);
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), fresh, QStringLiteral("init")}).code, 0);
        daicho::test::Unwritable readOnly(fresh);
        if (!readOnly.whyNot().isEmpty())
            QSKIP(qPrintable(readOnly.whyNot()));
        QCOMPARE(cliEn(fresh, {QStringLiteral("stats")}).code, 0);
        const Run r = cliEn(fresh, {QStringLiteral("import"), ledger});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
        QVERIFY2(r.err.contains(fresh), qPrintable(r.err));
    }

    // The messages send the user to a backup: restoring works on a register that no longer opens.
    void restoreReplacesADamagedRegister()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("register.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        makeRegister(db, 100);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), backup}).code, 0);
        {
            QFile f(db);
            QVERIFY(f.resize(f.size() / 2));
        }
        QCOMPARE(cliEn(db, {QStringLiteral("stats")}).code, 1);
        const Run restored = cliEn(db, {QStringLiteral("restore"), backup});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        const Run stats = cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.code, 0);
        QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("assets")).toInt(), 100);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("register.damaged-*")}, QDir::Files).size(), 1);
    }

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
