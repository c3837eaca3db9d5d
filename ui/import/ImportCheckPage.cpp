#include "ImportCheckPage.h"

#include "ImportWizard.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace daicho {

ImportCheckPage::ImportCheckPage(QWidget* parent)
    : QWizardPage(parent)
    , m_heading(new QLabel)
    , m_details(new QPlainTextEdit)
    , m_skipInvalid(new QCheckBox(tr("Import only the valid rows; leave out the rows listed")))
{
    setTitle(tr("Check Before Importing"));
    m_heading->setObjectName(QStringLiteral("importHeading"));
    m_heading->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalid"));
    connect(m_skipInvalid, &QCheckBox::toggled, this, [this](bool skip) {
        static_cast<ImportWizard*>(wizard())->setSkipInvalid(skip);
        Q_EMIT completeChanged();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_skipInvalid);
}

void ImportCheckPage::initializePage()
{
    auto* w = static_cast<ImportWizard*>(wizard());
    const QString name = QFileInfo(w->path()).fileName();
    m_trial.reset();
    m_skipInvalid->setChecked(false);
    m_skipInvalid->hide();
    ImportOptions options = w->options();
    options.dryRun = true;
    options.skipInvalid = false;
    Result<ImportSummary> trial = w->run(options);
    if (!trial) {
        m_heading->setText(tr("%1 could not be checked.").arg(name));
        m_details->setPlainText(trial.errorText());
        Q_EMIT completeChanged();
        return;
    }
    m_trial = trial.value();
    QStringList lines = m_trial->describe();
    if (!m_trial->issues.isEmpty()) {
        lines << QString() << tr("Problems (%n):", nullptr, static_cast<int>(m_trial->issues.size()));
        for (const ImportIssue& issue : m_trial->issues)
            lines << issue.toString();
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    if (m_trial->issues.isEmpty()) {
        m_heading->setText(tr("%1 can be imported. Nothing has been written yet.").arg(name));
    } else {
        m_heading->setText(tr("%1 has %n problem(s). Nothing has been written. Correct the file and check it "
                              "again, or import only the valid rows.",
                              nullptr, static_cast<int>(m_trial->issues.size()))
                               .arg(name));
        m_skipInvalid->setVisible(m_trial->created + m_trial->updated > 0);
    }
    Q_EMIT completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_trial && (m_trial->issues.isEmpty() || m_skipInvalid->isChecked());
}

} // namespace daicho
