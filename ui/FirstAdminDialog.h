#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace daicho {

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
    QLineEdit* m_name;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_error;
};

} // namespace daicho
