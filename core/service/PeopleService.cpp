#include "PeopleService.h"

#include "AccessPolicy.h"
#include "AssetService.h"
#include "AuditedWrite.h"
#include "common/Clock.h"
#include "db/Transaction.h"
#include "repo/AssetRepository.h"
#include "repo/OrgUnitRepository.h"
#include "repo/PersonRepository.h"
#include "repo/RiskRepository.h"
#include "repo/RoleRepository.h"

namespace daicho {

PeopleService::PeopleService(ServiceContext& context)
    : m_ctx(context)
{
}

Problems PeopleService::validate(const Person& person) const
{
    Problems problems;
    const QString name = person.name.trimmed();
    if (name.isEmpty())
        problems << Problem{QStringLiteral("name"), tr("Name: is required")};
    else if (name.size() > kMaxNameLength)
        problems << Problem{QStringLiteral("name"), tr("Name: at most %1 characters are allowed").arg(kMaxNameLength)};
    if (person.unitId != 0) {
        Result<std::optional<OrgUnit>> unit = OrgUnitRepository(m_ctx.db).find(person.unitId);
        if (!unit)
            return unit.problems();
        if (!unit.value())
            problems << Problem{QStringLiteral("unit_id"), tr("Unit: does not exist")};
    }
    return problems;
}

Result<qint64> PeopleService::createPerson(Person person)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return Result<qint64>(allowed.problems());
    person.name = person.name.trimmed();
    if (Problems p = validate(person); !p.isEmpty())
        return Result<qint64>(p);
    PersonRepository repo(m_ctx.db);
    return auditedWrite(m_ctx, person, QStringLiteral("create"), QString(), insertWith(repo));
}

Status PeopleService::updatePerson(Person person)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return allowed;
    person.name = person.name.trimmed();
    PersonRepository repo(m_ctx.db);
    Result<std::optional<Person>> before = repo.find(person.id);
    if (!before)
        return Status(before.problems());
    if (!before.value())
        return Status::failure(tr("The person %1 does not exist.").arg(person.id));
    if (Problems p = validate(person); !p.isEmpty())
        return Status(p);
    return toStatus(
        auditedWrite(m_ctx, person, QStringLiteral("update"), Snapshot::text(*before.value()), updateWith(repo)));
}

Result<QList<Person>> PeopleService::people() const
{
    return PersonRepository(m_ctx.db).all();
}

Result<qint64> PeopleService::count() const
{
    return PersonRepository(m_ctx.db).count();
}

