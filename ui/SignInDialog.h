#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace daicho {

class Register;

// Signs in to a register that has users. The dialog stays open on a wrong password (saying
// so, after the service's pause); the last login is remembered, never the password.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    SignInDialog(Register& reg, const QString& registerName, QWidget* parent = nullptr);

    void accept() override;

private:
    Register& m_register;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_error;
};

} // namespace daicho
