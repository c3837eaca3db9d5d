#include "SectionsLeftModel.h"

#include <QBrush>
#include <QLocale>

namespace daicho {

void SectionsLeftModel::setRows(QList<ReviewService::SectionLeft> rows, bool overdue)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_overdue = overdue;
    endResetModel();
}

int SectionsLeftModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SectionsLeftModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SectionsLeftModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReviewService::SectionLeft& r = m_rows.at(index.row());
    if (role == SectionIdRole)
        return r.sectionId;
    if (role == Qt::ForegroundRole && m_overdue && index.column() == Left)
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::TextAlignmentRole && (index.column() == Left || index.column() == Assets))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("Double-click to list what is left in %1").arg(r.section);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Department:
        return r.department;
    case Section:
        return r.section;
    case Left:
        return locale.toString(r.left);
    case Assets:
        return locale.toString(r.assets);
    case Managers:
        return r.managers.isEmpty() ? tr("(none appointed)") : r.managers.join(QStringLiteral("、"));
    default:
        return {};
    }
}

QVariant SectionsLeftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Department:
        return tr("Department");
    case Section:
        return tr("Section");
    case Left:
        return tr("Left");
    case Assets:
        return tr("Assets");
    case Managers:
        return tr("Security manager");
    default:
        return {};
    }
}

} // namespace daicho
