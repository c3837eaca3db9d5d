#include "ImportWizard.h"

#include "ImportCheckPage.h"
#include "ImportFilePage.h"
#include "ImportPreviewPage.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace daicho {

ImportWizard::ImportWizard(Register& reg, const QString& path, QWidget* parent)
    : QWizard(parent)
    , m_register(reg)
    , m_path(path)
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import Ledger"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(FilePage, new ImportFilePage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setStartId(path.isEmpty() ? FilePage : PreviewPage);
    resize(900, 640);
}

void ImportWizard::setPath(const QString& path)
{
    if (path != m_path)
        m_options.columns.clear(); // a mapping belongs to its file
    m_path = path;
}

Result<ImportSummary> ImportWizard::run(ImportOptions options)
{
    const QString name = QFileInfo(m_path).fileName();
    // The number of rows is known only at the end; the size gives a fair estimate.
    const qint64 estimate = std::max<qint64>(1, QFileInfo(m_path).size() / 200);
    QProgressDialog progress(options.dryRun ? tr("Checking %1…").arg(name) : tr("Importing %1…").arg(name),
                             tr("Cancel"), 0, static_cast<int>(std::min<qint64>(estimate, INT_MAX)), this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    options.progress = [&progress](qint64 rows) {
        progress.setValue(static_cast<int>(std::min<qint64>(rows, progress.maximum() - 1)));
        progress.setLabelText(tr("%L1 rows read…").arg(rows));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::BusyCursor);
    Result<ImportSummary> result = LedgerImporter(m_register).importFile(m_path, options);
    QApplication::restoreOverrideCursor();
    progress.reset();
    return result;
}

void ImportWizard::accept()
{
    ImportOptions options = m_options;
    options.dryRun = false;
    Result<ImportSummary> done = run(options);
    if (!done || done.value().rejected) {
        QMessageBox::warning(this, tr("Cannot import %1").arg(QFileInfo(m_path).fileName()),
                             done ? tr("The file changed since it was checked; nothing was imported.")
                                  : done.errorText());
        return; // the wizard stays open: the user may go back, or cancel
    }
    m_imported = done.value();
    QWizard::accept();
}

} // namespace daicho
