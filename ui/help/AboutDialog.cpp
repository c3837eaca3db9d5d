#include "AboutDialog.h"

#include "common/AppInfo.h"
#include "help/BuildVersions.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace daicho {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_about(new QTextBrowser(this))
    , m_licences(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Daicho"));
    m_title->setObjectName(QStringLiteral("versionLabel"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setText(QStringLiteral("<h2>%1</h2><p>%2</p>")
                         .arg(tr("Daicho %1").arg(QApplication::applicationVersion()).toHtmlEscaped(),
                              tr("Register of information assets (情報資産管理台帳)").toHtmlEscaped()));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Nothing here links outside: the texts are read in place, and Daicho opens no browser.
    for (QTextBrowser* text : {m_about, m_licences}) {
        text->setOpenLinks(false);
        text->setFrameShape(QFrame::NoFrame);
    }
    m_about->setObjectName(QStringLiteral("aboutText"));
    m_about->setHtml(aboutHtml());
    m_licences->setObjectName(QStringLiteral("licencesText"));
    m_licences->setHtml(licencesHtml());
    m_tabs->setObjectName(QStringLiteral("aboutTabs"));
    m_tabs->addTab(m_about, tr("&About"));
    m_tabs->addTab(m_licences, tr("&Licences"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this, tr("About Qt")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(760, 600);
}

QList<AboutDialog::Component> AboutDialog::linkedLibraries()
{
    const auto version = [](const char* text) { return QString::fromLatin1(text); };
    return {
        {QStringLiteral("Qt 6"),
         tr("Application framework. Modules: Core, Gui, Widgets, Sql (with its SQLite and PostgreSQL drivers), "
            "PrintSupport; OpenGL and OpenGLWidgets, which Charts needs; Core5Compat, which QuaZip needs."),
         version(QT_VERSION_STR), tr("LGPL-3.0 (or GPL-2.0 / GPL-3.0)"), QStringLiteral("libqt6core6")},
        {QStringLiteral("Qt Charts"), tr("The dashboard's charts."), version(QT_VERSION_STR),
         tr("GPL-3.0 (the open-source edition of Qt Charts is offered under the GPL only, not the LGPL)"),
         QStringLiteral("libqt6charts6")},
        {QStringLiteral("SQLite"), tr("The register file and its search index."), version(DAICHO_BUILD_SQLITE_VERSION),
         tr("Public domain"), QStringLiteral("libsqlite3-0")},
        {QStringLiteral("libsodium"), tr("Password hashing (argon2id)."), version(DAICHO_BUILD_SODIUM_VERSION),
         QStringLiteral("ISC"), QStringLiteral("libsodium23")},
        {QStringLiteral("libxlsxwriter"), tr("Writing Excel workbooks (ledgers, reports, review evidence)."),
         version(DAICHO_BUILD_XLSXWRITER_VERSION), QStringLiteral("BSD-2-Clause"), QStringLiteral("libxlsxwriter4")},
        {QStringLiteral("QuaZip"), tr("Reading Excel workbooks (an .xlsx file is a zip archive)."),
         version(DAICHO_BUILD_QUAZIP_VERSION), tr("LGPL-2.1 or later, with a static linking exception"),
         QStringLiteral("libquazip1-qt6-1")},
        {QStringLiteral("zlib"),
         tr("Compression, used by QuaZip and by libxlsxwriter (through minizip, under the same "
            "licence)."),
         version(DAICHO_BUILD_ZLIB_VERSION), tr("zlib licence"), QStringLiteral("zlib1g")},
    };
}

QList<AboutDialog::Component> AboutDialog::systemComponents()
{
    return {
        {QStringLiteral("libpq"),
         tr("PostgreSQL's client library, loaded by Qt's PostgreSQL driver for a shared register only."), QString(),
         tr("PostgreSQL licence"), QStringLiteral("libpq5")},
        {QStringLiteral("Noto Sans CJK"), tr("Japanese text on screen, as the system's font settings choose it."),
         QString(), tr("SIL Open Font License 1.1"), QStringLiteral("fonts-noto-cjk")},
        {QStringLiteral("IPAGothic (IPAゴシック)"),
         tr("Embedded in committee report PDFs when installed (else Noto Sans CJK is)."), QString(),
         tr("IPA Font License 1.0"), QStringLiteral("fonts-ipafont-gothic")},
    };
}

QString AboutDialog::copyrightPath(const QString& debianPackage)
{
    return QStringLiteral("/usr/share/doc/%1/copyright").arg(debianPackage);
}

QString AboutDialog::aboutHtml() const
{
    const auto paragraph = [](const QString& text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); };
    QString html;
    html += paragraph(tr("Daicho keeps a city hall's register of information assets (情報資産管理台帳) under the "
                         "information-security regulation of Noshiro City (能代市情報セキュリティ対策に関する規程): "
                         "assets rated for 機密性, 完全性 and 可用性, their owners and the roles of Article 5, the "
                         "risks of Article 8, the yearly review (棚卸し) and self-inspection (自己点検), and reports "
                         "for the 情報セキュリティ対策委員会. Every change is written to an audit trail chained by "
                         "hashes."));
    html += paragraph(tr("Daicho never reaches the network: no update check, no web fonts, no telemetry, no help "
                         "pages online. Only a shared register connects, to the PostgreSQL server it is given."));
    html += paragraph(tr("Running on Qt %1; built with Qt %2.")
                          .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(QT_VERSION_STR)));
    html += paragraph(tr("Your own register: %1").arg(QDir::toNativeSeparators(AppInfo::defaultRegisterPath())));
    html += paragraph(tr("The user guide is under Help → User Guide (F1)."));
    return html;
}

QString AboutDialog::licencesHtml() const
{
    const auto table = [](const QList<Component>& components) {
        QString rows;
        bool shaded = false;
        for (const Component& c : components) {
            const QString name = c.version.isEmpty()
                                     ? c.name.toHtmlEscaped()
                                     : QStringLiteral("%1 %2").arg(c.name.toHtmlEscaped(), c.version.toHtmlEscaped());
            rows +=
                QStringLiteral("<tr%1><td width=\"55%\"><b>%2</b><br/>%3</td><td>%4<br/><small>%5</small></td></tr>")
                    .arg(shaded ? QStringLiteral(" bgcolor=\"#f0f3f7\"") : QString(), name, c.purpose.toHtmlEscaped(),
                         c.licence.toHtmlEscaped(), copyrightPath(c.debianPackage).toHtmlEscaped());
            shaded = !shaded;
        }
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"0\">%1</table>")
            .arg(rows);
    };
    QString html;
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Daicho is built from the following free software, at the versions shown (those found when "
                        "this copy was built). On Debian, the full licence text of each is installed with its "
                        "package, at the path given.")
                         .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Libraries").toHtmlEscaped()) + table(linkedLibraries());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("From the system").toHtmlEscaped()) + table(systemComponents());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The libraries these depend on in turn (for Qt, among others ICU, FreeType and HarfBuzz; "
                        "for QuaZip, bzip2) come with the system too, each with its licence text in the same place.")
                         .toHtmlEscaped());
    return html;
}

} // namespace daicho
