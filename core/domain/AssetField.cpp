#include "AssetField.h"

namespace daicho {

template <> const QList<EnumEntry<AssetField>>& enumEntries<AssetField>()
{
    using F = AssetField;
    static const QList<EnumEntry<AssetField>> entries{
        {F::Code, "code", {"資産ID", "Asset ID"}},
        {F::Name, "name", {"資産名称", "Asset name"}},
        {F::Category, "category", {"分類", "Category"}},
        {F::Subtype, "subtype", {"種別", "Type"}},
        {F::Department, "department", {"所管部局", "Department"}},
        {F::Section, "section", {"所管課室", "Section"}},
        {F::Manager, "manager", {"管理責任者", "Accountable manager"}},
        {F::Custodian, "custodian", {"担当者", "Custodian"}},
        {F::SystemAdmin, "system_admin", {"情報システム管理者", "Information System Administrator"}},
        {F::Segment, "segment", {"通信経路区分", "Network segment"}},
        {F::Confidentiality, "confidentiality", {"機密性", "Confidentiality"}},
        {F::Integrity, "integrity", {"完全性", "Integrity"}},
        {F::Availability, "availability", {"可用性", "Availability"}},
        {F::Provision, "provision", {"提供形態", "Provision"}},
        {F::Provider, "provider", {"委託先・提供者", "Contractor or provider"}},
        {F::Location, "location", {"保管場所", "Location"}},
        {F::Notes, "notes", {"備考", "Notes"}},
        {F::Body, "body", {"機関", "Body"}},
        {F::Scheme, "scheme", {"分類基準", "Classification scheme"}},
        {F::Restrictions, "restrictions", {"取扱制限", "Handling restrictions"}},
        {F::RestrictionNote, "restriction_note", {"取扱制限（補足）", "Handling restrictions (details)"}},
        {F::PersonalData, "personal_data", {"個人情報区分", "Personal data"}},
        {F::ServiceName, "service_name", {"サービス名・アカウント", "Service or account"}},
        {F::ContractHasSecurity,
         "contract_security",
         {"契約における情報セキュリティ要件", "Security requirements in the contract"}},
        {F::ProviderCheckedOn, "provider_checked_on", {"対策確認日", "Measures checked on"}},
        {F::DataLocation, "data_location", {"データ保管場所", "Data location"}},
        {F::IsmapRegistered, "ismap", {"ISMAP登録", "ISMAP registered"}},
        {F::UsageRulesInPlace, "usage_rules", {"利用規定・運用手順", "Usage rules or operating procedure"}},
        {F::SnsResponsible, "sns_responsible", {"アカウント責任者", "Account owner"}},
        {F::PublishableInfo, "publishable_info", {"発信できる情報", "What may be published"}},
        {F::Status, "status", {"状態", "Status"}},
        {F::DisposedOn, "disposed_on", {"廃棄日", "Disposed on"}},
        {F::DisposalMethod, "disposal_method", {"廃棄方法", "Disposal method"}},
        {F::DisposalConfirmedBy, "disposal_confirmed_by", {"廃棄確認者", "Disposal confirmed by"}},
        {F::Extra, "extra", {"追加属性", "Extra attributes"}},
    };
    return entries;
}

} // namespace daicho
