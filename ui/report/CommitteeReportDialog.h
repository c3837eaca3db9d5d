#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
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
    // The changes listed: since the previous report for the scope (no day), or since a day.
    void setSince(const std::optional<QDate>& day);
    std::optional<QDate> since() const;
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
    QCheckBox* m_sinceLast;
    QDateEdit* m_since;
    QLabel* m_status;
};

} // namespace daicho
