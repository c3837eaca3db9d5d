#include "OrgService.h"

#include "AccessPolicy.h"
#include "AssetService.h"
#include "AuditedWrite.h"
#include "PeopleService.h"
#include "db/Transaction.h"
#include "domain/AssetFilter.h"
#include "repo/AssetRepository.h"
#include "repo/OrgUnitRepository.h"
#include "repo/PersonRepository.h"

#include <limits>

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
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return Result<qint64>(allowed.problems());
    unit.name = unit.name.trimmed();
    if (Problems p = validate(unit); !p.isEmpty())
        return Result<qint64>(p);
    OrgUnitRepository repo(m_ctx.db);
    return auditedWrite(m_ctx, unit, QStringLiteral("create"), QString(), insertWith(repo));
}

Status OrgService::updateUnit(const OrgUnit& unit)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return allowed;
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

Status OrgService::removeUnit(qint64 id)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return allowed;
    OrgUnitRepository repo(m_ctx.db);
    Result<std::optional<OrgUnit>> found = repo.find(id);
    if (!found)
        return Status(found.problems());
    if (!found.value())
        return Status::failure(tr("The organisation unit %1 does not exist.").arg(id));
    Result<qint64> uses = repo.references(id);
    if (!uses)
        return Status(uses.problems());
    if (uses.value() > 0)
        return Status::failure(tr("%1 is still in use (units, assets, people or roles refer to it); merge it into "
                                  "another unit instead.")
                                   .arg(found.value()->name));
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    if (Status s = repo.remove(id); !s)
        return s;
    if (Status s = m_ctx.audit.appendJson(m_ctx.actor, Snapshot::entityName(*found.value()), id,
                                          QStringLiteral("delete"), Snapshot::text(*found.value()), QString());
        !s)
        return s;
    return tx.commit();
}

namespace {
// Moves the listed records to a unit, each through its service (validated and audited).
Status moveAll(ServiceContext& ctx, const UnitMerge& m, qint64 unit, qint64 childParent)
{
    AssetService assets(ctx);
    QList<Asset> moved;
    for (qint64 id : m.assets) {
        Result<std::optional<Asset>> a = assets.find(id);
        if (!a)
            return Status(a.problems());
        if (!a.value())
            continue; // deleted since
        Asset asset = *a.value();
        asset.sectionId = unit;
        moved << asset;
    }
    if (Status s = assets.updateMany(moved); !s)
        return s;
    OrgService org(ctx);
    OrgUnitRepository units(ctx.db);
    for (qint64 id : m.children) {
        Result<std::optional<OrgUnit>> u = units.find(id);
        if (!u)
            return Status(u.problems());
        if (!u.value())
            continue;
        OrgUnit child = *u.value();
        child.parentId = childParent;
        if (Status s = org.updateUnit(child); !s)
            return s;
    }
    PeopleService people(ctx);
    PersonRepository persons(ctx.db);
    for (qint64 id : m.people) {
        Result<std::optional<Person>> p = persons.find(id);
        if (!p)
            return Status(p.problems());
        if (!p.value())
            continue;
        Person person = *p.value();
        person.unitId = unit;
        if (Status s = people.updatePerson(person); !s)
            return s;
    }
    return success();
}
} // namespace

Result<UnitMerge> OrgService::merge(qint64 from, qint64 into)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return Result<UnitMerge>(allowed.problems());
    using R = Result<UnitMerge>;
    OrgUnitRepository repo(m_ctx.db);
    Result<std::optional<OrgUnit>> source = repo.find(from);
    Result<std::optional<OrgUnit>> target = repo.find(into);
    if (!source)
        return R(source.problems());
    if (!target)
        return R(target.problems());
    if (!source.value() || !target.value())
        return R::failure(tr("Both units of a merge must exist."));
    if (from == into)
        return R::failure(tr("A unit cannot be merged into itself."));
    if (source.value()->kind != target.value()->kind)
        return R::failure(tr("%1 and %2 are different kinds of unit; only units of the same kind merge.")
                              .arg(source.value()->name, target.value()->name));
    if (!target.value()->active)
        return R::failure(tr("%1 has been retired; merge into a unit in use.").arg(target.value()->name));

    UnitMerge m;
    m.from = from;
    m.into = into;
    AssetFilter held;
    held.unitId = from;
    if (source.value()->kind == UnitKind::Section) {
        Result<QList<Asset>> assets = AssetService(m_ctx).page(held, 0, std::numeric_limits<int>::max());
        if (!assets)
            return R(assets.problems());
        for (const Asset& a : assets.value())
            m.assets << a.id;
    }
    Result<QList<OrgUnit>> all = repo.all();
    if (!all)
        return R(all.problems());
    for (const OrgUnit& u : all.value())
        if (u.parentId == from)
            m.children << u.id;
    Result<QList<Person>> everyone = PeopleService(m_ctx).people();
    if (!everyone)
        return R(everyone.problems());
    for (const Person& p : everyone.value())
        if (p.unitId == from)
            m.people << p.id;

    Transaction tx(m_ctx.db);
    if (!tx.status())
        return R(tx.status().problems());
    if (Status s = moveAll(m_ctx, m, into, into); !s)
        return R(s.problems());
    OrgUnit retired = *source.value();
    retired.active = false;
    if (Status s = updateUnit(retired); !s)
        return R(s.problems());
    if (Status s = tx.commit(); !s)
        return R(s.problems());
    return m;
}

