#include "RegisterPlacePage.h"

#include "WarningLabel.h"
#include "common/AppInfo.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace daicho {

RegisterPlacePage::RegisterPlacePage(QWidget* parent)
    : QWizardPage(parent)
    , m_pathLabel(new QLabel)
    , m_path(new QLineEdit(QDir::toNativeSeparators(AppInfo::defaultRegisterPath())))
    , m_browse(new QPushButton)
    , m_treeLabel(new QLabel)
    , m_noshiro(new QRadioButton)
    , m_empty(new QRadioButton)
    , m_cityLabel(new QLabel)
    , m_city(new QLineEdit)
    , m_error(new WarningLabel)
{
    setObjectName(QStringLiteral("placePage"));
    m_path->setObjectName(QStringLiteral("registerPath"));
    m_browse->setObjectName(QStringLiteral("browseRegister"));
    m_noshiro->setObjectName(QStringLiteral("noshiroTree"));
    m_empty->setObjectName(QStringLiteral("emptyTree"));
    m_city->setObjectName(QStringLiteral("cityName"));
    m_error->setObjectName(QStringLiteral("placeError"));
    m_error->hide();
    m_noshiro->setChecked(true);
    m_city->setEnabled(false);
    m_pathLabel->setBuddy(m_path);
    m_cityLabel->setBuddy(m_city);
    connect(m_browse, &QPushButton::clicked, this, &RegisterPlacePage::browse);
    connect(m_empty, &QRadioButton::toggled, m_city, &QLineEdit::setEnabled);
    for (QLineEdit* edit : {m_path, m_city})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_empty, &QRadioButton::toggled, this, &QWizardPage::completeChanged);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_pathLabel, 0, 0, 1, 2);
    layout->addWidget(m_path, 1, 0);
    layout->addWidget(m_browse, 1, 1);
    layout->setRowMinimumHeight(2, 12);
    layout->addWidget(m_treeLabel, 3, 0, 1, 2);
    layout->addWidget(m_noshiro, 4, 0, 1, 2);
    layout->addWidget(m_empty, 5, 0, 1, 2);
    auto* city = new QHBoxLayout;
    city->setContentsMargins(24, 0, 0, 0);
    city->addWidget(m_cityLabel);
    city->addWidget(m_city, 1);
    layout->addLayout(city, 6, 0, 1, 2);
    layout->addWidget(m_error, 7, 0, 1, 2);
    layout->setRowStretch(8, 1);
    retranslate();
}

QString RegisterPlacePage::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool RegisterPlacePage::noshiroTree() const
{
    return m_noshiro->isChecked();
}

QString RegisterPlacePage::cityName() const
{
    return m_city->text().trimmed();
}

bool RegisterPlacePage::isComplete() const
{
    return !path().isEmpty() && (noshiroTree() || !cityName().isEmpty());
}

bool RegisterPlacePage::validatePage()
{
    // A register is never overwritten: its audit trail would go with it.
    if (QFileInfo::exists(path())) {
        m_error->setText(tr("%1 already exists, and a register is never overwritten. Choose another file, or go "
                            "back to open the existing one.")
                             .arg(QDir::toNativeSeparators(path())));
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

void RegisterPlacePage::browse()
{
    QString chosen = QFileDialog::getSaveFileName(this, tr("New Register"), path(), tr("Daicho registers (*.sqlite)"));
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QStringLiteral(".sqlite");
    m_path->setText(QDir::toNativeSeparators(chosen));
}

void RegisterPlacePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void RegisterPlacePage::retranslate()
{
    setTitle(tr("The New Register"));
    setSubTitle(tr("One file holds the whole register with its audit trail. Keep it where it is backed up and "
                   "only the security office can read it."));
    m_pathLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_treeLabel->setText(tr("Organisation:"));
    m_noshiro->setText(tr("The Noshiro City organisation (the nine bodies of 第3条の2 with their departments "
                          "and sections)"));
    m_empty->setText(tr("An empty tree: I add the bodies, departments and sections myself"));
    m_cityLabel->setText(tr("&City:"));
    m_city->setPlaceholderText(tr("e.g. 能代市"));
}

} // namespace daicho
