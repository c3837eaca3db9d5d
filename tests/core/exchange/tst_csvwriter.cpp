#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;

namespace {

using Rows = QList<QStringList>;

QString u(const char16_t* text)
{
    return QString::fromUtf16(text);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Writes the rows and finishes; the first failure is returned.
Status writeAll(const QString& path, CsvEncoding encoding, const Rows& rows)
{
    auto writer = CsvWriter::create(path, encoding);
    if (!writer)
        return Status(writer.problems());
    for (const QStringList& row : rows) {
        if (Status written = writer.value()->writeRow(row); !written)
            return written;
    }
    return writer.value()->finish();
}

Rows readBack(const QString& path, CsvEncoding encoding, QString* error)
{
    Rows rows;
    auto reader = CsvReader::open(path, encoding);
    if (!reader) {
        *error = reader.errorText();
        return rows;
    }
    SourceRow row;
    while (reader.value()->next(row))
        rows << row.cells;
    *error = reader.value()->error();
    return rows;
}

const QByteArray kBom("\xEF\xBB\xBF");

} // namespace

class TestCsvWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A fresh folder per test, so that a test can check nothing is left in it.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void quoting_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QByteArray>("line");

        QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QByteArray("a,b\r\n");
        QTest::newRow("inner space") << QStringList{QStringLiteral("a b")} << QByteArray("a b\r\n");
        QTest::newRow("comma") << QStringList{QStringLiteral("a,b"), QStringLiteral("c")}
                               << QByteArray("\"a,b\",c\r\n");
        QTest::newRow("quotes") << QStringList{QStringLiteral("say \"hi\"")} << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("only a quote") << QStringList{QStringLiteral("\"")} << QByteArray("\"\"\"\"\r\n");
        QTest::newRow("lf") << QStringList{QStringLiteral("1\n2")} << QByteArray("\"1\n2\"\r\n");
        QTest::newRow("cr") << QStringList{QStringLiteral("1\r2")} << QByteArray("\"1\r2\"\r\n");
        QTest::newRow("crlf") << QStringList{QStringLiteral("1\r\n2")} << QByteArray("\"1\r\n2\"\r\n");
        QTest::newRow("leading space") << QStringList{QStringLiteral(" a")} << QByteArray("\" a\"\r\n");
        QTest::newRow("trailing space") << QStringList{QStringLiteral("a ")} << QByteArray("\"a \"\r\n");
        QTest::newRow("leading tab") << QStringList{QStringLiteral("\ta")} << QByteArray("\"\ta\"\r\n");
        QTest::newRow("full-width space")
            << QStringList{u(u"\u3000全角")} << QByteArray("\"\xE3\x80\x80\xE5\x85\xA8\xE8\xA7\x92\"\r\n");
        QTest::newRow("japanese") << QStringList{u(u"資産ID"), u(u"①～髙")}
                                  << QByteArray("\xE8\xB3\x87\xE7\x94\xA3ID,\xE2\x91\xA0\xEF\xBD\x9E\xE9\xAB\x99\r\n");
        QTest::newRow("empty cells") << QStringList{QString(), QString(), QString()} << QByteArray(",,\r\n");
        QTest::newRow("one empty cell") << QStringList{QString()} << QByteArray("\r\n");
        QTest::newRow("no cells") << QStringList{} << QByteArray("\r\n");
        QTest::newRow("quote inside") << QStringList{QStringLiteral("12\" monitor")}
                                      << QByteArray("\"12\"\" monitor\"\r\n");
    }

    void quoting()
    {
        QFETCH(QStringList, cells);
        QFETCH(QByteArray, line);

        const QString path = m_dir->filePath(QStringLiteral("quoting.csv"));
        const Status written = writeAll(path, CsvEncoding::Utf8, {cells});
        QVERIFY2(written.ok(), qPrintable(written.errorText()));
        QCOMPARE(fileBytes(path), kBom + line);
    }

    void bomOnlyForUtf8()
    {
        const Rows rows{{QStringLiteral("id"), QStringLiteral("name")}};
        const QString utf8 = m_dir->filePath(QStringLiteral("utf8.csv"));
        const QString cp932 = m_dir->filePath(QStringLiteral("cp932.csv"));
        QVERIFY(writeAll(utf8, CsvEncoding::Utf8, rows).ok());
        QVERIFY(writeAll(cp932, CsvEncoding::Cp932, rows).ok());
        QCOMPARE(fileBytes(utf8), kBom + "id,name\r\n");
        QCOMPARE(fileBytes(cp932), QByteArray("id,name\r\n"));
    }

    void cp932Bytes()
    {
        const QString path = m_dir->filePath(QStringLiteral("cp932.csv"));
        const Status written =
            writeAll(path, CsvEncoding::Cp932, {{u(u"資産ID"), u(u"\u2460\uFF5E\u9AD9")}, {u(u"ｱ"), u(u"機密性３")}});
        QVERIFY2(written.ok(), qPrintable(written.errorText()));
        // 資産 8E91 8E59, ① 8740, ～ 8160, 髙 FBFC (as Windows writes it), ｱ B1, 機密性３ 8B40 96A7 90AB 8252.
        QCOMPARE(fileBytes(path).toHex(' '), QByteArray("8e 91 8e 59 49 44 2c 87 40 81 60 fb fc 0d 0a "
                                                        "b1 2c 8b 40 96 a7 90 ab 82 52 0d 0a"));
    }

    void unencodableCharacterFailsTheExport_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("character");
        QTest::addColumn<QString>("codePoint");

        // WAVE DASH: Shift_JIS has it at 8160, but CP932 maps 8160 to ～ (U+FF5E).
        QTest::newRow("wave dash") << u(u"波\u301Cダッシュ") << u(u"\u301C") << QStringLiteral("U+301C");
        QTest::newRow("emoji") << u(u"顔😀") << u(u"😀") << QStringLiteral("U+1F600");
        QTest::newRow("accent") << QStringLiteral("caf\u00e9") << QStringLiteral("\u00e9") << QStringLiteral("U+00E9");
    }

    void unencodableCharacterFailsTheExport()
    {
        QFETCH(QString, text);
        QFETCH(QString, character);
        QFETCH(QString, codePoint);

        const QString path = m_dir->filePath(QStringLiteral("bad.csv"));
        {
            auto writer = CsvWriter::create(path, CsvEncoding::Cp932);
            QVERIFY(writer.ok());
            CsvWriter& w = *writer.value();
            QVERIFY(w.writeRow({QStringLiteral("id"), QStringLiteral("name")}).ok());
            QVERIFY(w.writeRow({QStringLiteral("A-001"), QStringLiteral("ok")}).ok());

            const Status failed = w.writeRow({QStringLiteral("A-002"), text});
            QVERIFY(!failed.ok());
            QCOMPARE(failed.problems().size(), 1);
            const Problem& problem = failed.problems().constFirst();
            QCOMPARE(problem.row, 3); // the header is row 1
            QVERIFY2(problem.message.contains(text), qPrintable(problem.message));
            QVERIFY2(problem.message.contains(character), qPrintable(problem.message));
            QVERIFY2(problem.message.contains(codePoint), qPrintable(problem.message));

            // Sticky: later rows and finish() fail too, and nothing is written.
            QVERIFY(!w.writeRow({QStringLiteral("A-003"), QStringLiteral("ok")}).ok());
            QVERIFY(!w.finish().ok());
            QVERIFY(!QFile::exists(path));
        }
        // Not even the temporary file is left.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
    }

    void controlCharacterFails()
    {
        const QString path = m_dir->filePath(QStringLiteral("control.csv"));
        const Status written = writeAll(path, CsvEncoding::Utf8,
                                        {{QStringLiteral("id")},
                                         {QStringLiteral("a\x01"
                                                         "b")}});
        QVERIFY(!written.ok());
        QCOMPARE(written.problems().constFirst().row, 2);
        QVERIFY(written.errorText().contains(QStringLiteral("U+0001")));
        QVERIFY(!QFile::exists(path));
    }

    void loneSurrogateFailsInUtf8()
    {
        const QString path = m_dir->filePath(QStringLiteral("surrogate.csv"));
        const Status written = writeAll(path, CsvEncoding::Utf8, {{QStringLiteral("id")}, {QString(QChar(0xD800))}});
        QVERIFY(!written.ok());
        QCOMPARE(written.problems().constFirst().row, 2);
        QVERIFY(written.errorText().contains(QStringLiteral("U+D800")));
        QVERIFY(!QFile::exists(path));
    }

    void nothingAtThePathBeforeFinish()
    {
        const QString path = m_dir->filePath(QStringLiteral("late.csv"));
        auto writer = CsvWriter::create(path);
        QVERIFY(writer.ok());
        QCOMPARE(writer.value()->encoding(), CsvEncoding::Utf8);
        QVERIFY(writer.value()->writeRow({QStringLiteral("id")}).ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(writer.value()->finish().ok());
        QVERIFY(QFile::exists(path));
        QVERIFY(!writer.value()->writeRow({QStringLiteral("late")}).ok());
    }

    // The file being written and the file written are its owner's only (the register's contents
    // are 機密性2 at least), whatever the umask.
    void ownerOnlyWhileWritingAndAfter()
    {
        const QString path = m_dir->filePath(QStringLiteral("private.csv"));
        auto writer = CsvWriter::create(path);
        QVERIFY(writer.ok());
        QVERIFY(writer.value()->writeRow({QStringLiteral("id")}).ok());
        // QSaveFile's temporary beside the target; on Linux usually an unnamed one (O_TMPFILE),
        // which nobody can open before it is complete.
        const QStringList writing = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY(writing.size() <= 1);
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        for (const QString& name : writing)
            QCOMPARE(QFile::permissions(m_dir->filePath(name)) & others, QFileDevice::Permissions());
        QVERIFY(writer.value()->finish().ok());
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(path) & ownerOnly, ownerOnly);
    }

    void abandonedWriterLeavesNoFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("abandoned.csv"));
        {
            auto writer = CsvWriter::create(path);
            QVERIFY(writer.ok());
            QVERIFY(writer.value()->writeRow({QStringLiteral("id")}).ok());
        }
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
    }

    void createFailsInMissingFolder()
    {
        const auto writer = CsvWriter::create(m_dir->filePath(QStringLiteral("missing/out.csv")));
        QVERIFY(!writer.ok());
        QVERIFY(!writer.errorText().isEmpty());
    }

    void sameRowsSameBytes()
    {
        const Rows rows{{u(u"資産ID"), u(u"資産名称"), u(u"備考")},
                        {QStringLiteral("A-001"), u(u"台帳, 本庁"), QStringLiteral("\"x\"\n2")},
                        {QStringLiteral("A-002"), QString(), u(u"\u3000")}};
        for (CsvEncoding encoding : {CsvEncoding::Utf8, CsvEncoding::Cp932}) {
            const QString first = m_dir->filePath(QStringLiteral("first.csv"));
            const QString second = m_dir->filePath(QStringLiteral("second.csv"));
            QVERIFY(writeAll(first, encoding, rows).ok());
            QVERIFY(writeAll(second, encoding, rows).ok());
            QCOMPARE(fileBytes(first), fileBytes(second));
            QVERIFY(!fileBytes(first).isEmpty());
        }
    }

    void roundTrip_data()
    {
        QTest::addColumn<CsvEncoding>("encoding");
        QTest::addColumn<Rows>("rows");

        const Rows tricky{
            {u(u"資産ID"), u(u"資産名称"), u(u"備考")},
            {QStringLiteral("a,b"), QStringLiteral("\"quoted\""), QStringLiteral("say \"hi\", then go")},
            {QStringLiteral("line1\nline2"), QStringLiteral("cr\ronly"), QStringLiteral("crlf\r\ninside")},
            {QStringLiteral("\n"), QStringLiteral("\r"), QStringLiteral("\r\n")},
            {QStringLiteral(" lead"), QStringLiteral("trail "), QStringLiteral("  ")},
            {u(u"\u3000全角スペース\u3000"), QStringLiteral("\ttab\t"), QStringLiteral("12\" monitor")},
            {QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral(",")},
            {QString(), QString(), QString()},
            {QString()},
            {u(u"①～髙"), u(u"ﾊﾝｶｸ"), u(u"機密性３")},
            {QString(100000, QLatin1Char('x')) + QStringLiteral("\n,\"")},
            {QStringLiteral("last"), QString()},
        };
        QTest::newRow("utf-8") << CsvEncoding::Utf8 << (Rows(tricky) << QStringList{u(u"😀"), u(u"\u301C")});
        QTest::newRow("cp932") << CsvEncoding::Cp932 << tricky;
        QStringList wide;
        for (int i = 0; i < 300; ++i)
            wide << QStringLiteral("c%1").arg(i);
        QTest::newRow("wide") << CsvEncoding::Utf8 << Rows{wide, wide};
    }

    void roundTrip()
    {
        QFETCH(CsvEncoding, encoding);
        QFETCH(Rows, rows);

        const QString path = m_dir->filePath(QStringLiteral("roundtrip.csv"));
        const Status written = writeAll(path, encoding, rows);
        QVERIFY2(written.ok(), qPrintable(written.errorText()));
        for (CsvEncoding reading : {encoding, CsvEncoding::Auto}) {
            QString error;
            const Rows back = readBack(path, reading, &error);
            QCOMPARE(error, QString());
            QCOMPARE(back, rows);
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
