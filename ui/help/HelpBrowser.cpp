#include "HelpBrowser.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QListWidget>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace daicho {

HelpBrowser::HelpBrowser(QWidget* parent)
    : HelpBrowser(parent, LanguageSetting::current(), true)
{
}

HelpBrowser::HelpBrowser(QWidget* parent, Language language)
    : HelpBrowser(parent, language, false)
{
}

HelpBrowser::HelpBrowser(QWidget* parent, Language language, bool followsUi)
    : QWidget(parent, Qt::Window)
    , m_followsUi(followsUi)
    , m_browser(new QTextBrowser(this))
    , m_contents(new QListWidget(this))
{
    setObjectName(QStringLiteral("HelpBrowser"));
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_contents->setObjectName(QStringLiteral("helpContents"));

    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("helpToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back = bar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), QString(), m_browser, &QTextBrowser::backward);
    m_back->setObjectName(QStringLiteral("helpBackAction"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    m_forward =
        bar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), QString(), m_browser, &QTextBrowser::forward);
    m_forward->setObjectName(QStringLiteral("helpForwardAction"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    m_home = bar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), QString(), this,
                            [this] { m_browser->setSource(m_guide); });
    m_home->setObjectName(QStringLiteral("helpHomeAction"));
    m_home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    auto* close = new QAction(this);
    close->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Close});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);

    // Only the guide's own pages and anchors are followed: it runs offline, and a link to
    // anywhere else would lead nowhere (the guides have none; tst_helpbrowser checks).
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& link) {
        const QUrl target = m_browser->source().resolved(link);
        if (target.scheme() == QLatin1String("qrc"))
            m_browser->setSource(target);
    });
    // The section shown is the one marked in the table of contents.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl& source) {
        for (int i = 0; i < m_contents->count(); ++i)
            if (m_contents->item(i)->data(Qt::UserRole).toString() == source.fragment()) {
                m_contents->setCurrentRow(i);
                return;
            }
        m_contents->setCurrentRow(-1);
    });
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { showSection(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { showSection(item->data(Qt::UserRole).toString()); });

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 740});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);

    retranslate();
    load(guideUrl(language));
    resize(1000, 720);
}

QUrl HelpBrowser::guideUrl(Language language)
{
    const QString name = QStringLiteral("/help/guide_%1.html").arg(LanguageSetting::code(language));
    // Japanese is the primary language: its guide is shown when another one is missing.
    return QUrl(QFile::exists(QLatin1Char(':') + name) ? QStringLiteral("qrc:") + name
                                                       : QStringLiteral("qrc:/help/guide_ja.html"));
}

HelpBrowser* HelpBrowser::showFor(QWidget* owner)
{
    HelpBrowser* help = owner ? owner->findChild<HelpBrowser*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!help) {
        help = new HelpBrowser(owner);
        help->setAttribute(Qt::WA_DeleteOnClose);
    }
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

void HelpBrowser::showSection(const QString& anchor)
{
    QUrl target = m_guide;
    target.setFragment(anchor);
    m_browser->setSource(target);
}

void HelpBrowser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_followsUi && guideUrl(LanguageSetting::current()) != m_guide)
            load(guideUrl(LanguageSetting::current()));
    }
    QWidget::changeEvent(event);
}

void HelpBrowser::load(const QUrl& guide)
{
    m_guide = guide;
    m_browser->clearHistory();
    m_browser->setSource(m_guide);
    fillContents();
}

void HelpBrowser::retranslate()
{
    setWindowTitle(tr("Daicho User Guide"));
    m_back->setText(tr("Back"));
    m_forward->setText(tr("Forward"));
    m_home->setText(tr("Contents"));
}

void HelpBrowser::fillContents()
{
    // The headings of the guide's sections (<h2> with a named anchor) make the table of contents.
    m_contents->clear();
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QStringList names = fragment.fragment().charFormat().anchorNames();
            if (names.isEmpty())
                continue;
            auto* item = new QListWidgetItem(block.text().trimmed(), m_contents);
            item->setData(Qt::UserRole, names.constFirst());
            break;
        }
    }
}

} // namespace daicho
