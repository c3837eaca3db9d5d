#include "AccessPolicy.h"

#include "common/Clock.h"
#include "domain/Asset.h"
#include "repo/OrgUnitRepository.h"
#include "repo/RoleRepository.h"

namespace daicho {

Result<AccessScope> AccessPolicy::scopeOf(ServiceContext& ctx, const User& user)
{
    AccessScope scope;
    if (user.isAdmin) {
        scope.everything = true;
        return scope;
    }
    Result<QList<RoleAssignment>> roles = RoleRepository(ctx.db).currentForPerson(user.personId);
    if (!roles)
        return Result<AccessScope>(roles.problems());
    Result<QList<OrgUnit>> units = OrgUnitRepository(ctx.db).all();
    if (!units)
        return Result<AccessScope>(units.problems());
    QMultiHash<qint64, qint64> children;
    QHash<qint64, UnitKind> kinds;
    for (const OrgUnit& u : units.value()) {
        children.insert(u.parentId, u.id);
        kinds.insert(u.id, u.kind);
    }
    // The sections under a unit (itself, when it is one).
    const auto addSections = [&](qint64 root) {
        QList<qint64> pending{root};
        while (!pending.isEmpty()) {
            const qint64 unit = pending.takeLast();
            if (kinds.value(unit) == UnitKind::Section)
                scope.sections.insert(unit);
            pending << children.values(unit);
        }
    };
    const QDate today = ctx.clock.nowUtc().date();
    for (const RoleAssignment& a : roles.value()) {
        if (a.validFrom.isValid() && a.validFrom > today)
            continue; // not yet in office
        switch (a.role) {
        case Role::Ciso:
        case Role::ChiefOfficer:
            scope.everything = true;
            break;
        case Role::Committee:
            scope.readAll = true;
            break;
        case Role::SecurityOfficer:
        case Role::SecurityManager:
            addSections(a.unitId);
            break;
        case Role::SystemAdmin:
        case Role::SystemStaff:
            if (a.assetId != 0)
                scope.assets.insert(a.assetId);
            break;
        }
    }
    return scope;
}

Status AccessPolicy::allowEdit(const ServiceContext& ctx, const Asset& asset)
{
    if (!ctx.scope || ctx.scope->canEdit(asset.sectionId, asset.id))
        return success();
    const QString who = ctx.user ? ctx.user->login : ctx.actor;
    if (ctx.scope->readAll)
        return Status::failure(
            tr("%1 is a member of the security committee, who read the register but do not change it.").arg(who),
            kDenied);
    return Status::failure(tr("%1 may not change asset %2: its section is outside what %1 looks after (第5条).")
                               .arg(who, asset.code.isEmpty() ? tr("(new)") : asset.code),
                           kDenied);
}

Status AccessPolicy::allowManage(const ServiceContext& ctx)
{
    if (!ctx.scope || ctx.scope->everything)
        return success();
    const QString who = ctx.user ? ctx.user->login : ctx.actor;
    return Status::failure(tr("%1 may not change the organisation, people or roles: that is for administrators, "
                              "the CISO and 統括情報セキュリティ責任者.")
                               .arg(who),
                           kDenied);
}

} // namespace daicho
