#include "LedgerTransfer.h"

#include "exchange/LedgerExporter.h"
#include "import/ImportWizard.h"
#include "service/Register.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProgressDialog>
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
    importFile(QString());
}

bool LedgerTransfer::importFile(const QString& path)
{
    ImportWizard wizard(m_register, path, window());
    if (wizard.exec() != QDialog::Accepted || !wizard.imported())
        return false;
    Q_EMIT registerChanged();
    QMessageBox::information(window(), tr("Import Ledger"), wizard.imported()->describe().join(QLatin1Char('\n')));
    return true;
}

void LedgerTransfer::exportLedger()
{
    const QString city = m_register.setting(QStringLiteral("city_name")).valueOr(QString());
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
    const qint64 total = m_register.assets().count().valueOr(0);
    QProgressDialog progress(tr("Exporting %L1 assets…").arg(total), tr("Cancel"), 0,
                             static_cast<int>(std::min<qint64>(std::max<qint64>(total, 1), INT_MAX)), window());
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    ExportOptions options;
    options.progress = [&progress, total](qint64 written) {
        // A workbook is asked once more with every asset written, while its package is packed.
        if (written >= total && total > 0)
            progress.setLabelText(tr("Packing the workbook…"));
        progress.setValue(static_cast<int>(std::min<qint64>(written, progress.maximum() - 1)));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    Result<qint64> written = [&] {
        BusyCursor busy;
        return LedgerExporter(m_register).exportFile(path, options);
    }();
    progress.reset();
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
