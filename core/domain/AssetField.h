#pragma once

#include "EnumTable.h"

namespace daicho {

// The fields of an asset as people name them: the canonical ledger headers (DESIGN.md §4)
// first, then the rest. Validation messages and the exchange format share these labels.
enum class AssetField {
    Code,
    Name,
    Category,
    Subtype,
    Department,
    Section,
    Manager,
    Custodian,
    SystemAdmin,
    Segment,
    Confidentiality,
    Integrity,
    Availability,
    Provision,
    Provider,
    Location,
    Notes,
    Body,
    Scheme,
    Restrictions,
    RestrictionNote,
    PersonalData,
    ServiceName,
    ContractHasSecurity,
    ProviderCheckedOn,
    DataLocation,
    IsmapRegistered,
    UsageRulesInPlace,
    SnsResponsible,
    PublishableInfo,
    Status,
    DisposedOn,
    DisposalMethod,
    DisposalConfirmedBy,
    Extra,
};

template <> const QList<EnumEntry<AssetField>>& enumEntries<AssetField>();

// A set of fields as bits: every row of an import carries one.
class AssetFieldSet {
public:
    void insert(AssetField field) { m_bits |= bit(field); }
    bool contains(AssetField field) const { return (m_bits & bit(field)) != 0; }

private:
    static constexpr quint64 bit(AssetField field) { return quint64(1) << static_cast<int>(field); }
    static_assert(static_cast<int>(AssetField::Extra) < 64, "AssetFieldSet holds 64 fields");
    quint64 m_bits = 0;
};

} // namespace daicho
