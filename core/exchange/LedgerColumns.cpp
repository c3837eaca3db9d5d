#include "LedgerColumns.h"

#include "LedgerText.h"

#include <algorithm>

namespace daicho {

namespace {

// Headers seen in municipal ledgers besides the canonical ones.
const QList<std::pair<AssetField, const char*>> kAliases{
    {AssetField::Code, "資産番号"},
    {AssetField::Code, "管理番号"},
    {AssetField::Code, "id"},
    {AssetField::Name, "資産名"},
    {AssetField::Name, "名称"},
    {AssetField::Name, "情報資産名"},
    {AssetField::Category, "資産分類"},
    {AssetField::Category, "情報資産の分類"},
    {AssetField::Subtype, "資産種別"},
    {AssetField::Department, "部局"},
    {AssetField::Department, "部局名"},
    {AssetField::Section, "所管課"},
    {AssetField::Section, "課室"},
    {AssetField::Section, "課室名"},
    {AssetField::Section, "所属"},
    {AssetField::Manager, "責任者"},
    {AssetField::Custodian, "管理担当者"},
    {AssetField::Segment, "セグメント"},
    {AssetField::Segment, "ネットワーク区分"},
    {AssetField::Segment, "区分（三層）"},
    {AssetField::Provider, "委託先"},
    {AssetField::Provider, "提供者"},
    {AssetField::Location, "設置場所"},
    {AssetField::Location, "所在"},
    {AssetField::Notes, "メモ"},
    {AssetField::Body, "機関名"},
    {AssetField::Confidentiality, "c"},
    {AssetField::Integrity, "i"},
    {AssetField::Availability, "a"},
};

} // namespace

const QList<AssetField>& LedgerColumns::exportOrder()
{
    using F = AssetField;
    static const QList<AssetField> order{
        F::Code,
        F::Name,
        F::Category,
        F::Subtype,
        F::Body,
        F::Department,
        F::Section,
        F::Manager,
        F::Custodian,
        F::SystemAdmin,
        F::Segment,
        F::Confidentiality,
        F::Integrity,
        F::Availability,
        F::Provision,
        F::Provider,
        F::Location,
        F::Notes,
        F::Scheme,
        F::Restrictions,
        F::RestrictionNote,
        F::PersonalData,
        F::ServiceName,
        F::ContractHasSecurity,
        F::ProviderCheckedOn,
        F::DataLocation,
        F::IsmapRegistered,
        F::UsageRulesInPlace,
        F::SnsResponsible,
        F::PublishableInfo,
        F::Status,
        F::DisposedOn,
        F::DisposalMethod,
        F::DisposalConfirmedBy,
        F::Extra,
    };
    return order;
}

std::optional<AssetField> LedgerColumns::match(const QString& header)
{
    static const QHash<QString, AssetField> index = LedgerText::index<AssetField>(kAliases);
    const auto it = index.constFind(LedgerText::key(header));
    return it == index.constEnd() ? std::nullopt : std::optional<AssetField>(*it);
}

QString LedgerColumns::header(AssetField field)
{
    return enumLabel(field, Language::Japanese);
}

LedgerHeader LedgerHeader::fromCells(const QStringList& cells, const ColumnMapping& mapping)
{
    LedgerHeader h;
    h.texts = cells;
    const auto place = [&h, &cells](int i, std::optional<AssetField> field) {
        if (!field) {
            h.unknown.insert(i, cells.at(i).trimmed().isEmpty() ? QString::number(i + 1) : cells.at(i).trimmed());
        } else if (h.columnOf.contains(*field)) {
            h.duplicates << cells.at(i);
        } else {
            h.fieldAt.insert(i, *field);
            h.columnOf.insert(*field, i);
        }
    };
    // What the user chose comes first, so a column matched by name cannot take its field.
    QList<int> chosen = mapping.keys();
    std::sort(chosen.begin(), chosen.end());
    for (int i : chosen)
        if (i >= 0 && i < cells.size())
            place(i, mapping.value(i));
    for (int i = 0; i < cells.size(); ++i) {
        if (mapping.contains(i) || cells.at(i).trimmed().isEmpty())
            continue;
        place(i, LedgerColumns::match(cells.at(i)));
    }
    return h;
}

QString LedgerHeader::textOf(AssetField field) const
{
    const auto it = columnOf.constFind(field);
    return it == columnOf.constEnd() ? LedgerColumns::header(field) : texts.at(*it).trimmed();
}

} // namespace daicho