Problems PeopleService::validate(const RoleAssignment& a) const
{
    Problems problems;
    const QString roleName = enumLabel(a.role);
    Result<std::optional<Person>> person = PersonRepository(m_ctx.db).find(a.personId);
    if (!person)
        return person.problems();
    if (!person.value())
        problems << Problem{QStringLiteral("person_id"), tr("Person: does not exist")};
    if (!a.validFrom.isValid())
        problems << Problem{QStringLiteral("valid_from"), tr("Start date: is required")};
    if (a.validTo.isValid() && a.validFrom.isValid() && a.validTo < a.validFrom)
        problems << Problem{QStringLiteral("valid_to"), tr("End date: lies before the start date")};

    std::optional<UnitKind> unitKind;
    if (a.unitId != 0) {
        Result<std::optional<OrgUnit>> unit = OrgUnitRepository(m_ctx.db).find(a.unitId);
        if (!unit)
            return unit.problems();
        if (unit.value())
            unitKind = unit.value()->kind;
        else
            problems << Problem{QStringLiteral("unit_id"), tr("Unit: does not exist")};
    }

    const QString unitField = QStringLiteral("unit_id");
    const RoleScope scope = roleScope(a.role);
    if ((scope == RoleScope::BodyOrDepartment || scope == RoleScope::Section) && a.assetId != 0)
        problems << Problem{QStringLiteral("asset_id"),
                            tr("%1 is assigned to a unit, not to an information system").arg(roleName)};
    switch (scope) {
    case RoleScope::WholeCity:
        if (a.unitId != 0 || a.assetId != 0)
            problems << Problem{unitField, tr("%1 covers the whole city and takes no unit or system").arg(roleName)};
        break;
    case RoleScope::BodyOrDepartment:
        if (a.unitId == 0 || (unitKind && *unitKind == UnitKind::Section))
            problems << Problem{unitField, tr("%1 is assigned to a body or department (部局)").arg(roleName)};
        break;
    case RoleScope::Section:
        if (a.unitId == 0 || (unitKind && *unitKind != UnitKind::Section))
            problems << Problem{unitField, tr("%1 is assigned to a section (課室)").arg(roleName)};
        break;
    case RoleScope::Systems: {
        if (a.unitId != 0)
            problems << Problem{unitField, tr("%1 is assigned to information systems, not to a unit").arg(roleName)};
        if (a.assetId == 0) {
            problems << Problem{QStringLiteral("asset_id"),
                                tr("%1 is assigned to an information system (an asset of category ア)").arg(roleName)};
            break;
        }
        Result<std::optional<Asset>> asset = AssetRepository(m_ctx.db).find(a.assetId);
        if (!asset)
            return asset.problems();
        if (!asset.value() || asset.value()->category != AssetCategory::Infrastructure)
            problems << Problem{QStringLiteral("asset_id"),
                                tr("%1 is assigned to an information system (an asset of category ア)").arg(roleName)};
        break;
    }
    }

    if (roleIsSingleton(a.role) && a.validFrom.isValid()) {
        // One in office at a time: no two terms may overlap, whether open-ended or not.
        Result<QList<RoleAssignment>> terms = RoleRepository(m_ctx.db).forRole(a.role);
        if (!terms)
            return terms.problems();
        for (const RoleAssignment& other : terms.value()) {
            const bool overlaps = other.id != a.id && (!other.validTo.isValid() || other.validTo >= a.validFrom) &&
                                  (!a.validTo.isValid() || a.validTo >= other.validFrom);
            if (overlaps) {
                problems << Problem{QStringLiteral("role"),
                                    tr("There is already a %1 in office; end that assignment first (第5条: one at a "
                                       "time)")
                                        .arg(roleName)};
                break;
            }
        }
    }
    return problems;
}

Result<qint64> PeopleService::assignRole(RoleAssignment assignment)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return Result<qint64>(allowed.problems());
    if (Problems p = validate(assignment); !p.isEmpty())
        return Result<qint64>(p);
    RoleRepository repo(m_ctx.db);
    return auditedWrite(m_ctx, assignment, QStringLiteral("create"), QString(), insertWith(repo));
}

Status PeopleService::endRole(qint64 assignmentId, QDate lastDay)
{
    Result<std::optional<RoleAssignment>> before = RoleRepository(m_ctx.db).find(assignmentId);
    if (!before)
        return Status(before.problems());
    if (!before.value())
        return Status::failure(tr("The role assignment %1 does not exist.").arg(assignmentId));
    RoleAssignment ended = *before.value();
    ended.validTo = lastDay;
    return updateRole(ended);
}

Status PeopleService::updateRole(const RoleAssignment& assignment)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return allowed;
    RoleRepository repo(m_ctx.db);
    Result<std::optional<RoleAssignment>> before = repo.find(assignment.id);
    if (!before)
        return Status(before.problems());
    if (!before.value())
        return Status::failure(tr("The role assignment %1 does not exist.").arg(assignment.id));
    if (Problems p = validate(assignment); !p.isEmpty())
        return Status(p);
    return toStatus(
        auditedWrite(m_ctx, assignment, QStringLiteral("update"), Snapshot::text(*before.value()), updateWith(repo)));
}

Status PeopleService::removeRole(qint64 assignmentId)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return allowed;
    RoleRepository repo(m_ctx.db);
    Result<std::optional<RoleAssignment>> found = repo.find(assignmentId);
    if (!found)
        return Status(found.problems());
    if (!found.value())
        return Status::failure(tr("The role assignment %1 does not exist.").arg(assignmentId));
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    if (Status s = repo.remove(assignmentId); !s)
        return s;
    if (Status s = m_ctx.audit.appendJson(m_ctx.actor, Snapshot::entityName(*found.value()), assignmentId,
                                          QStringLiteral("delete"), Snapshot::text(*found.value()), QString());
        !s)
        return s;
    return tx.commit();
}

