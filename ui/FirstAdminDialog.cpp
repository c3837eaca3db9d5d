#include "FirstAdminDialog.h"

#include "WarningLabel.h"
#include "service/Register.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace daicho {

FirstAdminDialog::FirstAdminDialog(Register& reg, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_name(new QLineEdit)
    , m_login(new QLineEdit)
    , m_password(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_error(new WarningLabel)
{
    setObjectName(QStringLiteral("FirstAdminDialog"));
    setWindowTitle(tr("First Administrator"));
    m_name->setObjectName(QStringLiteral("adminName"));
    m_login->setObjectName(QStringLiteral("adminLogin"));
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_repeat->setObjectName(QStringLiteral("adminRepeat"));
    for (QLineEdit* secret : {m_password, m_repeat})
        secret->setEchoMode(QLineEdit::Password);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and Sign In"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Skip"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* intro = new QLabel(tr("A register describes where the city's most sensitive information is. Create the "
                                "account of the security office (情報セキュリティ担当部署): from then on the "
                                "register is used signed in, and the audit trail names who made each change. "
                                "Skip to use it without accounts."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(m_error);
    form->addRow(buttons);
    resize(520, sizeHint().height());
}

void FirstAdminDialog::accept()
{
    const auto fail = [this](const QString& reason) {
        m_error->setText(reason);
        m_error->show();
    };
    if (m_name->text().trimmed().isEmpty() || m_login->text().trimmed().isEmpty())
        return fail(tr("Give the administrator's name and a login."));
    if (m_login->text().trimmed().contains(QLatin1Char(' ')))
        return fail(tr("A login is one word without spaces."));
    if (m_password->text() != m_repeat->text())
        return fail(tr("The two passwords differ."));
    // Checked before anything is written, so that a refused password leaves no stray person.
    if (m_password->text().size() < UserService::kMinPasswordLength)
        return fail(tr("The password must have at least %1 characters.").arg(UserService::kMinPasswordLength));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Person person;
    person.name = m_name->text().trimmed();
    Result<qint64> personId = m_register.people().createPerson(person);
    Result<qint64> user =
        personId ? m_register.users().createUser(m_login->text().trimmed(), personId.value(), m_password->text(), true)
                 : Result<qint64>(personId.problems());
    const Status signedIn =
        user ? m_register.signIn(m_login->text().trimmed(), m_password->text()) : Status(user.problems());
    QApplication::restoreOverrideCursor();
    if (!signedIn)
        return fail(signedIn.errorText());
    QDialog::accept();
}

} // namespace daicho
