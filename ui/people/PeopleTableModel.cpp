#include "PeopleTableModel.h"

#include "domain/EnumTable.h"
#include "service/Register.h"

#include <QBrush>
#include <QPalette>

namespace daicho {

PeopleTableModel::PeopleTableModel(Register& reg, QObject* parent)
    : QAbstractTableModel(parent)
    , m_register(reg)
{
    reload();
}

void PeopleTableModel::reload()
{
    beginResetModel();
    m_people = m_register.people().people().valueOr({});
    m_units.clear();
    for (const OrgUnit& u : m_register.org().units().valueOr({}))
        m_units.insert(u.id, u.name);
    m_roles.clear();
    m_history.clear();
    const QDate today = m_register.clock().nowUtc().date();
    for (const RoleAssignment& a : m_register.people().allRoles().valueOr({})) {
        m_history.insert(a.personId, a);
        if (!a.validTo.isValid() || a.validTo >= today)
            m_roles.insert(a.personId, a);
    }
    endResetModel();
}

const Person* PeopleTableModel::personAt(int row) const
{
    return row >= 0 && row < m_people.size() ? &m_people.at(row) : nullptr;
}

int PeopleTableModel::rowOfPerson(qint64 personId) const
{
    for (int r = 0; r < m_people.size(); ++r)
        if (m_people.at(r).id == personId)
            return r;
    return -1;
}

QList<RoleAssignment> PeopleTableModel::rolesOf(qint64 personId) const
{
    QList<RoleAssignment> roles = m_roles.values(personId);
    std::sort(roles.begin(), roles.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return roles;
}

QList<RoleAssignment> PeopleTableModel::historyOf(qint64 personId) const
{
    QList<RoleAssignment> roles = m_history.values(personId);
    std::sort(roles.begin(), roles.end(),
              [](const auto& a, const auto& b) { return std::pair(a.validFrom, a.id) < std::pair(b.validFrom, b.id); });
    return roles;
}

QString PeopleTableModel::scopeOf(const RoleAssignment& a) const
{
    if (a.unitId != 0)
        return m_units.value(a.unitId);
    if (a.assetId != 0) {
        const auto asset = m_register.assets().find(a.assetId);
        return asset && asset.value() ? asset.value()->code : QString();
    }
    return tr("Whole city");
}

int PeopleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int PeopleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const
{
    const Person* p = index.isValid() ? personAt(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == Qt::ForegroundRole && !p->active)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text)); // no longer in office
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return p->active ? p->name : tr("%1 (inactive)").arg(p->name);
    case Title:
        return p->title;
    case Unit:
        return m_units.value(p->unitId);
    case Roles: {
        QStringList roles;
        for (const RoleAssignment& a : rolesOf(p->id))
            roles << enumLabel(a.role);
        return roles.join(QStringLiteral("、"));
    }
    default:
        return {};
    }
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Title:
        return tr("Title");
    case Unit:
        return tr("Works in");
    case Roles:
        return tr("Roles (第5条)");
    default:
        return {};
    }
}

} // namespace daicho
