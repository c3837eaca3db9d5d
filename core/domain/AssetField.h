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

} // namespace daicho
