#pragma once

#include <QtGlobal>

namespace daicho {

// Which assets a view shows. Filtering is done in SQL, never on rows already loaded.
struct AssetFilter {
    qint64 unitId = 0; // an organisation unit: its whole subtree; 0 for the whole register

    bool isEmpty() const { return unitId == 0; }
    bool operator==(const AssetFilter& other) const { return unitId == other.unitId; }
};

} // namespace daicho
