#include "FirstAdminDialog.h"

#include "AdministratorForm.h"
#include "WarningLabel.h"
#include "service/Register.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

FirstAdminDialog::FirstAdminDialog(Register& reg, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_form(new AdministratorForm)
    , m_error(new WarningLabel)
{
    setObjectName(QStringLiteral("FirstAdminDialog"));
    setWindowTitle(tr("First Administrator"));
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
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void FirstAdminDialog::accept()
{
    const auto fail = [this](const QString& reason) {
        m_error->setText(reason);
        m_error->show();
    };
    if (const QString problem = m_form->problem(); !problem.isEmpty())
        return fail(problem);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status signedIn =
        m_register.createFirstAdministrator(m_form->personName(), m_form->login(), m_form->password());
    QApplication::restoreOverrideCursor();
    if (!signedIn)
        return fail(signedIn.errorText());
    QDialog::accept();
}

} // namespace daicho
