#include "RoleCardinalityRule.h"

#include "AssetQueryRule.h"
#include "db/Query.h"
#include "domain/EnumTable.h"
#include "domain/Enums.h"
#include "repo/SqlValues.h"

namespace daicho {

QString RoleCardinalityRule::title() const
{
    return tr("Roles of Article 5 filled once each");
}

Status RoleCardinalityRule::check(const ComplianceContext& context, QList<Finding>& findings) const
{
    if (context.onlyAssets)
        return success(); // about units, not assets
    // The two city-wide roles: exactly one each. Only those who see the whole register are told.
    if (!context.visibleSections) {
        for (Role role : {Role::Ciso, Role::ChiefOfficer}) {
            Query q(context.db, QStringLiteral("SELECT COUNT(*) FROM role_assignments r WHERE r.role = :role AND ") +
                                    inOffice(QStringLiteral("r")));
            q.bind(QStringLiteral(":role"), enumKey(role)).bind(QStringLiteral(":today"), sql::date(context.today));
            Result<bool> row = q.first();
            if (!row)
                return Status(row.problems());
            const qint64 n = q.value(0).toLongLong();
            if (n != 1)
                findings << finding(
                    0, QString(), 0,
                    tr("%1: %n in office, where Article 5 asks for exactly one", nullptr, int(n)).arg(enumLabel(role)));
        }
    }
    // Departments without a 責任者, sections with assets but without a 管理者.
    const QString visibleUnits =
        context.visibleSections ? QStringLiteral(" AND u.id IN ") + context.db.dialect().idsIn(QStringLiteral(":vs"))
                                : QString();
    Query q(context.db,
            QStringLiteral("SELECT u.id, u.name, u.kind FROM org_units u WHERE u.active = 1 AND ("
                           " (u.kind = 'department' AND NOT EXISTS (SELECT 1 FROM role_assignments r"
                           "  WHERE r.unit_id = u.id AND r.role = 'security_officer' AND %1))"
                           " OR (u.kind = 'section' AND EXISTS (SELECT 1 FROM assets a WHERE a.section_id = u.id"
                           "  AND a.status = 'active') AND NOT EXISTS (SELECT 1 FROM role_assignments r"
                           "  WHERE r.unit_id = u.id AND r.role = 'security_manager' AND %1)))%2 ORDER BY u.id")
                .arg(inOffice(QStringLiteral("r")), visibleUnits));
    q.bind(QStringLiteral(":today"), sql::date(context.today));
    if (context.visibleSections)
        q.bind(QStringLiteral(":vs"), sql::idArray(*context.visibleSections));
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        const bool department = q.value(2).toString() == enumKey(UnitKind::Department);
        findings << finding(
            0, QString(), q.value(0).toLongLong(),
            (department ? tr("%1 has no %2 in office") : tr("%1 holds assets but has no %2 in office"))
                .arg(q.value(1).toString(), enumLabel(department ? Role::SecurityOfficer : Role::SecurityManager)));
    }
    return q.readStatus();
}

} // namespace daicho
