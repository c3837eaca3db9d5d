#pragma once

#include <QWizardPage>

class QLineEdit;

namespace daicho {

// The wizard's first page: which ledger to import.
class ImportFilePage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportFilePage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    QLineEdit* m_path;
};

} // namespace daicho
