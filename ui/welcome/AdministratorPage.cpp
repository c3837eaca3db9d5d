#include "AdministratorPage.h"

#include "AdministratorForm.h"
#include "WarningLabel.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace daicho {

AdministratorPage::AdministratorPage(QWidget* parent)
    : QWizardPage(parent)
    , m_intro(new QLabel)
    , m_form(new AdministratorForm)
    , m_without(new QCheckBox)
    , m_error(new WarningLabel)
{
    setObjectName(QStringLiteral("administratorPage"));
    m_without->setObjectName(QStringLiteral("withoutAccounts"));
    m_error->setObjectName(QStringLiteral("administratorError"));
    m_error->hide();
    m_intro->setWordWrap(true);
    connect(m_without, &QCheckBox::toggled, this, [this](bool without) {
        m_form->setEnabled(!without);
        m_error->hide();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_form);
    layout->addSpacing(8);
    layout->addWidget(m_without);
    layout->addWidget(m_error);
    layout->addStretch();
    retranslate();
}

bool AdministratorPage::withoutAccounts() const
{
    return m_without->isChecked();
}

bool AdministratorPage::validatePage()
{
    const QString problem = withoutAccounts() ? QString() : m_form->problem();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void AdministratorPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void AdministratorPage::retranslate()
{
    setTitle(tr("The First Administrator"));
    setSubTitle(tr("The account of the security office (情報セキュリティ担当部署), who then adds the other users."));
    m_intro->setText(tr("A register describes where the city's most sensitive information is. From now on it is "
                        "used signed in, and the audit trail names who made each change."));
    m_without->setText(tr("Use the register without accounts (only for trying out; nobody signs in)"));
}

} // namespace daicho
