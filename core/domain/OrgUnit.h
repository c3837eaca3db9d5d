#pragma once

#include "Enums.h"

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

} // namespace daicho
