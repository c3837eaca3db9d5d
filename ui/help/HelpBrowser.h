#pragma once

#include "common/Language.h"

#include <QUrl>
#include <QWidget>

class QAction;
class QListWidget;
class QTextBrowser;

namespace daicho {

// Help → User Guide (F1): the guide compiled into the program (resources/help/guide_<lang>.html),
// in the language of the user interface, with back, forward, home and a table of contents made
// from the guide's headings. It reads nothing from outside the program.
class HelpBrowser : public QWidget {
    Q_OBJECT

public:
    // Without a language, the guide follows the user interface's, also when that changes while
    // the window is open (the first-run wizard can change it).
    explicit HelpBrowser(QWidget* parent = nullptr);
    HelpBrowser(QWidget* parent, Language language);

    // qrc:/help/guide_ja.html or qrc:/help/guide_en.html.
    static QUrl guideUrl(Language language);
    // The owner's guide window, made on first use and raised afterwards (one per owner).
    static HelpBrowser* showFor(QWidget* owner);

    QTextBrowser* browser() const { return m_browser; }
    QUrl guide() const { return m_guide; }
    // Scrolls to a section of the guide by its anchor name, e.g. "shortcuts".
    void showSection(const QString& anchor);

protected:
    void changeEvent(QEvent* event) override;

private:
    HelpBrowser(QWidget* parent, Language language, bool followsUi);
    void load(const QUrl& guide);
    void retranslate();
    void fillContents();

    bool m_followsUi;
    QUrl m_guide;
    QTextBrowser* m_browser;
    QListWidget* m_contents;
    QAction* m_back;
    QAction* m_forward;
    QAction* m_home;
};

} // namespace daicho
