#pragma once

namespace daicho {

// How a list of assets is sorted. Only keys with an index are offered, so that sorting a
// million assets stays a walk along an index rather than a sort; ties fall back to the id.
enum class AssetSortKey { Id, Code, Name, Category, Segment, Confidentiality };

struct AssetOrder {
    AssetSortKey key = AssetSortKey::Id;
    bool descending = false;

    bool operator==(const AssetOrder& other) const { return key == other.key && descending == other.descending; }
};

} // namespace daicho
