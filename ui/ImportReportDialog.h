#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace daicho {

struct ImportSummary;

// What a (trial) import found: the counts, what would be created, and every problem with its
// line and column, so a security office can fix its ledger before anything is written.
class ImportReportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { Cancel, ImportAll, ImportValidOnly };

    ImportReportDialog(const QString& fileName, const ImportSummary& trial, QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    QLabel* m_heading;
    QPlainTextEdit* m_details;
    QDialogButtonBox* m_buttons;
    Choice m_choice = Choice::Cancel;
};

} // namespace daicho
