#pragma once

#include "common/Result.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace daicho {

class Register;
struct CommitteeReport;

// Report → Committee Report…: the report for the whole city or one body or 部局, saved as PDF or
// Excel, or printed after a preview — one layout for the PDF and the printer.
class CommitteeReportDialog : public QDialog {
    Q_OBJECT

public:
    explicit CommitteeReportDialog(Register& reg, QWidget* parent = nullptr);

    void setScope(qint64 unitId);
    qint64 scope() const;
    // Counts the report and writes it (.pdf or .xlsx by the file's suffix); the reason on failure.
    Status save(const QString& path);
    void printPreview();

Q_SIGNALS:
    void failed(const QString& message);

private:
    Result<CommitteeReport> build();
    void saveAs(const QString& filter, const QString& suffix);

    Register& m_reg;
    QComboBox* m_scope;
    QLabel* m_status;
};

} // namespace daicho
