#include "SignInDialog.h"

#include "WarningLabel.h"
#include "service/Register.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace daicho {

SignInDialog::SignInDialog(Register& reg, const QString& registerName, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_login(new QLineEdit(QSettings().value(QStringLiteral("signIn/lastLogin")).toString()))
    , m_password(new QLineEdit)
    , m_error(new WarningLabel)
{
    setObjectName(QStringLiteral("SignInDialog"));
    setWindowTitle(tr("Sign In"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* intro = new QLabel(
        tr("The register %1 is used signed in: the audit trail names who made each change.").arg(registerName));
    intro->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_error);
    form->addRow(buttons);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
    resize(420, sizeHint().height());
}

void SignInDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor); // a wrong password is answered slowly, on purpose
    const Status signedIn = m_register.signIn(m_login->text().trimmed(), m_password->text());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!signedIn) {
        m_error->setText(signedIn.errorText());
        m_error->show();
        m_password->setFocus();
        return;
    }
    QSettings().setValue(QStringLiteral("signIn/lastLogin"), m_login->text().trimmed());
    QDialog::accept();
}

} // namespace daicho
