#include "ImportFilePage.h"

#include "ImportWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

ImportFilePage::ImportFilePage(QWidget* parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit)
{
    setTitle(tr("Choose a Ledger"));
    setSubTitle(tr("A CSV file (UTF-8 or Shift_JIS, as Excel writes them) or an Excel workbook (.xlsx). "
                   "You can also drop the file on the main window."));
    m_path->setObjectName(QStringLiteral("importPath"));
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::completeChanged);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&File:"));
    label->setBuddy(m_path);
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addStretch(1);
}

void ImportFilePage::initializePage()
{
    m_path->setText(static_cast<ImportWizard*>(wizard())->path());
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo file(m_path->text().trimmed());
    const QString suffix = file.suffix().toLower();
    return file.isFile() &&
           (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx") || suffix == QLatin1String("txt"));
}

bool ImportFilePage::validatePage()
{
    static_cast<ImportWizard*>(wizard())->setPath(m_path->text().trimmed());
    return true;
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Ledger"), QDir::homePath(),
                                                      tr("Ledgers (*.xlsx *.csv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

} // namespace daicho
