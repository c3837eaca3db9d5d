#include "OrgUnitResolver.h"

#include "LedgerText.h"
#include "service/Register.h"

namespace daicho {

OrgUnitResolver::OrgUnitResolver(Register& reg)
    : m_register(reg)
{
}

Status OrgUnitResolver::load()
{
    Result<QList<OrgUnit>> units = m_register.org().units();
    if (!units)
        return Status(units.problems());
    m_nodes.clear();
    m_byKey.clear();
    for (const OrgUnit& u : units.value()) {
        m_nodes.insert(u.id, Node{u, LedgerText::key(u.name)});
        m_byKey.insert(LedgerText::key(u.name), u.id);
    }
    return success();
}

const OrgUnitResolver::Node* OrgUnitResolver::find(UnitKind kind, const QString& name, qint64 preferredParent) const
{
    // Under the preferred parent if there is one there; otherwise the oldest unit of that name.
    const QString key = LedgerText::key(name);
    const Node* found = nullptr;
    for (auto it = m_byKey.constFind(key); it != m_byKey.constEnd() && it.key() == key; ++it) {
        const auto nodeIt = m_nodes.constFind(*it);
        if (nodeIt == m_nodes.constEnd() || nodeIt->unit.kind != kind)
            continue;
        const Node& node = *nodeIt;
        if (preferredParent != 0 && node.unit.parentId == preferredParent)
            return &node;
        if (!found || node.unit.id < found->unit.id)
            found = &node;
    }
    return found;
}

Result<qint64> OrgUnitResolver::create(qint64 parentId, UnitKind kind, const QString& name)
{
    OrgUnit unit;
    unit.parentId = parentId;
    unit.kind = kind;
    unit.name = name;
    unit.sortOrder = static_cast<int>(m_nodes.size()) + 1;
    Result<qint64> id = m_register.org().createUnit(unit);
    if (!id)
        return id;
    unit.id = id.value();
    m_nodes.insert(unit.id, Node{unit, LedgerText::key(unit.name)});
    m_byKey.insert(LedgerText::key(unit.name), unit.id);
    m_createdIds << unit.id;
    m_createdInRow << describe(unit.id);
    return id;
}

Result<qint64> OrgUnitResolver::body(const QString& name)
{
    const QString wanted = name.isEmpty() ? defaultBodyName() : name;
    if (const Node* node = find(UnitKind::Body, wanted))
        return node->unit.id;
    return create(0, UnitKind::Body, wanted);
}

Result<qint64> OrgUnitResolver::section(const QString& bodyName, const QString& departmentName,
                                        const QString& sectionName)
{
    if (sectionName.isEmpty())
        return qint64(0);
    // A name already in the tree is reused wherever it is; with several, the one under the
    // named department wins.
    const Node* department = departmentName.isEmpty() ? nullptr : find(UnitKind::Department, departmentName);
    if (const Node* existing = find(UnitKind::Section, sectionName, department ? department->unit.id : 0))
        return existing->unit.id;

    qint64 parentId = 0;
    if (department) {
        parentId = department->unit.id;
    } else {
        Result<qint64> bodyId = body(bodyName);
        if (!bodyId)
            return bodyId;
        parentId = bodyId.value();
        if (!departmentName.isEmpty()) {
            Result<qint64> deptId = create(parentId, UnitKind::Department, departmentName);
            if (!deptId)
                return deptId;
            parentId = deptId.value();
        }
    }
    return create(parentId, UnitKind::Section, sectionName);
}

void OrgUnitResolver::keepRow()
{
    m_createdIds.clear();
    m_createdInRow.clear();
}

void OrgUnitResolver::discardRow()
{
    for (qint64 id : std::as_const(m_createdIds)) {
        m_byKey.remove(m_nodes.value(id).key, id);
        m_nodes.remove(id);
    }
    keepRow();
}

QStringList OrgUnitResolver::pathOf(qint64 unitId) const
{
    QStringList path;
    for (auto it = m_nodes.constFind(unitId); it != m_nodes.constEnd(); it = m_nodes.constFind(it->unit.parentId))
        path.prepend(it->unit.name);
    return path;
}

QString OrgUnitResolver::describe(qint64 unitId) const
{
    return pathOf(unitId).join(QStringLiteral(" / "));
}

} // namespace daicho
