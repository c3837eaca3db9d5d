#pragma once

#include <QDialog>

class QLabel;

namespace daicho {

class AdministratorForm;
class Register;

// Asked of a new register: its first administrator (the security office), who then signs in.
// Skipping leaves a register without users, used by whoever opens the file.
class FirstAdminDialog : public QDialog {
    Q_OBJECT

public:
    explicit FirstAdminDialog(Register& reg, QWidget* parent = nullptr);

    void accept() override;

private:
    Register& m_register;
    AdministratorForm* m_form;
    QLabel* m_error;
};

} // namespace daicho
