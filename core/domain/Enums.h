#pragma once

#include "EnumTable.h"

// The regulation's enumerations. Labels live in Enums.cpp, in the regulation's exact words.
namespace daicho {

// 第2条(3) ア/イ/ウ
enum class AssetCategory { Infrastructure, Information, Document };

// 第2条(9)-(12), 第6条(2)
enum class NetworkSegment { MyNumber, Lgwan, Internet, None };

// 第6条(7)
enum class Provision { InHouse, Outsourced, Cloud, Sns };

enum class AssetStatus { Active, Disposed };

// 第3条の2 bodies → 部局 → 課室
enum class UnitKind { Body, Department, Section };

// 第5条, top to bottom
enum class Role { Ciso, ChiefOfficer, SecurityOfficer, SecurityManager, SystemAdmin, SystemStaff, Committee };

// 取扱制限 (handling restrictions that classification levels bring)
enum class Restriction {
    NeedToKnow,
    NoCopy,
    CopyNeedsPermission,
    NoDistribution,
    EncryptionRequired,
    NoForwarding,
    NoTakingOut,
    NoRewrite,
    NoDeletion,
    RetainUntil,
    RecoverWithin
};

// Personal-data flags
enum class PersonalData { Personal, Sensitive, SpecificPersonal };

template <> const QList<EnumEntry<AssetCategory>>& enumEntries<AssetCategory>();
template <> const QList<EnumEntry<NetworkSegment>>& enumEntries<NetworkSegment>();
template <> const QList<EnumEntry<Provision>>& enumEntries<Provision>();
template <> const QList<EnumEntry<AssetStatus>>& enumEntries<AssetStatus>();
template <> const QList<EnumEntry<UnitKind>>& enumEntries<UnitKind>();
template <> const QList<EnumEntry<Role>>& enumEntries<Role>();
template <> const QList<EnumEntry<Restriction>>& enumEntries<Restriction>();
template <> const QList<EnumEntry<PersonalData>>& enumEntries<PersonalData>();

// ア / イ / ウ
QString categoryLetter(AssetCategory category);

// The scope a role is assigned over (第5条 scope rules).
enum class RoleScope { WholeCity, BodyOrDepartment, Section, Systems };
RoleScope roleScope(Role role);
// Roles of which only one may be in office at a time (one CISO, one 統括).
bool roleIsSingleton(Role role);

} // namespace daicho
