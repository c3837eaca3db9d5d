#include "DisposalDialog.h"

#include "FieldHelp.h"

#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace daicho {

DisposalDialog::DisposalDialog(const QString& assetCode, const QList<LookupField::Choice>& people, QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_method(new QLineEdit)
    , m_confirmer(new LookupField)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Record Disposal of %1").arg(assetCode));
    m_date->setObjectName(QStringLiteral("disposedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    m_method->setObjectName(QStringLiteral("disposalMethod"));
    // The usual ways media and paper leave a city hall; any other text is accepted too.
    m_method->setCompleter(new QCompleter(QStringList{tr("Physical destruction"), tr("Data erasure software"),
                                                      tr("Degaussing"), tr("Shredding"), tr("Dissolution")},
                                          m_method));
    m_confirmer->setObjectName(QStringLiteral("disposalConfirmedBy"));
    m_confirmer->setChoices(people);
    m_confirmer->setId(0);
    auto* note = new QLabel(tr("After disposal the asset stays in the register, read-only."));
    note->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("Disposed on"), m_date);
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Confirmed by"), m_confirmer);
    FieldHelp::applyRow(form, m_date, AssetField::DisposedOn);
    FieldHelp::applyRow(form, m_method, AssetField::DisposalMethod);
    FieldHelp::applyRow(form, m_confirmer, AssetField::DisposalConfirmedBy);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_method, &QLineEdit::textChanged, this, &DisposalDialog::updateOk);
    connect(m_confirmer, &LookupField::edited, this, &DisposalDialog::updateOk);
    connect(m_confirmer, &QComboBox::currentIndexChanged, this, &DisposalDialog::updateOk);
    updateOk();
}

QDate DisposalDialog::disposedOn() const
{
    return m_date->date();
}

QString DisposalDialog::method() const
{
    return m_method->text().trimmed();
}

qint64 DisposalDialog::confirmedBy() const
{
    return std::max<qint64>(0, m_confirmer->id());
}

void DisposalDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!method().isEmpty() && m_confirmer->id() > 0);
}

} // namespace daicho
