#include "AdministratorForm.h"

#include "service/UserService.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace daicho {

AdministratorForm::AdministratorForm(QWidget* parent)
    : QWidget(parent)
    , m_nameLabel(new QLabel)
    , m_name(new QLineEdit)
    , m_loginLabel(new QLabel)
    , m_login(new QLineEdit)
    , m_passwordLabel(new QLabel)
    , m_password(new QLineEdit)
    , m_repeatLabel(new QLabel)
    , m_repeat(new QLineEdit)
{
    m_name->setObjectName(QStringLiteral("adminName"));
    m_login->setObjectName(QStringLiteral("adminLogin"));
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_repeat->setObjectName(QStringLiteral("adminRepeat"));
    for (QLineEdit* secret : {m_password, m_repeat})
        secret->setEchoMode(QLineEdit::Password);
    m_nameLabel->setBuddy(m_name);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    retranslate();
}

QString AdministratorForm::personName() const
{
    return m_name->text().trimmed();
}

QString AdministratorForm::login() const
{
    return m_login->text().trimmed();
}

QString AdministratorForm::password() const
{
    return m_password->text();
}

QString AdministratorForm::problem() const
{
    if (personName().isEmpty() || login().isEmpty())
        return tr("Give the administrator's name and a login.");
    if (login().contains(QLatin1Char(' ')))
        return tr("A login is one word without spaces.");
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords differ.");
    if (m_password->text().size() < UserService::kMinPasswordLength)
        return tr("The password must have at least %1 characters.").arg(UserService::kMinPasswordLength);
    return {};
}

void AdministratorForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdministratorForm::retranslate()
{
    m_nameLabel->setText(tr("&Name:"));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("&Repeat:"));
    m_password->setPlaceholderText(tr("at least %1 characters").arg(UserService::kMinPasswordLength));
}

} // namespace daicho
