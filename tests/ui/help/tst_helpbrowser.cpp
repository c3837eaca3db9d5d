// Help → User Guide: the guide compiled into the program, in the language of the user interface;
// every link in it leads to a section that exists, nothing in it points outside the program, its
// table of contents, back and home work, and the keys it names are the window's real shortcuts.

#include "MainWindow.h"
#include "common/Language.h"
#include "help/HelpBrowser.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace daicho;

namespace {
QString resourceText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList captures(const QString& text, const QString& pattern)
{
    QStringList found;
    QRegularExpressionMatchIterator it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(1);
    return found;
}

// What QTextBrowser can scroll to, and the links it shows, as the guide is actually parsed.
void documentAnchors(QTextDocument* document, QSet<QString>* names, QStringList* links)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            for (const QString& name : format.anchorNames())
                names->insert(name);
            if (!format.anchorHref().isEmpty())
                *links << format.anchorHref();
        }
}
} // namespace

class TestHelpBrowser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("daicho-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_helpbrowser"));
        QSettings().clear();
    }

    void cleanup() { LanguageSetting::setCurrent(Language::Japanese); }

    void theGuideIsInTheLanguageOfTheUserInterface_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("ja") << "ja"
                            << "/help/guide_ja.html"
                            << QStringList{QStringLiteral("情報資産"),
                                           QStringLiteral("機密性・完全性・可用性"),
                                           QStringLiteral("情報セキュリティ管理者"),
                                           QStringLiteral("情報セキュリティ責任者"),
                                           QStringLiteral("情報セキュリティ対策委員会"),
                                           QStringLiteral("通信経路区分"),
                                           QStringLiteral("マイナンバー利用事務系")};
        QTest::newRow("en") << "en"
                            << "/help/guide_en.html"
                            << QStringList{QStringLiteral("information assets"),
                                           QStringLiteral("Information Security Manager"),
                                           QStringLiteral("Network segment")};
    }

    void theGuideIsInTheLanguageOfTheUserInterface()
    {
        QFETCH(QString, code);
        QFETCH(QString, file);
        QFETCH(QStringList, terms);
        LanguageSetting::setCurrent(LanguageSetting::fromCode(code));
        HelpBrowser help;
        QCOMPARE(help.browser()->source(), QUrl(QStringLiteral("qrc:") + file));
        const QString text = help.browser()->toPlainText();
        QVERIFY2(text.size() > 3000, qPrintable(QString::number(text.size())));
        for (const QString& term : terms)
            QVERIFY2(text.contains(term), qPrintable(term));
        // The Japanese guide is Japanese, not the English one under another name, and vice versa.
        const bool kana = text.contains(QRegularExpression(QStringLiteral("[\\x{3041}-\\x{30FF}]{20}")));
        QCOMPARE(kana, code == QLatin1String("ja"));
    }

    void aLanguageWithoutAGuideGetsTheJapaneseOne()
    {
        QCOMPARE(HelpBrowser::guideUrl(Language::Japanese), QUrl(QStringLiteral("qrc:/help/guide_ja.html")));
        QCOMPARE(HelpBrowser::guideUrl(Language::English), QUrl(QStringLiteral("qrc:/help/guide_en.html")));
        HelpBrowser english(nullptr, Language::English);
        QCOMPARE(english.guide(), QUrl(QStringLiteral("qrc:/help/guide_en.html")));
    }

    void everyLinkLeadsToASectionThatExists_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("ja") << "ja";
        QTest::newRow("en") << "en";
    }

    void everyLinkLeadsToASectionThatExists()
    {
        QFETCH(QString, code);
        HelpBrowser help(nullptr, LanguageSetting::fromCode(code));
        const QString html = resourceText(QLatin1Char(':') + help.guide().path());
        QVERIFY(!html.isEmpty());

        // In the file: every href is an anchor of this page, and every anchor is named once.
        const QStringList hrefs = captures(html, QStringLiteral("href\\s*=\\s*\"([^\"]*)\""));
        QVERIFY2(hrefs.size() >= 16, qPrintable(QString::number(hrefs.size())));
        const QStringList named = captures(html, QStringLiteral("(?:name|id)\\s*=\\s*\"([^\"]*)\""));
        QCOMPARE(QSet<QString>(named.begin(), named.end()).size(), named.size());
        for (const QString& href : hrefs) {
            QVERIFY2(href.startsWith(QLatin1Char('#')), qPrintable(href));
            QVERIFY2(named.contains(href.mid(1)), qPrintable(href));
        }

        // As QTextBrowser reads it: each link it shows has an anchor it can scroll to.
        QSet<QString> anchors;
        QStringList links;
        documentAnchors(help.browser()->document(), &anchors, &links);
        QCOMPARE(links.size(), hrefs.size());
        for (const QString& link : links)
            QVERIFY2(anchors.contains(link.mid(1)), qPrintable(link));
    }

    void nothingPointsOutsideTheProgram_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ja") << ":/help/guide_ja.html";
        QTest::newRow("en") << ":/help/guide_en.html";
    }

    void nothingPointsOutsideTheProgram()
    {
        QFETCH(QString, file);
        const QString html = resourceText(file);
        QVERIFY(!html.isEmpty());
        for (const QString& remote :
             {QStringLiteral("http://"), QStringLiteral("https://"), QStringLiteral("ftp://"),
              QStringLiteral("file://"), QStringLiteral("url("), QStringLiteral("@import"), QStringLiteral("src=\"//")})
            QVERIFY2(!html.contains(remote, Qt::CaseInsensitive), qPrintable(remote));
        // Images, if any, come from the program's resources.
        for (const QString& source : captures(html, QStringLiteral("src\\s*=\\s*\"([^\"]*)\"")))
            QVERIFY2(source.startsWith(QLatin1String("qrc:")) || source.startsWith(QLatin1Char(':')) ||
                         !source.contains(QLatin1Char(':')),
                     qPrintable(source));
    }

    void contentsBackAndHome()
    {
        HelpBrowser help(nullptr, Language::Japanese);
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        auto* contents = help.findChild<QListWidget*>(QStringLiteral("helpContents"));
        QVERIFY(contents);
        const QString html = resourceText(QStringLiteral(":/help/guide_ja.html"));
        QCOMPARE(contents->count(), html.count(QStringLiteral("<h2>")));
        QCOMPARE(contents->item(0)->text(), QStringLiteral("1. 最初の起動"));

        QListWidgetItem* last = contents->item(contents->count() - 1);
        QTest::mouseClick(contents->viewport(), Qt::LeftButton, {}, contents->visualItemRect(last).center());
        QCOMPARE(help.browser()->source().fragment(), last->data(Qt::UserRole).toString());
        QScrollBar* scroll = help.browser()->verticalScrollBar();
        QTRY_VERIFY(scroll->value() > 0);

        auto* back = help.findChild<QAction*>(QStringLiteral("helpBackAction"));
        auto* home = help.findChild<QAction*>(QStringLiteral("helpHomeAction"));
        QVERIFY(back && home);
        QVERIFY(back->isEnabled());
        home->trigger();
        QVERIFY(help.browser()->source().fragment().isEmpty());
        QCOMPARE(scroll->value(), 0);
        back->trigger();
        QCOMPARE(help.browser()->source().fragment(), last->data(Qt::UserRole).toString());

        // A link in the text is followed within the guide.
        help.showSection(QStringLiteral("first-steps"));
        Q_EMIT help.browser()->anchorClicked(QUrl(QStringLiteral("#files")));
        QCOMPARE(help.browser()->source(), QUrl(QStringLiteral("qrc:/help/guide_ja.html#files")));
    }

    void f1OpensTheGuideOnce()
    {
        MainWindow window;
        auto* guide = window.findChild<QAction*>(QStringLiteral("userGuideAction"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
        guide->trigger();
        guide->trigger();
        const QList<HelpBrowser*> opened = window.findChildren<HelpBrowser*>();
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.constFirst()->isVisible());
        QCOMPARE(opened.constFirst()->guide(), HelpBrowser::guideUrl(LanguageSetting::current()));
    }

    void theKeysTheGuideNamesAreRealShortcuts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ja") << ":/help/guide_ja.html";
        QTest::newRow("en") << ":/help/guide_en.html";
    }

    void theKeysTheGuideNamesAreRealShortcuts()
    {
        QFETCH(QString, file);
        MainWindow window;
        HelpBrowser help(nullptr, Language::Japanese);
        QList<QKeySequence> real;
        for (QAction* action : window.findChildren<QAction*>() + help.findChildren<QAction*>())
            real += action->shortcuts();
        const QStringList keys = captures(resourceText(file), QStringLiteral("<kbd>([^<]*)</kbd>"));
        QVERIFY2(keys.size() >= 15, qPrintable(keys.join(QLatin1Char(' '))));
        for (const QString& key : keys) {
            const QKeySequence sequence = QKeySequence::fromString(key, QKeySequence::PortableText);
            QVERIFY2(!sequence.isEmpty(), qPrintable(key));
            QVERIFY2(real.contains(sequence), qPrintable(key));
        }
    }
};

QTEST_MAIN(TestHelpBrowser)
#include "tst_helpbrowser.moc"
