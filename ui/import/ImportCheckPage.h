#pragma once

#include "exchange/ImportSummary.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace daicho {

// The wizard's last page: the file checked against the register without writing anything,
// what the import would do and every problem with its line and column.
class ImportCheckPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportCheckPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    const std::optional<ImportSummary>& trial() const { return m_trial; }

private:
    QLabel* m_heading;
    QPlainTextEdit* m_details;
    QCheckBox* m_skipInvalid;
    std::optional<ImportSummary> m_trial;
};

} // namespace daicho