Status PeopleService::removePerson(qint64 personId)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return allowed;
    PersonRepository repo(m_ctx.db);
    Result<std::optional<Person>> found = repo.find(personId);
    if (!found)
        return Status(found.problems());
    if (!found.value())
        return Status::failure(tr("The person %1 does not exist.").arg(personId));
    Result<qint64> uses = repo.references(personId);
    if (!uses)
        return Status(uses.problems());
    if (uses.value() > 0)
        return Status::failure(tr("%1 is named on assets or holds roles; mark the person as no longer active "
                                  "instead.")
                                   .arg(found.value()->name));
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    if (Status s = repo.remove(personId); !s)
        return s;
    if (Status s = m_ctx.audit.appendJson(m_ctx.actor, Snapshot::entityName(*found.value()), personId,
                                          QStringLiteral("delete"), Snapshot::text(*found.value()), QString());
        !s)
        return s;
    return tx.commit();
}

Result<QList<RoleAssignment>> PeopleService::currentRoles(qint64 personId) const
{
    return RoleRepository(m_ctx.db).currentForPerson(personId);
}

Result<QList<RoleAssignment>> PeopleService::currentHolders(Role role, qint64 unitId) const
{
    return RoleRepository(m_ctx.db).currentHolders(role, unitId);
}

Result<QList<RoleAssignment>> PeopleService::allRoles() const
{
    return RoleRepository(m_ctx.db).all();
}

Result<PeopleService::Transfer> PeopleService::transfer(qint64 from, qint64 to, QDate effective)
{
    using R = Result<Transfer>;
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return R(allowed.problems());
    if (from == to)
        return R::failure(tr("Transfer: choose two different people."), QStringLiteral("to"));
    PersonRepository people(m_ctx.db);
    Result<std::optional<Person>> successor = people.find(to);
    if (!successor)
        return R(successor.problems());
    if (!successor.value() || !successor.value()->active)
        return R::failure(tr("Transfer: the successor is not an active person of the register."), QStringLiteral("to"));
    if (!effective.isValid())
        return R::failure(tr("Transfer: give the day it takes effect."), QStringLiteral("effective"));
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return R(tx.status().problems());
    Transfer done;
    done.from = from;
    done.to = to;
    done.effective = effective;
    Result<QList<RoleAssignment>> roles = currentRoles(from);
    if (!roles)
        return R(roles.problems());
    for (const RoleAssignment& role : roles.value()) {
        if (role.validTo.isValid() && role.validTo < effective)
            continue; // ends before the transfer anyway: nothing to hand over
        if (role.validFrom.isValid() && role.validFrom >= effective)
            return R::failure(tr("Transfer: a role of the person starts on %1, on or after the transfer")
                                  .arg(role.validFrom.toString(Qt::ISODate)),
                              QStringLiteral("effective"));
        if (Status s = endRole(role.id, effective.addDays(-1)); !s)
            return R(s.problems());
        done.endedRoles << role.id;
        done.previousEnds << role.validTo;
        RoleAssignment taken = role;
        taken.id = 0;
        taken.personId = to;
        taken.validFrom = effective;
        taken.validTo = role.validTo;
        Result<qint64> id = assignRole(taken);
        if (!id)
            return R(id.problems());
        done.createdRoles << id.value();
    }
    AssetRepository assets(m_ctx.db);
    Result<QList<qint64>> named = assets.namingPerson(from);
    if (!named)
        return R(named.problems());
    QList<Asset> changed;
    for (qint64 id : named.value()) {
        Result<std::optional<Asset>> found = assets.find(id);
        if (!found)
            return R(found.problems());
        if (!found.value())
            continue;
        Asset a = *found.value();
        const int fields = swapPerson(a, from, to,
                                      kTransferredManager | kTransferredCustodian | kTransferredSystemAdmin |
                                          kTransferredSnsResponsible);
        changed << a;
        done.movedAssets << id;
        done.movedFields.insert(id, fields);
    }
    if (Status s = AssetService(m_ctx).updateMany(changed); !s)
        return R(s.problems());
    Result<QList<qint64>> owned = RiskRepository(m_ctx.db).openOwnedBy(from);
    if (!owned)
        return R(owned.problems());
    for (qint64 id : owned.value()) {
        if (Status s = setRiskOwner(id, to); !s)
            return R(s.problems());
        done.movedRisks << id;
    }
    if (Status s = tx.commit(); !s)
        return R(s.problems());
    return done;
}

