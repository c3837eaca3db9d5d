#include "AssetValidator.h"

#include "ClassificationScheme.h"

namespace daicho {

Problem fieldProblem(AssetField field, const QString& reason)
{
    return Problem{enumKey(field),
                   QCoreApplication::translate("AssetValidator", "%1: %2").arg(enumLabel(field), reason), -1,
                   reason};
}

AssetValidator::AssetValidator(const ValidationLookup& lookup, QDate today)
    : m_lookup(lookup)
    , m_today(today)
{
}

Problems AssetValidator::validate(const Asset& asset) const
{
    Problems problems;
    checkIdentity(asset, problems);
    checkOwnership(asset, problems);
    checkClassification(asset, problems);
    checkProvision(asset, problems);
    checkDisposal(asset, problems);
    checkLength(AssetField::Subtype, asset.subtype, kMaxNameLength, problems);
    checkLength(AssetField::Location, asset.location, kMaxTextLength, problems);
    checkLength(AssetField::Notes, asset.notes, kMaxTextLength, problems);
    return problems;
}

void AssetValidator::checkLength(AssetField field, const QString& value, int max, Problems& out) const
{
    if (value.size() > max)
        out << fieldProblem(field, tr("is %1 characters long; at most %2 are allowed").arg(value.size()).arg(max));
}

void AssetValidator::checkPerson(AssetField field, qint64 personId, bool required, Problems& out) const
{
    if (personId == 0) {
        if (required)
            out << fieldProblem(field, tr("is required"));
        return;
    }
    if (!m_lookup.personExists(personId))
        out << fieldProblem(field, tr("names a person who is not in the register"));
}

void AssetValidator::checkIdentity(const Asset& a, Problems& out) const
{
    const QString code = a.code.trimmed();
    if (code.isEmpty()) {
        out << fieldProblem(AssetField::Code, tr("is required"));
    } else if (code != a.code || code.contains(QLatin1Char(' ')) || code.contains(QChar(0x3000))) {
        out << fieldProblem(AssetField::Code, tr("must not contain spaces"));
    } else if (code.size() > kMaxCodeLength) {
        checkLength(AssetField::Code, code, kMaxCodeLength, out);
    } else if (m_lookup.assetCodeTaken(code, a.id)) {
        out << fieldProblem(AssetField::Code, tr("\"%1\" is already used by another asset").arg(code));
    }
    for (const QChar ch : a.code) {
        if (ch.category() == QChar::Other_Control) {
            out << fieldProblem(AssetField::Code, tr("contains a control character"));
            break;
        }
    }

    if (a.name.trimmed().isEmpty())
        out << fieldProblem(AssetField::Name, tr("is required"));
    else
        checkLength(AssetField::Name, a.name, kMaxNameLength, out);

    if (!a.category)
        out << fieldProblem(AssetField::Category, tr("is required (ア, イ or ウ of Article 2 (3))"));
}

void AssetValidator::checkOwnership(const Asset& a, Problems& out) const
{
    if (a.sectionId == 0) {
        out << fieldProblem(AssetField::Section, tr("is required"));
    } else {
        const std::optional<UnitKind> kind = m_lookup.unitKind(a.sectionId);
        if (!kind)
            out << fieldProblem(AssetField::Section, tr("names a unit that is not in the organisation tree"));
        else if (*kind != UnitKind::Section)
            out << fieldProblem(AssetField::Section, tr("must be a section (課室), not a body or department"));
    }
    checkPerson(AssetField::Manager, a.managerId, true, out);
    checkPerson(AssetField::Custodian, a.custodianId, false, out);
    checkPerson(AssetField::SystemAdmin, a.systemAdminId, false, out);
    if (!a.segment)
        out << fieldProblem(AssetField::Segment, tr("is required; choose 該当なし for paper or stand-alone assets"));
}

void AssetValidator::checkClassification(const Asset& a, Problems& out) const
{
    const ClassificationScheme* scheme = ClassificationScheme::find(a.scheme);
    if (!scheme) {
        out << fieldProblem(AssetField::Scheme, tr("\"%1\" is not a known classification scheme").arg(a.scheme));
        return;
    }
    // An empty axis leaves the asset unclassified, which is reported as a finding; a value
    // that the scheme does not know is an error.
    const std::tuple<AssetField, Axis, QString> axes[] = {
        {AssetField::Confidentiality, Axis::Confidentiality, a.confidentiality},
        {AssetField::Integrity, Axis::Integrity, a.integrity},
        {AssetField::Availability, Axis::Availability, a.availability},
    };
    for (const auto& [field, axis, value] : axes) {
        if (value.isEmpty() || scheme->isValid(axis, value))
            continue;
        QStringList codes;
        for (const ClassificationLevel& l : scheme->levels(axis))
            codes << l.code;
        out << fieldProblem(
            field,
            tr("\"%1\" is not a level of this scheme (allowed: %2)").arg(value, codes.join(QStringLiteral(", "))));
    }
    const bool needsNote =
        a.restrictions.contains(Restriction::RetainUntil) || a.restrictions.contains(Restriction::RecoverWithin);
    if (needsNote && a.restrictionNote.trimmed().isEmpty())
        out << fieldProblem(AssetField::RestrictionNote,
                            tr("must say the date or time limit for 期限付保存 / 期限内復旧"));
    checkLength(AssetField::RestrictionNote, a.restrictionNote, kMaxTextLength, out);
}

void AssetValidator::checkProvision(const Asset& a, Problems& out) const
{
    switch (a.provision) {
    case Provision::InHouse:
        break;
    case Provision::Outsourced:
        if (a.provider.trimmed().isEmpty())
            out << fieldProblem(AssetField::Provider, tr("is required for an outsourced asset (the contractor)"));
        break;
    // The canonical ledger columns carry the provider, so it is required; the service name,
    // the SNS account and its owner are checked as compliance findings (第6条(7)), so that a
    // city's existing ledger can be moved in before those details are filled.
    case Provision::Cloud:
        if (a.provider.trimmed().isEmpty())
            out << fieldProblem(AssetField::Provider, tr("is required for a cloud service (the provider)"));
        break;
    case Provision::Sns:
        if (a.provider.trimmed().isEmpty() && a.serviceName.trimmed().isEmpty())
            out << fieldProblem(AssetField::Provider, tr("is required for a social media account (the service)"));
        checkPerson(AssetField::SnsResponsible, a.snsResponsibleId, false, out);
        break;
    }
    if (a.providerCheckedOn.isValid() && m_today.isValid() && a.providerCheckedOn > m_today)
        out << fieldProblem(AssetField::ProviderCheckedOn, tr("lies in the future"));
    checkLength(AssetField::Provider, a.provider, kMaxNameLength, out);
    checkLength(AssetField::ServiceName, a.serviceName, kMaxNameLength, out);
}

void AssetValidator::checkDisposal(const Asset& a, Problems& out) const
{
    if (a.status == AssetStatus::Active) {
        if (a.disposedOn.isValid() || !a.disposalMethod.isEmpty() || a.disposalConfirmedBy != 0)
            out << fieldProblem(AssetField::Status, tr("an active asset cannot carry a disposal record"));
        return;
    }
    if (!a.disposedOn.isValid())
        out << fieldProblem(AssetField::DisposedOn, tr("is required when an asset is disposed"));
    else if (m_today.isValid() && a.disposedOn > m_today)
        out << fieldProblem(AssetField::DisposedOn, tr("lies in the future"));
    if (a.disposalMethod.trimmed().isEmpty())
        out << fieldProblem(AssetField::DisposalMethod, tr("is required when an asset is disposed"));
    checkPerson(AssetField::DisposalConfirmedBy, a.disposalConfirmedBy, true, out);
}

} // namespace daicho
