#pragma once

#include "Inspection.h"

#include <QList>

namespace daicho {

// One obligation of the regulation, as a default checklist item.
struct DefaultInspectionItem {
    const char* key;
    const char* article;
    Label text;
};

// The self-inspection checklist a register starts with (migration 9 copies it into the register,
// where the security office may add or retire items): one item per obligation of the regulation,
// in the order of its articles, worded as something a section can check in its own office.
class InspectionChecklist {
public:
    static const QList<DefaultInspectionItem>& defaults();
    // A default as an item of a register's checklist at `position` (not stored: no id yet).
    static InspectionItem toItem(const DefaultInspectionItem& item, int position);
};

} // namespace daicho
