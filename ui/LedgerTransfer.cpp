#include "LedgerTransfer.h"

#include "ImportReportDialog.h"
#include "exchange/LedgerExporter.h"
#include "exchange/LedgerImporter.h"
#include "service/Register.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QWidget>

namespace daicho {

namespace {
// Long imports block the window for a few seconds; say so with the cursor.
class BusyCursor {
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
};
} // namespace

LedgerTransfer::LedgerTransfer(Register& reg, QWidget* parent)
    : QObject(parent)
    , m_register(reg)
{
}

QWidget* LedgerTransfer::window() const
{
    return qobject_cast<QWidget*>(parent());
}

void LedgerTransfer::importLedger()
{
    const QString path = QFileDialog::getOpenFileName(window(), tr("Import Ledger"), QDir::homePath(),
                                                      tr("Ledgers (*.xlsx *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool LedgerTransfer::importFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    ImportOptions options;
    options.dryRun = true;
    Result<ImportSummary> trial = [&] {
        BusyCursor busy;
        return LedgerImporter(m_register).importFile(path, options);
    }();
    if (!trial) {
        QMessageBox::warning(window(), tr("Cannot import %1").arg(name), trial.errorText());
        return false;
    }

    ImportReportDialog report(name, trial.value(), window());
    if (report.exec() != QDialog::Accepted || report.choice() == ImportReportDialog::Choice::Cancel)
        return false;
    options.dryRun = false;
    options.skipInvalid = report.choice() == ImportReportDialog::Choice::ImportValidOnly;
    Result<ImportSummary> done = [&] {
        BusyCursor busy;
        return LedgerImporter(m_register).importFile(path, options);
    }();
    if (!done || done.value().rejected) {
        QMessageBox::warning(window(), tr("Cannot import %1").arg(name),
                             done ? tr("The file changed since it was checked; nothing was imported.")
                                  : done.errorText());
        return false;
    }
    Q_EMIT registerChanged();
    QMessageBox::information(window(), tr("Import Ledger"), done.value().describe().join(QLatin1Char('\n')));
    return true;
}

void LedgerTransfer::exportLedger()
{
    const QString city = m_register.setting(QStringLiteral("city_name")).value();
    // The file name carries the classification too, as the register is at least 機密性2 material.
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1情報資産管理台帳【%2】.xlsx").arg(city, LedgerExporter::defaultBanner()));
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        window(), tr("Export Ledger"), suggested, tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), &selectedFilter);
    if (!path.isEmpty())
        exportFile(path);
}

bool LedgerTransfer::exportFile(const QString& path)
{
    Result<qint64> written = [&] {
        BusyCursor busy;
        return LedgerExporter(m_register).exportFile(path);
    }();
    if (!written) {
        QMessageBox::warning(window(), tr("Cannot export the ledger"), written.errorText());
        return false;
    }
    QMessageBox::information(
        window(), tr("Export Ledger"),
        tr("Wrote %n asset(s) to %1.", nullptr, static_cast<int>(written.value())).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace daicho