Status OrgService::unmerge(const UnitMerge& m)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return allowed;
    OrgUnitRepository repo(m_ctx.db);
    Result<std::optional<OrgUnit>> source = repo.find(m.from);
    if (!source)
        return Status(source.problems());
    if (!source.value())
        return Status::failure(tr("The organisation unit %1 does not exist.").arg(m.from));
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    OrgUnit revived = *source.value();
    revived.active = true;
    if (Status s = updateUnit(revived); !s)
        return s;
    if (Status s = moveAll(m_ctx, m, m.from, m.from); !s)
        return s;
    return tx.commit();
}

Result<UnitMerge> OrgService::split(const UnitMerge& part, OrgUnit created)
{
    using R = Result<UnitMerge>;
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return R(allowed.problems());
    OrgUnitRepository repo(m_ctx.db);
    Result<std::optional<OrgUnit>> source = repo.find(part.from);
    if (!source)
        return R(source.problems());
    if (!source.value() || !source.value()->active)
        return R::failure(tr("Only a unit in use can be split."));
    if (part.assets.isEmpty() && part.children.isEmpty() && part.people.isEmpty())
        return R::failure(
            tr("Choose what moves to the new unit: assets, units under %1 or people.").arg(source.value()->name));
    // Everything listed must be the unit's own: a split never takes from elsewhere.
    AssetRepository assets(m_ctx.db);
    for (qint64 id : part.assets) {
        Result<std::optional<Asset>> a = assets.find(id);
        if (!a)
            return R(a.problems());
        if (!a.value() || a.value()->sectionId != part.from)
            return R::failure(tr("Asset %1 is not held by %2.").arg(id).arg(source.value()->name),
                              QStringLiteral("assets"));
    }
    for (qint64 id : part.children) {
        Result<std::optional<OrgUnit>> u = repo.find(id);
        if (!u)
            return R(u.problems());
        if (!u.value() || u.value()->parentId != part.from)
            return R::failure(tr("Unit %1 is not under %2.").arg(id).arg(source.value()->name),
                              QStringLiteral("children"));
    }
    PersonRepository persons(m_ctx.db);
    for (qint64 id : part.people) {
        Result<std::optional<Person>> p = persons.find(id);
        if (!p)
            return R(p.problems());
        if (!p.value() || p.value()->unitId != part.from)
            return R::failure(tr("Person %1 does not work in %2.").arg(id).arg(source.value()->name),
                              QStringLiteral("people"));
    }
    created.id = 0;
    created.kind = source.value()->kind;
    created.parentId = source.value()->parentId;
    created.active = true;
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return R(tx.status().problems());
    Result<qint64> id = createUnit(created);
    if (!id)
        return R(id.problems());
    UnitMerge done = part;
    done.into = id.value();
    if (Status s = moveAll(m_ctx, done, done.into, done.into); !s)
        return R(s.problems());
    if (Status s = tx.commit(); !s)
        return R(s.problems());
    return done;
}

Status OrgService::unsplit(const UnitMerge& split)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return allowed;
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    if (Status s = moveAll(m_ctx, split, split.from, split.from); !s)
        return s;
    if (Status s = removeUnit(split.into); !s)
        return s;
    return tx.commit();
}

} // namespace daicho
