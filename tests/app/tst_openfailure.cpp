// A register that cannot be opened, in the window: a message box gives the reason, naming the
// file, and for a damaged register offers to restore it from a backup (File → Restore Register…
// needs an open register, which a damaged one never becomes).

#include "MainWindow.h"
#include "common/Translations.h"
#include "service/Register.h"
#include "service/TemplateService.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace daicho;

namespace {

// What the window showed: reads each message box as it comes, then closes it.
class BoxReader : public QObject {
public:
    BoxReader()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++boxes;
            name = box->objectName();
            text = box->text();
            offersRestore = box->findChild<QPushButton*>(QStringLiteral("restoreFromBackupButton")) != nullptr;
            box->button(QMessageBox::Close) ? box->button(QMessageBox::Close)->click() : box->reject();
        });
        m_timer.start(20);
    }
    int boxes = 0;
    QString name;
    QString text;
    bool offersRestore = false;

private:
    QTimer m_timer;
};

bool makeRegister(const QString& path)
{
    Result<std::unique_ptr<Register>> created = Register::create(path);
    return created && TemplateService(*created.value()).apply(TemplateService::noshiro());
}

bool runSql(const QString& path, const QString& sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

} // namespace

class TestOpenFailure : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Translations::install(*QCoreApplication::instance(), Language::English); }

    void reasonInAMessageBox_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("offersRestore");
        QTest::newRow("not a database") << QStringLiteral("text") << QStringLiteral("en")
                                        << QStringLiteral("not a database file") << true;
        QTest::newRow("a corrupted first page")
            << QStringLiteral("corrupted") << QStringLiteral("en") << QStringLiteral("is damaged") << true;
        QTest::newRow("zero length") << QStringLiteral("empty") << QStringLiteral("en") << QStringLiteral("empty file")
                                     << true;
        // A newer Daicho opens it: there is nothing to restore. In Japanese, the primary language.
        QTest::newRow("a newer schema") << QStringLiteral("newer") << QStringLiteral("ja")
                                        << QStringLiteral("新しいバージョンの Daicho") << false;
    }

    void reasonInAMessageBox()
    {
        QFETCH(QString, damage);
        QFETCH(QString, language);
        QFETCH(QString, reason);
        QFETCH(bool, offersRestore);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.sqlite"));
        if (damage == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("資産ID,資産名称\nA-1,サーバ\n").repeated(100));
        } else if (damage == QLatin1String("empty")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else {
            QVERIFY(makeRegister(path));
            if (damage == QLatin1String("corrupted")) {
                // The b-tree header of the first page, which holds the schema: unreadable at once.
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.seek(100));
                QCOMPARE(f.write(QByteArray(100, '\xA5')), 100);
            } else {
                QVERIFY(runSql(path, QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at)"
                                                    " VALUES (999, 'future', '2030-01-01T00:00:00Z')")));
            }
        }
        Translations::install(*QCoreApplication::instance(), LanguageSetting::fromCode(language));

        MainWindow window;
        window.show();
        BoxReader reader;
        window.openRegisterAt(path);
        QCOMPARE(reader.boxes, 1);
        QCOMPARE(reader.name, QStringLiteral("openFailure"));
        QVERIFY2(reader.text.contains(path), qPrintable(reader.text));
        QVERIFY2(reader.text.contains(reason), qPrintable(reader.text));
        QCOMPARE(reader.offersRestore, offersRestore);
        QVERIFY(!window.currentRegister());
    }
};

QTEST_MAIN(TestOpenFailure)
#include "tst_openfailure.moc"
