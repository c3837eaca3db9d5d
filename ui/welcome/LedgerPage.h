#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace daicho {

// The last page: an existing ledger (Excel or CSV) to bring in, if the city has one — imported
// into the new register with the import wizard's preview and check once Finish has made it.
class LedgerPage : public QWizardPage {
    Q_OBJECT

public:
    explicit LedgerPage(QWidget* parent = nullptr);

    // Empty when no ledger is to be imported.
    QString ledgerPath() const;
    // Says where Finish will make the register.
    void setRegisterPath(const QString& path);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void browse();

    QLabel* m_intro;
    QCheckBox* m_import;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_summary;
    QLabel* m_error;
};

} // namespace daicho
