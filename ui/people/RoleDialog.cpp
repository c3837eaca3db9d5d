#include "RoleDialog.h"

#include "editor/EnumCombo.h"
#include "editor/FieldHelp.h"
#include "editor/LookupField.h"
#include "service/Register.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace daicho {

RoleDialog::RoleDialog(Register& reg, qint64 personId, const QString& personName, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_personId(personId)
    , m_role(new QComboBox)
    , m_rule(new QLabel)
    , m_unit(new LookupField)
    , m_asset(new QLineEdit)
    , m_from(new QDateEdit(reg.clock().nowUtc().date()))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Assign a Role to %1").arg(personName));
    m_role->setObjectName(QStringLiteral("role"));
    fillEnumCombo<Role>(m_role, false);
    FieldHelp::tipItems<Role>(m_role);
    m_rule->setWordWrap(true);
    m_asset->setObjectName(QStringLiteral("roleAsset"));
    m_asset->setPlaceholderText(tr("資産ID of the information system"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    for (const OrgUnit& u : reg.org().units().valueOr({}))
        if (u.active)
            m_units.append({u.id, u.kind});
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_rule);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&System:"), m_asset);
    form->addRow(tr("&From:"), m_from);
    FieldHelp::applyRow(form, m_role, FieldHelp::Term::Role);
    FieldHelp::applyRow(form, m_unit, FieldHelp::Term::RoleUnit);
    FieldHelp::applyRow(form, m_asset, FieldHelp::Term::RoleSystem);
    FieldHelp::applyRow(form, m_from, FieldHelp::Term::RoleFrom);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &RoleDialog::roleChanged);
    roleChanged();
    resize(480, sizeHint().height());
}

void RoleDialog::roleChanged()
{
    const Role role = enumComboValue<Role>(m_role).value_or(Role::SecurityManager);
    const RoleScope scope = roleScope(role);
    // Only the units the role may be given over are offered (第5条 scope rules).
    QList<LookupField::Choice> choices;
    const auto units = m_register.org().units().valueOr({});
    for (const OrgUnit& u : units) {
        const bool fits = (scope == RoleScope::Section && u.kind == UnitKind::Section) ||
                          (scope == RoleScope::BodyOrDepartment && u.kind != UnitKind::Section);
        if (u.active && fits)
            choices << LookupField::Choice{u.id, u.name, enumLabel(u.kind)};
    }
    m_unit->setChoices(choices);
    m_unit->setId(0);
    m_unit->setEnabled(scope == RoleScope::Section || scope == RoleScope::BodyOrDepartment);
    m_asset->setEnabled(scope == RoleScope::Systems);
    switch (scope) {
    case RoleScope::WholeCity:
        m_rule->setText(roleIsSingleton(role) ? tr("Covers the whole city; one person holds it at a time.")
                                              : tr("Covers the whole city."));
        break;
    case RoleScope::BodyOrDepartment:
        m_rule->setText(tr("Given over a body or a department (部局)."));
        break;
    case RoleScope::Section:
        m_rule->setText(tr("Given over a section (課室)."));
        break;
    case RoleScope::Systems:
        m_rule->setText(tr("Given over an information system (an asset of category ア), named by its 資産ID."));
        break;
    }
}

RoleAssignment RoleDialog::assignment() const
{
    RoleAssignment a;
    a.personId = m_personId;
    a.role = enumComboValue<Role>(m_role).value_or(Role::SecurityManager);
    a.unitId = m_unit->isEnabled() ? std::max<qint64>(0, m_unit->id()) : 0;
    if (m_asset->isEnabled() && !m_asset->text().trimmed().isEmpty()) {
        const auto id = m_register.assets().idByCode(m_asset->text().trimmed());
        a.assetId = id && id.value() ? *id.value() : -1; // -1: named but unknown, refused by the service
    }
    a.validFrom = m_from->date();
    return a;
}

} // namespace daicho
