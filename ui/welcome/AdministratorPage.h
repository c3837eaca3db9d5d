#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace daicho {

class AdministratorForm;

// The security office's first account (情報セキュリティ担当部署): from then on the register is
// used signed in, and the audit trail names who made each change. May be left out, for a
// register used without accounts.
class AdministratorPage : public QWizardPage {
    Q_OBJECT

public:
    explicit AdministratorPage(QWidget* parent = nullptr);

    bool withoutAccounts() const;
    AdministratorForm* form() const { return m_form; }

    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_intro;
    AdministratorForm* m_form;
    QCheckBox* m_without;
    QLabel* m_error;
};

} // namespace daicho