Result<PeopleService::Responsibilities> PeopleService::responsibilitiesOf(qint64 personId) const
{
    using R = Result<Responsibilities>;
    Result<QList<RoleAssignment>> roles = currentRoles(personId);
    Result<QList<qint64>> assets = AssetRepository(m_ctx.db).namingPerson(personId);
    Result<QList<qint64>> risks = RiskRepository(m_ctx.db).openOwnedBy(personId);
    if (!roles || !assets || !risks)
        return R(!roles ? roles.problems() : !assets ? assets.problems() : risks.problems());
    return Responsibilities{roles.value().size(), assets.value().size(), risks.value().size()};
}

int PeopleService::swapPerson(Asset& asset, qint64 from, qint64 to, int fields)
{
    int swapped = 0;
    const std::pair<qint64*, int> people[] = {{&asset.managerId, kTransferredManager},
                                              {&asset.custodianId, kTransferredCustodian},
                                              {&asset.systemAdminId, kTransferredSystemAdmin},
                                              {&asset.snsResponsibleId, kTransferredSnsResponsible}};
    for (const auto& [person, bit] : people)
        if ((fields & bit) && *person == from) {
            *person = to;
            swapped |= bit;
        }
    return swapped;
}

Status PeopleService::setRiskOwner(qint64 riskId, qint64 ownerId)
{
    // The owner only: the risk is not scored again (a transfer re-bands nothing).
    RiskRepository repo(m_ctx.db);
    Result<std::optional<Risk>> found = repo.find(riskId);
    if (!found)
        return Status(found.problems());
    if (!found.value())
        return Status::failure(tr("The risk %1 does not exist.").arg(riskId));
    const Risk before = *found.value();
    Risk risk = before;
    risk.ownerId = ownerId;
    risk.updatedAt = m_ctx.clock.nowUtc();
    risk.version = before.version + 1;
    return toStatus(auditedWrite(m_ctx, risk, QStringLiteral("update"), Snapshot::text(before), updateWith(repo)));
}

Status PeopleService::undoTransfer(const Transfer& done)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return allowed;
    Transaction tx(m_ctx.db);
    if (!tx.status())
        return tx.status();
    for (qint64 id : done.createdRoles)
        if (Status s = removeRole(id); !s)
            return s;
    RoleRepository roles(m_ctx.db);
    for (int i = 0; i < done.endedRoles.size(); ++i) {
        Result<std::optional<RoleAssignment>> ended = roles.find(done.endedRoles.at(i));
        if (!ended)
            return Status(ended.problems());
        if (!ended.value())
            continue;
        RoleAssignment reopened = *ended.value();
        reopened.validTo = done.previousEnds.value(i);
        if (Status s = updateRole(reopened); !s)
            return s;
    }
    AssetRepository assets(m_ctx.db);
    QList<Asset> changed;
    for (qint64 id : done.movedAssets) {
        Result<std::optional<Asset>> found = assets.find(id);
        if (!found)
            return Status(found.problems());
        if (!found.value())
            continue;
        Asset a = *found.value();
        if (swapPerson(a, done.to, done.from, done.movedFields.value(id)) != 0)
            changed << a;
    }
    if (Status s = AssetService(m_ctx).updateMany(changed); !s)
        return s;
    RiskRepository risks(m_ctx.db);
    for (qint64 id : done.movedRisks) {
        Result<std::optional<Risk>> found = risks.find(id);
        if (!found)
            return Status(found.problems());
        if (found.value() && found.value()->ownerId == done.to)
            if (Status s = setRiskOwner(id, done.from); !s)
                return s;
    }
    return tx.commit();
}

} // namespace daicho
