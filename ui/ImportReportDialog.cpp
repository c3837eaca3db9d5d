#include "ImportReportDialog.h"

#include "exchange/ImportSummary.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

ImportReportDialog::ImportReportDialog(const QString& fileName, const ImportSummary& trial, QWidget* parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ImportReportDialog"));
    setWindowTitle(tr("Import Ledger"));
    m_heading->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);

    QStringList lines = trial.describe();
    if (!trial.issues.isEmpty()) {
        lines << QString() << tr("Problems (%n):", nullptr, static_cast<int>(trial.issues.size()));
        for (const ImportIssue& issue : trial.issues)
            lines << issue.toString();
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));

    if (trial.issues.isEmpty()) {
        m_heading->setText(
            tr("<b>%1</b> can be imported. Nothing has been written yet.").arg(fileName.toHtmlEscaped()));
        QPushButton* import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
        import->setObjectName(QStringLiteral("importAllButton"));
        connect(import, &QPushButton::clicked, this, [this] { m_choice = Choice::ImportAll; });
    } else {
        m_heading->setText(tr("<b>%1</b> has %n problem(s). Nothing has been written. Correct the file and "
                              "import it again, or import only the valid rows.",
                              nullptr, static_cast<int>(trial.issues.size()))
                               .arg(fileName.toHtmlEscaped()));
        QPushButton* valid = m_buttons->addButton(tr("Import &Valid Rows Only"), QDialogButtonBox::AcceptRole);
        valid->setObjectName(QStringLiteral("importValidButton"));
        valid->setEnabled(trial.created + trial.updated > 0);
        connect(valid, &QPushButton::clicked, this, [this] { m_choice = Choice::ImportValidOnly; });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);
    resize(760, 480);
}

} // namespace daicho
