#pragma once

#include <QString>

namespace daicho {

// Which assets a view shows. Filtering is done in SQL, never on rows already loaded.
struct AssetFilter {
    qint64 unitId = 0; // an organisation unit: its whole subtree; 0 for the whole register
    QString text;      // any substring of ID, name, type, location, notes or people's names

    bool isEmpty() const { return unitId == 0 && text.isEmpty(); }
    bool operator==(const AssetFilter& other) const { return unitId == other.unitId && text == other.text; }
};

} // namespace daicho
