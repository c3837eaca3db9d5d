#include "TransferDialog.h"

#include "editor/FieldHelp.h"
#include "editor/LookupField.h"
#include "service/Register.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace daicho {

namespace {
// 人事異動 take effect on April 1 as a rule: the next one.
QDate nextApril(const QDate& today)
{
    const QDate april(today.year(), 4, 1);
    return today < april ? april : april.addYears(1);
}
} // namespace

TransferDialog::TransferDialog(Register& reg, qint64 personId, const QString& personName, QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel)
    , m_successor(new LookupField)
    , m_effective(new QDateEdit(nextApril(reg.clock().nowUtc().date())))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Transfer (人事異動) of %1").arg(personName));
    m_successor->setObjectName(QStringLiteral("successor"));
    m_effective->setObjectName(QStringLiteral("effective"));
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    QList<LookupField::Choice> choices;
    for (const Person& p : reg.people().people().valueOr({}))
        if (p.active && p.id != personId)
            choices << LookupField::Choice{p.id, p.name, p.title};
    m_successor->setChoices(choices);

    m_summary->setWordWrap(true);
    const Result<PeopleService::Responsibilities> r = reg.people().responsibilitiesOf(personId);
    m_summary->setText(r ? tr("The successor takes over %1 role(s), %2 asset(s) naming %3 and %4 open risk(s) "
                              "they own. %3's roles end the day before; the history is kept.")
                               .arg(r.value().roles)
                               .arg(r.value().assets)
                               .arg(personName)
                               .arg(r.value().risks)
                         : r.errorText());

    auto* form = new QFormLayout(this);
    form->addRow(m_summary);
    form->addRow(tr("&Successor:"), m_successor);
    form->addRow(tr("&Takes effect on:"), m_effective);
    FieldHelp::applyRow(form, m_successor, FieldHelp::Term::Successor);
    FieldHelp::applyRow(form, m_effective, FieldHelp::Term::TransferDate);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_successor, &LookupField::edited, this, &TransferDialog::updateOk);
    connect(m_successor, &QComboBox::currentIndexChanged, this, &TransferDialog::updateOk);
    updateOk();
    resize(520, sizeHint().height());
}

qint64 TransferDialog::successorId() const
{
    const qint64 id = m_successor->id();
    return id > 0 ? id : 0;
}

void TransferDialog::setSuccessorId(qint64 id)
{
    m_successor->setId(id);
    updateOk();
}

QDate TransferDialog::effective() const
{
    return m_effective->date();
}

void TransferDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(successorId() != 0);
}

} // namespace daicho
