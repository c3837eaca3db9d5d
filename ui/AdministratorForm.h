#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace daicho {

// The fields of a register's first administrator — name, login, password twice — and their
// rules, shared by FirstAdminDialog and the first-run wizard.
class AdministratorForm : public QWidget {
    Q_OBJECT

public:
    explicit AdministratorForm(QWidget* parent = nullptr);

    QString personName() const;
    QString login() const;
    QString password() const;
    // What stops these from making an account (the same rules as UserService, checked before
    // anything is written); empty when nothing does.
    QString problem() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_loginLabel;
    QLineEdit* m_login;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
};

} // namespace daicho
