#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QTabWidget;
class QTextBrowser;

namespace daicho {

// Help → About Daicho: the version, what Daicho is, the Qt it runs on, that it stays offline,
// and the free software it is built from with each licence and where its full text lives.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    // One piece of software Daicho uses, as the licences tab lists it.
    struct Component {
        QString name;
        QString purpose;
        QString version; // as found when Daicho was built; empty when the build could not tell
        QString licence;
        QString debianPackage; // whose /usr/share/doc/<package>/copyright holds the full text
    };

    explicit AboutDialog(QWidget* parent = nullptr);

    // The libraries the daicho executable links (see core/ and ui/ CMakeLists.txt).
    static QList<Component> linkedLibraries();
    // Loaded at run time from the system, never linked: the PostgreSQL client and the fonts.
    static QList<Component> systemComponents();
    static QString copyrightPath(const QString& debianPackage);

private:
    QString aboutHtml() const;
    QString licencesHtml() const;

    QLabel* m_title;
    QTabWidget* m_tabs;
    QTextBrowser* m_about;
    QTextBrowser* m_licences;
};

} // namespace daicho
