#include "LedgerPage.h"

#include "WarningLabel.h"
#include "WelcomeWizard.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace daicho {

LedgerPage::LedgerPage(QWidget* parent)
    : QWizardPage(parent)
    , m_intro(new QLabel)
    , m_import(new QCheckBox)
    , m_path(new QLineEdit)
    , m_browse(new QPushButton)
    , m_summary(new QLabel)
    , m_error(new WarningLabel)
{
    setObjectName(QStringLiteral("ledgerPage"));
    m_import->setObjectName(QStringLiteral("importLedger"));
    m_path->setObjectName(QStringLiteral("ledgerPath"));
    m_browse->setObjectName(QStringLiteral("browseLedger"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_error->setObjectName(QStringLiteral("ledgerError"));
    m_error->hide();
    for (QLabel* label : {m_intro, m_summary})
        label->setWordWrap(true);
    m_path->setEnabled(false);
    m_browse->setEnabled(false);
    connect(m_import, &QCheckBox::toggled, m_path, &QLineEdit::setEnabled);
    connect(m_import, &QCheckBox::toggled, m_browse, &QPushButton::setEnabled);
    connect(m_import, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &LedgerPage::browse);
    setFinalPage(true);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_intro, 0, 0, 1, 2);
    layout->setRowMinimumHeight(1, 8);
    layout->addWidget(m_import, 2, 0, 1, 2);
    layout->addWidget(m_path, 3, 0);
    layout->addWidget(m_browse, 3, 1);
    layout->addWidget(m_error, 4, 0, 1, 2);
    layout->setRowMinimumHeight(5, 16);
    layout->addWidget(m_summary, 6, 0, 1, 2);
    layout->setRowStretch(7, 1);
    retranslate();
}

QString LedgerPage::ledgerPath() const
{
    return m_import->isChecked() ? QDir::fromNativeSeparators(m_path->text().trimmed()) : QString();
}

void LedgerPage::setRegisterPath(const QString& path)
{
    m_summary->setText(tr("Finish makes the register %1 and opens it. An imported ledger is checked first: "
                          "you see every problem with its line and column before anything is written.")
                           .arg(QDir::toNativeSeparators(path)));
}

void LedgerPage::initializePage()
{
    if (auto* wizard = qobject_cast<WelcomeWizard*>(this->wizard()))
        setRegisterPath(wizard->registerPath());
}

bool LedgerPage::isComplete() const
{
    return !m_import->isChecked() || !ledgerPath().isEmpty();
}

bool LedgerPage::validatePage()
{
    const QString path = ledgerPath();
    if (!path.isEmpty() && !QFileInfo(path).isFile()) {
        m_error->setText(tr("%1 is not a file that can be read.").arg(QDir::toNativeSeparators(path)));
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

void LedgerPage::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Existing Ledger"), m_path->text(),
                                                        tr("Ledgers (*.xlsx *.csv);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void LedgerPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void LedgerPage::retranslate()
{
    setTitle(tr("An Existing Ledger"));
    setSubTitle(tr("If the city keeps its register in Excel or CSV today, bring it in now; it can also be done "
                   "later with File → Import Ledger."));
    m_intro->setText(
        tr("Columns are matched by their Japanese or English headings (資産ID, 名称, 分類, 機密性, 完全性, "
           "可用性, …); sections and people named in the ledger are added to the register."));
    m_import->setText(tr("&Import this ledger into the new register:"));
    m_browse->setText(tr("&Browse…"));
    if (auto* wizard = qobject_cast<WelcomeWizard*>(this->wizard()))
        setRegisterPath(wizard->registerPath());
}

} // namespace daicho
