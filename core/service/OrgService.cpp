#include "OrgService.h"

#include "AuditedWrite.h"
#include "repo/OrgUnitRepository.h"

namespace daicho {

namespace {
const QString kName = QStringLiteral("name");
const QString kParent = QStringLiteral("parent_id");
} // namespace

OrgService::OrgService(ServiceContext& context)
    : m_ctx(context)
{
}

Problems OrgService::validate(const OrgUnit& unit) const
{
    Problems problems;
    const QString name = unit.name.trimmed();
    if (name.isEmpty())
        problems << Problem{kName, tr("Unit name: is required")};
    else if (name.size() > kMaxNameLength)
        problems << Problem{kName, tr("Unit name: at most %1 characters are allowed").arg(kMaxNameLength)};

    OrgUnitRepository repo(m_ctx.db);
    std::optional<OrgUnit> parent;
    if (unit.parentId != 0) {
        Result<std::optional<OrgUnit>> found = repo.find(unit.parentId);
        if (!found)
            return found.problems();
        parent = found.value();
        if (!parent)
            problems << Problem{kParent, tr("Parent unit: does not exist")};
    }
    switch (unit.kind) {
    case UnitKind::Body:
        if (unit.parentId != 0)
            problems << Problem{kParent, tr("Parent unit: a body (機関) is at the top of the tree and has no parent")};
        break;
    case UnitKind::Department:
        if (unit.parentId == 0 || (parent && parent->kind != UnitKind::Body))
            problems << Problem{kParent, tr("Parent unit: a department (部局) belongs to a body (機関)")};
        break;
    case UnitKind::Section:
        if (unit.parentId == 0 || (parent && parent->kind == UnitKind::Section))
            problems << Problem{kParent, tr("Parent unit: a section (課室) belongs to a department (部局) or a body")};
        break;
    }
    if (!name.isEmpty()) {
        Result<std::optional<OrgUnit>> sibling = repo.findChild(unit.parentId, name);
        if (!sibling)
            return sibling.problems();
        if (sibling.value() && sibling.value()->id != unit.id)
            problems << Problem{kName, tr("Unit name: \"%1\" already exists at this place in the tree").arg(name)};
    }
    return problems;
}

Result<qint64> OrgService::createUnit(OrgUnit unit)
{
    unit.name = unit.name.trimmed();
    if (Problems p = validate(unit); !p.isEmpty())
        return Result<qint64>(p);
    OrgUnitRepository repo(m_ctx.db);
    return auditedWrite(m_ctx, unit, QStringLiteral("create"), QString(), insertWith(repo));
}

Status OrgService::updateUnit(const OrgUnit& unit)
{
    OrgUnitRepository repo(m_ctx.db);
    Result<std::optional<OrgUnit>> before = repo.find(unit.id);
    if (!before)
        return Status(before.problems());
    if (!before.value())
        return Status::failure(tr("The organisation unit %1 does not exist.").arg(unit.id));
    if (before.value()->kind != unit.kind)
        return Status::failure(tr("A unit keeps its kind; create a new unit instead."), QStringLiteral("kind"));
    OrgUnit changed = unit;
    changed.name = changed.name.trimmed();
    if (Problems p = validate(changed); !p.isEmpty())
        return Status(p);
    return toStatus(
        auditedWrite(m_ctx, changed, QStringLiteral("update"), Snapshot::text(*before.value()), updateWith(repo)));
}

Result<QList<OrgUnit>> OrgService::units() const
{
    return OrgUnitRepository(m_ctx.db).all();
}

Result<qint64> OrgService::count() const
{
    return OrgUnitRepository(m_ctx.db).count();
}

Result<qint64> OrgService::ensureChild(qint64 parentId, UnitKind kind, const QString& name)
{
    Result<std::optional<OrgUnit>> existing = OrgUnitRepository(m_ctx.db).findChild(parentId, name.trimmed());
    if (!existing)
        return Result<qint64>(existing.problems());
    if (existing.value())
        return existing.value()->id;
    OrgUnit unit;
    unit.parentId = parentId;
    unit.kind = kind;
    unit.name = name;
    return createUnit(unit);
}

} // namespace daicho
