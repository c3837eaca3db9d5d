#include "PersonDialog.h"

#include "editor/FieldHelp.h"
#include "editor/LookupField.h"
#include "service/Register.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace daicho {

PersonDialog::PersonDialog(Register& reg, const Person& person, QWidget* parent)
    : QDialog(parent)
    , m_person(person)
    , m_name(new QLineEdit(person.name))
    , m_kana(new QLineEdit(person.nameKana))
    , m_title(new QLineEdit(person.title))
    , m_email(new QLineEdit(person.email))
    , m_unit(new LookupField)
    , m_partTime(new QCheckBox(tr("Part-time appointment (会計年度任用職員)")))
    , m_active(new QCheckBox(tr("In office")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(person.id == 0 ? tr("New Person") : tr("Edit %1").arg(person.name));
    m_name->setObjectName(QStringLiteral("personName"));
    QList<LookupField::Choice> units;
    for (const OrgUnit& u : reg.org().units().valueOr({}))
        if (u.active)
            units << LookupField::Choice{u.id, u.name, enumLabel(u.kind)};
    m_unit->setChoices(units);
    m_unit->setId(person.unitId);
    m_partTime->setChecked(person.partTime);
    m_active->setChecked(person.id == 0 || person.active);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Reading (kana):"), m_kana);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Works in:"), m_unit);
    form->addRow(QString(), m_partTime);
    form->addRow(QString(), m_active);
    using T = FieldHelp::Term;
    FieldHelp::applyRow(form, m_name, T::PersonName);
    FieldHelp::applyRow(form, m_kana, T::NameKana);
    FieldHelp::applyRow(form, m_title, T::Title);
    FieldHelp::applyRow(form, m_email, T::Email);
    FieldHelp::applyRow(form, m_unit, T::WorksIn);
    FieldHelp::apply(m_partTime, T::PartTime);
    FieldHelp::apply(m_active, T::InOffice);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_name->text().trimmed().isEmpty() && m_unit->id() != LookupField::kUnknown);
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    connect(m_unit, &LookupField::edited, this, update);
    update();
    resize(440, sizeHint().height());
}

Person PersonDialog::person() const
{
    Person p = m_person;
    p.name = m_name->text().trimmed();
    p.nameKana = m_kana->text().trimmed();
    p.title = m_title->text().trimmed();
    p.email = m_email->text().trimmed();
    p.unitId = std::max<qint64>(0, m_unit->id());
    p.partTime = m_partTime->isChecked();
    p.active = m_active->isChecked();
    return p;
}

} // namespace daicho
