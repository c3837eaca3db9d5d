#include "ThreatTableModel.h"

#include "service/Register.h"

#include <QColor>

namespace daicho {

namespace {
Axis axisOf(int column)
{
    return column == ThreatTableModel::Confidentiality ? Axis::Confidentiality
           : column == ThreatTableModel::Integrity     ? Axis::Integrity
                                                       : Axis::Availability;
}
bool isAxis(int column)
{
    return column == ThreatTableModel::Confidentiality || column == ThreatTableModel::Integrity ||
           column == ThreatTableModel::Availability;
}
} // namespace

ThreatTableModel::ThreatTableModel(Register& reg, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reg(reg)
{
    reload();
}

void ThreatTableModel::reload()
{
    beginResetModel();
    Result<QList<Threat>> threats = m_reg.threats().all();
    m_threats = threats ? threats.value() : QList<Threat>();
    m_mayEdit = m_reg.mayManage().ok();
    endResetModel();
}

int ThreatTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_threats.size());
}

int ThreatTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThreatTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_threats.size())
        return {};
    const Threat& t = m_threats.at(index.row());
    const int column = index.column();
    if (role == Qt::CheckStateRole) {
        if (isAxis(column))
            return t.endangers(axisOf(column)) ? Qt::Checked : Qt::Unchecked;
        if (column == Active)
            return t.active ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == GroupKeyRole && column == Group)
        return enumKey(t.group);
    if (role == Qt::ForegroundRole && !t.active)
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case NameJa:
        return t.nameJa;
    case NameEn:
        return t.nameEn;
    case Group:
        return role == Qt::EditRole ? QVariant(enumKey(t.group)) : QVariant(enumLabel(t.group));
    default:
        return {};
    }
}

bool ThreatTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_threats.size())
        return false;
    Threat t = m_threats.at(index.row());
    const int column = index.column();
    if (role == Qt::CheckStateRole && isAxis(column)) {
        const bool on = value.toInt() == Qt::Checked;
        t.axes.removeAll(axisOf(column));
        if (on)
            t.axes << axisOf(column);
    } else if (role == Qt::CheckStateRole && column == Active) {
        t.active = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole && column == NameJa) {
        t.nameJa = value.toString();
    } else if (role == Qt::EditRole && column == NameEn) {
        t.nameEn = value.toString();
    } else if (role == Qt::EditRole && column == Group) {
        const std::optional<ThreatGroup> group = enumFromKey<ThreatGroup>(value.toString());
        if (!group)
            return false;
        t.group = *group;
    } else {
        return false;
    }
    if (Status s = m_reg.threats().update(t); !s) {
        Q_EMIT failed(s.errorText());
        return false;
    }
    Result<std::optional<Threat>> stored = m_reg.threats().findByKey(t.key);
    if (stored && stored.value())
        m_threats[index.row()] = *stored.value();
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags ThreatTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_mayEdit || !index.isValid())
        return f;
    if (isAxis(index.column()) || index.column() == Active)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant ThreatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameJa:
        return tr("Threat (Japanese)");
    case NameEn:
        return tr("Threat (English)");
    case Group:
        return tr("Group (Article 3)");
    case Confidentiality:
    case Integrity:
    case Availability:
        return axisLabel(axisOf(section)).text();
    case Active:
        return tr("In use");
    default:
        return {};
    }
}

} // namespace daicho
