#include "Enums.h"

namespace daicho {

template <> const QList<EnumEntry<AssetCategory>>& enumEntries<AssetCategory>()
{
    static const QList<EnumEntry<AssetCategory>> entries{
        {AssetCategory::Infrastructure,
         "infrastructure",
         {"ネットワーク、情報システム並びにこれらに関する設備及び電磁的記録媒体",
          "Networks, systems, facilities and media"}},
        {AssetCategory::Information,
         "information",
         {"ネットワーク及び情報システムで取り扱う情報（印刷した文書を含む）",
          "Information handled by networks and systems (printed too)"}},
        {AssetCategory::Document,
         "document",
         {"情報システムの仕様書、ネットワーク図等のシステム関連文書", "System documents"}},
    };
    return entries;
}

template <> const QList<EnumEntry<NetworkSegment>>& enumEntries<NetworkSegment>()
{
    static const QList<EnumEntry<NetworkSegment>> entries{
        {NetworkSegment::MyNumber, "mynumber", {"マイナンバー利用事務系", "Individual-number use segment"}},
        {NetworkSegment::Lgwan, "lgwan", {"LGWAN接続系", "LGWAN-connected segment"}},
        {NetworkSegment::Internet, "internet", {"インターネット接続系", "Internet-connected segment"}},
        {NetworkSegment::None, "none", {"該当なし（紙・スタンドアロン）", "None (paper or stand-alone)"}},
    };
    return entries;
}

template <> const QList<EnumEntry<Provision>>& enumEntries<Provision>()
{
    static const QList<EnumEntry<Provision>> entries{
        {Provision::InHouse, "in_house", {"自庁運用", "In-house"}},
        {Provision::Outsourced, "outsourced", {"業務委託", "Outsourced"}},
        {Provision::Cloud, "cloud", {"外部サービス（クラウドサービス）", "External service (cloud)"}},
        {Provision::Sns, "sns", {"ソーシャルメディア", "Social media"}},
    };
    return entries;
}

template <> const QList<EnumEntry<AssetStatus>>& enumEntries<AssetStatus>()
{
    static const QList<EnumEntry<AssetStatus>> entries{
        {AssetStatus::Active, "active", {"運用中", "Active"}},
        {AssetStatus::Disposed, "disposed", {"廃棄済", "Disposed"}},
    };
    return entries;
}

template <> const QList<EnumEntry<UnitKind>>& enumEntries<UnitKind>()
{
    static const QList<EnumEntry<UnitKind>> entries{
        {UnitKind::Body, "body", {"機関", "Body"}},
        {UnitKind::Department, "department", {"部局", "Department"}},
        {UnitKind::Section, "section", {"課室", "Section"}},
    };
    return entries;
}

template <> const QList<EnumEntry<Role>>& enumEntries<Role>()
{
    static const QList<EnumEntry<Role>> entries{
        {Role::Ciso, "ciso", {"最高情報セキュリティ責任者", "Chief Information Security Officer"}},
        {Role::ChiefOfficer, "chief_officer", {"統括情報セキュリティ責任者", "Chief Security Coordinator"}},
        {Role::SecurityOfficer, "security_officer", {"情報セキュリティ責任者", "Information Security Officer"}},
        {Role::SecurityManager, "security_manager", {"情報セキュリティ管理者", "Information Security Manager"}},
        {Role::SystemAdmin, "system_admin", {"情報システム管理者", "Information System Administrator"}},
        {Role::SystemStaff, "system_staff", {"情報システム担当者", "Information System Staff"}},
        {Role::Committee, "committee", {"能代市情報セキュリティ対策委員会 委員", "Security Committee member"}},
    };
    return entries;
}

template <> const QList<EnumEntry<Restriction>>& enumEntries<Restriction>()
{
    static const QList<EnumEntry<Restriction>> entries{
        {Restriction::NeedToKnow, "need_to_know", {"関係者限り", "Need to know only"}},
        {Restriction::NoCopy, "no_copy", {"複製禁止", "No copying"}},
        {Restriction::CopyNeedsPermission, "copy_needs_permission", {"複製要許可", "Copying needs permission"}},
        {Restriction::NoDistribution, "no_distribution", {"配付禁止", "No distribution"}},
        {Restriction::EncryptionRequired, "encryption_required", {"暗号化必須", "Encryption required"}},
        {Restriction::NoForwarding, "no_forwarding", {"転送禁止", "No forwarding"}},
        {Restriction::NoTakingOut, "no_taking_out", {"外部持出禁止", "No taking outside"}},
        {Restriction::NoRewrite, "no_rewrite", {"書換禁止", "No rewriting"}},
        {Restriction::NoDeletion, "no_deletion", {"削除禁止", "No deletion"}},
        {Restriction::RetainUntil, "retain_until", {"期限付保存", "Retain until a date"}},
        {Restriction::RecoverWithin, "recover_within", {"期限内復旧", "Recover within a time"}},
    };
    return entries;
}

template <> const QList<EnumEntry<PersonalData>>& enumEntries<PersonalData>()
{
    static const QList<EnumEntry<PersonalData>> entries{
        {PersonalData::Personal, "personal", {"個人情報", "Personal information"}},
        {PersonalData::Sensitive, "sensitive", {"要配慮個人情報", "Special care-required personal information"}},
        {PersonalData::SpecificPersonal,
         "specific_personal",
         {"特定個人情報（マイナンバー）", "Specific personal information (My Number)"}},
    };
    return entries;
}

QString categoryLetter(AssetCategory category)
{
    switch (category) {
    case AssetCategory::Infrastructure:
        return QStringLiteral("ア");
    case AssetCategory::Information:
        return QStringLiteral("イ");
    case AssetCategory::Document:
        return QStringLiteral("ウ");
    }
    return {};
}

RoleScope roleScope(Role role)
{
    switch (role) {
    case Role::Ciso:
    case Role::ChiefOfficer:
    case Role::Committee:
        return RoleScope::WholeCity;
    case Role::SecurityOfficer:
        return RoleScope::BodyOrDepartment;
    case Role::SecurityManager:
        return RoleScope::Section;
    case Role::SystemAdmin:
    case Role::SystemStaff:
        return RoleScope::Systems;
    }
    return RoleScope::WholeCity;
}

bool roleIsSingleton(Role role)
{
    return role == Role::Ciso || role == Role::ChiefOfficer;
}

} // namespace daicho
