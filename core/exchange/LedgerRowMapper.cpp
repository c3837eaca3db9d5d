#include "LedgerRowMapper.h"

#include "LedgerValues.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace daicho {

LedgerRowMapper::LedgerRowMapper(LedgerHeader header)
    : m_header(std::move(header))
{
}

LedgerRow LedgerRowMapper::map(const SourceRow& source) const
{
    LedgerRow row;
    row.line = source.line;
    row.blank = true;
    for (const QString& cell : source.cells)
        if (!cell.trimmed().isEmpty()) {
            row.blank = false;
            break;
        }
    if (row.blank)
        return row;

    for (auto it = m_header.fieldAt.cbegin(); it != m_header.fieldAt.cend(); ++it) {
        row.present.insert(it.value());
        apply(it.value(), source.cells.value(it.key()), row);
    }
    // Columns nobody knows are kept with the asset, under their own header, never dropped.
    for (auto it = m_header.unknown.cbegin(); it != m_header.unknown.cend(); ++it) {
        const QString value = source.cells.value(it.key());
        if (!value.isEmpty())
            row.asset.extra.insert(it.value(), value);
    }
    if (source.cells.size() > m_header.texts.size()) {
        for (qsizetype i = m_header.texts.size(); i < source.cells.size(); ++i)
            if (!source.cells.at(i).trimmed().isEmpty()) {
                row.problems << Problem(QString(), tr("has more cells than the header row has columns"));
                break;
            }
    }
    return row;
}

void LedgerRowMapper::apply(AssetField field, const QString& text, LedgerRow& row) const
{
    Asset& a = row.asset;
    const bool empty = text.trimmed().isEmpty();
    QString reason;
    const auto fail = [&row, field, &reason] { row.problems << Problem(enumKey(field), reason, -1, reason); };
    // Reads an optional value: an empty cell leaves it unset; a bad one is a problem.
    const auto read = [&](auto parse, auto assign) {
        if (empty)
            return;
        if (auto value = parse(text, reason))
            assign(*value);
        else
            fail();
    };

    switch (field) {
    case AssetField::Code:
        a.code = text;
        break;
    case AssetField::Name:
        a.name = text;
        break;
    case AssetField::Category:
        read(&LedgerValues::category, [&a](AssetCategory c) { a.category = c; });
        break;
    case AssetField::Subtype:
        a.subtype = text;
        break;
    case AssetField::Body:
        row.bodyName = text.trimmed();
        break;
    case AssetField::Department:
        row.departmentName = text.trimmed();
        break;
    case AssetField::Section:
        row.sectionName = text.trimmed();
        break;
    case AssetField::Manager:
    case AssetField::Custodian:
    case AssetField::SystemAdmin:
    case AssetField::SnsResponsible:
    case AssetField::DisposalConfirmedBy:
        if (!empty)
            row.personName(field) = text.trimmed();
        break;
    case AssetField::Segment:
        read(&LedgerValues::segment, [&a](NetworkSegment s) { a.segment = s; });
        break;
    case AssetField::Confidentiality:
        read(&LedgerValues::level, [&a](const QString& l) { a.confidentiality = l; });
        break;
    case AssetField::Integrity:
        read(&LedgerValues::level, [&a](const QString& l) { a.integrity = l; });
        break;
    case AssetField::Availability:
        read(&LedgerValues::level, [&a](const QString& l) { a.availability = l; });
        break;
    case AssetField::Provision:
        read(&LedgerValues::provision, [&a](Provision p) { a.provision = p; });
        break;
    case AssetField::Provider:
        a.provider = text;
        break;
    case AssetField::Location:
        a.location = text;
        break;
    case AssetField::Notes:
        a.notes = text;
        break;
    case AssetField::Scheme:
        read(&LedgerValues::scheme, [&a](const QString& s) { a.scheme = s; });
        break;
    case AssetField::Restrictions:
        read(&LedgerValues::restrictions, [&a](const QList<Restriction>& r) { a.restrictions = r; });
        break;
    case AssetField::RestrictionNote:
        a.restrictionNote = text;
        break;
    case AssetField::PersonalData:
        read(&LedgerValues::personalData, [&a](const QList<PersonalData>& p) { a.personalData = p; });
        break;
    case AssetField::ServiceName:
        a.serviceName = text;
        break;
    case AssetField::ContractHasSecurity:
        read(&LedgerValues::yesNo, [&a](bool b) { a.contractHasSecurity = b; });
        break;
    case AssetField::ProviderCheckedOn:
        read(&LedgerValues::date, [&a](const QDate& d) { a.providerCheckedOn = d; });
        break;
    case AssetField::DataLocation:
        a.dataLocation = text;
        break;
    case AssetField::IsmapRegistered:
        read(&LedgerValues::yesNo, [&a](bool b) { a.ismapRegistered = b; });
        break;
    case AssetField::UsageRulesInPlace:
        read(&LedgerValues::yesNo, [&a](bool b) { a.usageRulesInPlace = b; });
        break;
    case AssetField::PublishableInfo:
        a.publishableInfo = text;
        break;
    case AssetField::Status:
        read(&LedgerValues::status, [&a](AssetStatus s) { a.status = s; });
        break;
    case AssetField::DisposedOn:
        read(&LedgerValues::date, [&a](const QDate& d) { a.disposedOn = d; });
        break;
    case AssetField::DisposalMethod:
        a.disposalMethod = text;
        break;
    case AssetField::Extra:
        if (!empty) {
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (!doc.isObject()) {
                reason = tr("is not a list of extra attributes written by Daicho (JSON object)");
                fail();
            } else {
                const QJsonObject extra = doc.object();
                for (auto it = extra.begin(); it != extra.end(); ++it)
                    a.extra.insert(it.key(), it.value());
            }
        }
        break;
    }
}

} // namespace daicho
