#pragma once

#include "Enums.h"

#include <QDate>

namespace daicho {

// A person holding a 第5条 role. The scope is a unit (body/department for 責任者, section for
// 管理者) or an information-system asset (システム管理者/担当者); whole-city roles have neither.
// Ended assignments are kept (validTo set) so that 人事異動 keeps its history.
struct RoleAssignment {
    qint64 id = 0;
    qint64 personId = 0;
    Role role = Role::SecurityManager;
    qint64 unitId = 0;
    qint64 assetId = 0;
    QDate validFrom;
    QDate validTo; // null while in office
};

} // namespace daicho
