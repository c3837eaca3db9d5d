#include "OrgTreeModel.h"

#include "service/Register.h"

#include <QSet>

#include <algorithm>

namespace daicho {

OrgTreeModel::OrgTreeModel(Register& reg, QObject* parent)
    : QAbstractItemModel(parent)
    , m_register(reg)
{
    reload();
}

void OrgTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_lastError.clear();
    m_nodes.append(Node{}); // the whole register
    Result<QList<OrgUnit>> units = m_register.org().units();
    Result<QHash<qint64, qint64>> counts = m_register.assets().countBySection();
    if (!units || !counts) {
        m_lastError = units ? counts.errorText() : units.errorText();
        endResetModel();
        return;
    }
    // A user who looks after some sections sees those, the units above them, and the sections
    // of the systems they look after; nothing else of the tree.
    const AssetFilter visible = m_register.assets().visible();
    QSet<qint64> shown;
    if (visible.visibleSections) {
        QHash<qint64, qint64> parentOf;
        for (const OrgUnit& unit : units.value())
            parentOf.insert(unit.id, unit.parentId);
        QList<qint64> pending = *visible.visibleSections;
        pending << counts.value().keys();
        while (!pending.isEmpty()) {
            const qint64 unit = pending.takeLast();
            if (unit != 0 && !shown.contains(unit)) {
                shown.insert(unit);
                pending << parentOf.value(unit);
            }
        }
    }
    QHash<qint64, int> nodeOfUnit;
    for (const OrgUnit& unit : units.value()) {
        if (!unit.active)
            continue; // retired by a merge: kept for the record, not shown
        if (visible.visibleSections && !shown.contains(unit.id))
            continue;
        nodeOfUnit.insert(unit.id, static_cast<int>(m_nodes.size()));
        m_nodes.append(Node{unit, -1, {}, 0, counts.value().value(unit.id)});
    }
    // Parents are linked after all nodes exist: units come in display order, not tree order.
    for (int i = 1; i < m_nodes.size(); ++i) {
        const int parent = m_nodes[i].unit.parentId == 0 ? 0 : nodeOfUnit.value(m_nodes[i].unit.parentId, 0);
        m_nodes[i].parent = parent;
        m_nodes[parent].children.append(i);
    }
    for (Node& node : m_nodes) {
        std::stable_sort(node.children.begin(), node.children.end(),
                         [this](int a, int b) { return m_nodes[a].unit.sortOrder < m_nodes[b].unit.sortOrder; });
        for (int r = 0; r < node.children.size(); ++r)
            m_nodes[node.children[r]].row = r;
    }
    // Subtree totals: children before parents, so walk from the deepest nodes up.
    const auto depth = [this](int i) {
        int d = 0;
        for (int p = m_nodes[i].parent; p > 0; p = m_nodes[p].parent)
            ++d;
        return d;
    };
    QList<int> order;
    for (int i = 1; i < m_nodes.size(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(), [&depth](int a, int b) { return depth(a) > depth(b); });
    for (int i : std::as_const(order))
        m_nodes[m_nodes[i].parent].assets += m_nodes[i].assets;
    endResetModel();
}

int OrgTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<int>(index.internalId()) : -1;
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 && !m_nodes.isEmpty() ? createIndex(0, 0, quintptr(0)) : QModelIndex();
    const Node& node = m_nodes[nodeOf(parent)];
    if (row >= node.children.size())
        return {};
    return createIndex(row, 0, quintptr(node.children[row]));
}

QModelIndex OrgTreeModel::parent(const QModelIndex& child) const
{
    const int node = nodeOf(child);
    if (node <= 0)
        return {};
    const int parent = m_nodes[node].parent;
    return createIndex(m_nodes[parent].row, 0, quintptr(parent));
}

int OrgTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_nodes.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(m_nodes[nodeOf(parent)].children.size());
}

int OrgTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant OrgTreeModel::data(const QModelIndex& index, int role) const
{
    const int n = nodeOf(index);
    if (n < 0 || n >= m_nodes.size())
        return {};
    const Node& node = m_nodes[n];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%L2)").arg(data(index, NameRole).toString()).arg(node.assets);
    case NameRole:
        return n == 0 ? tr("All bodies") : node.unit.name;
    case KindRole:
        return n == 0 ? QVariant() : QVariant(static_cast<int>(node.unit.kind));
    case Qt::ToolTipRole:
        return n == 0 ? tr("The whole register") : enumLabel(node.unit.kind);
    case UnitIdRole:
        return node.unit.id;
    case AssetCountRole:
        return node.assets;
    default:
        return {};
    }
}

std::optional<OrgUnit> OrgTreeModel::unitAt(const QModelIndex& index) const
{
    const int node = nodeOf(index);
    if (node <= 0 || node >= m_nodes.size())
        return std::nullopt;
    return m_nodes[node].unit;
}

QList<OrgUnit> OrgTreeModel::units() const
{
    QList<OrgUnit> units;
    for (int i = 1; i < m_nodes.size(); ++i)
        units << m_nodes[i].unit;
    return units;
}

QModelIndex OrgTreeModel::indexOfUnit(qint64 unitId) const
{
    for (int i = 1; i < m_nodes.size(); ++i)
        if (m_nodes[i].unit.id == unitId)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

} // namespace daicho
