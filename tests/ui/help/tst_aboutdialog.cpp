// Help → About Daicho: the version CMake gives the project, what Daicho is, the Qt it runs on and
// was built with, that it stays offline, and every library the executable links with its licence,
// its version at build time and where Debian keeps the full licence text.

#include "MainWindow.h"
#include "help/AboutDialog.h"
#include "help/BuildVersions.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextTable>
#include <QTimer>

using namespace daicho;

namespace {
// Each row of the tables in a document, its cells joined by " | ".
QStringList tableRows(QTextDocument* document)
{
    QStringList rows;
    for (QTextFrame* frame : document->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        for (int r = 0; r < table->rows(); ++r) {
            QStringList cells;
            for (int c = 0; c < table->columns(); ++c) {
                QTextCursor cursor = table->cellAt(r, c).firstCursorPosition();
                cursor.setPosition(table->cellAt(r, c).lastPosition(), QTextCursor::KeepAnchor);
                cells << cursor.selectedText().replace(QChar::LineSeparator, QLatin1Char(' '));
            }
            rows << cells.join(QStringLiteral(" | "));
        }
    }
    return rows;
}

QString rowNamed(const QStringList& rows, const QString& name)
{
    for (const QString& row : rows)
        if (row.startsWith(name + QLatin1Char(' ')))
            return row;
    return {};
}
} // namespace

class TestAboutDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("daicho-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_aboutdialog"));
        // As AppInfo::applyTo does: the version is CMake's project(VERSION).
        QCoreApplication::setApplicationVersion(QStringLiteral(DAICHO_VERSION));
        QSettings().clear();
    }

    void showsTheVersionFromCMake()
    {
        AboutDialog dialog;
        auto* title = dialog.findChild<QLabel*>(QStringLiteral("versionLabel"));
        QVERIFY(title);
        QVERIFY(QStringLiteral(DAICHO_VERSION).contains(QLatin1Char('.')));
        QVERIFY2(title->text().contains(QStringLiteral("Daicho ") + QStringLiteral(DAICHO_VERSION)),
                 qPrintable(title->text()));
    }

    void saysWhatDaichoIsWhichQtAndThatItStaysOffline()
    {
        AboutDialog dialog;
        auto* about = dialog.findChild<QTextBrowser*>(QStringLiteral("aboutText"));
        QVERIFY(about);
        const QString text = about->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("能代市情報セキュリティ対策に関する規程")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("情報資産管理台帳")));
        QVERIFY2(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Qt %1").arg(QStringLiteral(QT_VERSION_STR))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("never reaches the network")), qPrintable(text));
    }

    void theBuildKnewTheVersions()
    {
        QVERIFY2(QStringLiteral(DAICHO_BUILD_SQLITE_VERSION).startsWith(QStringLiteral("3.")),
                 DAICHO_BUILD_SQLITE_VERSION);
        // libxlsxwriter's pkg-config version is its soname ("4"); the release is in its header.
        QVERIFY2(QStringLiteral(DAICHO_BUILD_XLSXWRITER_VERSION).count(QLatin1Char('.')) >= 1,
                 DAICHO_BUILD_XLSXWRITER_VERSION);
        QVERIFY(!QStringLiteral(DAICHO_BUILD_SODIUM_VERSION).isEmpty());
        QVERIFY(!QStringLiteral(DAICHO_BUILD_QUAZIP_VERSION).isEmpty());
        QVERIFY(!QStringLiteral(DAICHO_BUILD_ZLIB_VERSION).isEmpty());
    }

    void listsEachLinkedLibrary_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("licence");
        QTest::addColumn<QString>("package");
        // What core/, core/exchange, core/sqlite, core/security and ui/ CMakeLists.txt link.
        QTest::newRow("Qt") << "Qt 6" << QT_VERSION_STR << "LGPL-3.0"
                            << "libqt6core6";
        // Qt Charts has no LGPL edition: its open-source licence is the GPL-3.0.
        QTest::newRow("Qt Charts") << "Qt Charts" << QT_VERSION_STR << "GPL-3.0 ("
                                   << "libqt6charts6";
        QTest::newRow("SQLite") << "SQLite" << DAICHO_BUILD_SQLITE_VERSION << "Public domain"
                                << "libsqlite3-0";
        QTest::newRow("libsodium") << "libsodium" << DAICHO_BUILD_SODIUM_VERSION << "ISC"
                                   << "libsodium23";
        QTest::newRow("libxlsxwriter") << "libxlsxwriter" << DAICHO_BUILD_XLSXWRITER_VERSION << "BSD-2-Clause"
                                       << "libxlsxwriter4";
        QTest::newRow("QuaZip") << "QuaZip" << DAICHO_BUILD_QUAZIP_VERSION
                                << "LGPL-2.1 or later, with a static linking exception"
                                << "libquazip1-qt6-1";
        QTest::newRow("zlib") << "zlib" << DAICHO_BUILD_ZLIB_VERSION << "zlib licence"
                              << "zlib1g";
        QTest::newRow("libpq") << "libpq"
                               << ""
                               << "PostgreSQL licence"
                               << "libpq5";
        QTest::newRow("Noto Sans CJK") << "Noto Sans CJK"
                                       << ""
                                       << "SIL Open Font License 1.1"
                                       << "fonts-noto-cjk";
        QTest::newRow("IPAGothic") << "IPAGothic"
                                   << ""
                                   << "IPA Font License 1.0"
                                   << "fonts-ipafont-gothic";
    }

    void listsEachLinkedLibrary()
    {
        QFETCH(QString, name);
        QFETCH(QString, version);
        QFETCH(QString, licence);
        QFETCH(QString, package);
        AboutDialog dialog;
        auto* licences = dialog.findChild<QTextBrowser*>(QStringLiteral("licencesText"));
        QVERIFY(licences);
        const QStringList rows = tableRows(licences->document());
        const QString row = rowNamed(rows, name);
        QVERIFY2(!row.isEmpty(), qPrintable(rows.join(QLatin1Char('\n'))));
        if (!version.isEmpty())
            QVERIFY2(row.startsWith(name + QLatin1Char(' ') + version), qPrintable(row));
        QVERIFY2(row.contains(licence), qPrintable(row));
        if (name == QLatin1String("Qt Charts"))
            QVERIFY2(!row.contains(QStringLiteral("LGPL-3.0")), qPrintable(row));
        const QString copyright = QStringLiteral("/usr/share/doc/%1/copyright").arg(package);
        QVERIFY2(row.contains(copyright), qPrintable(row));
        // The package names must be real ones: on Debian, where the project's packages are
        // installed, the licence text is where the dialog says.
        if (QFileInfo::exists(QStringLiteral("/etc/debian_version")))
            QVERIFY2(QFileInfo::exists(copyright), qPrintable(copyright));
    }

    void listsNothingElse()
    {
        // A library added to the link line must be added to the dialog and to this test.
        QStringList names;
        for (const AboutDialog::Component& c : AboutDialog::linkedLibraries() + AboutDialog::systemComponents())
            names << c.name;
        QCOMPARE(names, QStringList({QStringLiteral("Qt 6"), QStringLiteral("Qt Charts"), QStringLiteral("SQLite"),
                                     QStringLiteral("libsodium"), QStringLiteral("libxlsxwriter"),
                                     QStringLiteral("QuaZip"), QStringLiteral("zlib"), QStringLiteral("libpq"),
                                     QStringLiteral("Noto Sans CJK"), QStringLiteral("IPAGothic (IPAゴシック)")}));
    }

    void aboutQtOpensQtsOwnBox()
    {
        AboutDialog dialog;
        dialog.show();
        auto* aboutQt = dialog.findChild<QPushButton*>(QStringLiteral("aboutQtButton"));
        QVERIFY(aboutQt);
        QString seen;
        QTimer::singleShot(0, this, [&seen] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                seen = box->windowTitle();
                box->accept();
            }
        });
        aboutQt->click();
        QCOMPARE(seen, AboutDialog::tr("About Qt"));
    }

    void theHelpMenuOpensIt()
    {
        MainWindow window;
        auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        QString version;
        QTimer::singleShot(0, this, [&version] {
            if (auto* dialog = qobject_cast<AboutDialog*>(QApplication::activeModalWidget())) {
                version = dialog->findChild<QLabel*>(QStringLiteral("versionLabel"))->text();
                dialog->reject();
            }
        });
        about->trigger();
        QVERIFY2(version.contains(QStringLiteral(DAICHO_VERSION)), qPrintable(version));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
