#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace daicho {

// File → Connect to Shared Register…: where the department's register lives on the city's
// PostgreSQL server. Everything but the password is remembered for next time; an empty
// password leaves it to PGPASSWORD or ~/.pgpass (pgpass.conf on Windows), as libpq does.
class ConnectDialog : public QDialog {
    Q_OBJECT

public:
    // `location`, when given, fills the fields (a recent shared register).
    explicit ConnectDialog(QWidget* parent = nullptr, const QString& location = {});

    // postgresql://user@host:port/database[?sslmode=…], without the password.
    QString location() const;
    // The same with the password typed, for opening; never to be stored or shown.
    QString locationWithPassword() const;

    void accept() override;

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_tls;
    QLineEdit* m_password;
};

} // namespace daicho
