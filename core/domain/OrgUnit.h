#pragma once

#include "Enums.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace daicho {

// A node of the organisation tree: a 第3条の2 body, a 部局 or a 課室.
struct OrgUnit {
    qint64 id = 0;
    qint64 parentId = 0; // 0 for a body
    UnitKind kind = UnitKind::Section;
    QString name;   // Japanese, as the city writes it
    QString nameEn; // optional English name
    int sortOrder = 0;
    bool active = true;
};

// The tree by id, as departmentOf reads it.
inline QHash<qint64, OrgUnit> unitsById(const QList<OrgUnit>& units)
{
    QHash<qint64, OrgUnit> byId;
    for (const OrgUnit& u : units)
        byId.insert(u.id, u);
    return byId;
}

// The department (部局) a unit belongs to: the unit right below its body (a section directly
// under a body is its own). `units` holds the tree by id.
inline qint64 departmentOf(const QHash<qint64, OrgUnit>& units, qint64 unitId)
{
    qint64 current = unitId;
    while (units.contains(current) && units.value(current).parentId != 0 &&
           units.value(units.value(current).parentId).parentId != 0)
        current = units.value(current).parentId;
    return current;
}

// A unit and every unit under it (the whole tree for 0), whatever order `units` come in.
inline QSet<qint64> unitsUnder(const QList<OrgUnit>& units, qint64 root)
{
    QSet<qint64> ids;
    if (root == 0) {
        for (const OrgUnit& u : units)
            ids.insert(u.id);
        return ids;
    }
    ids.insert(root);
    for (bool grew = true; grew;) {
        grew = false;
        for (const OrgUnit& u : units)
            if (ids.contains(u.parentId) && !ids.contains(u.id)) {
                ids.insert(u.id);
                grew = true;
            }
    }
    return ids;
}

} // namespace daicho
