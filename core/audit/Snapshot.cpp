#include "Snapshot.h"

#include "common/Timestamp.h"

#include <QJsonArray>

namespace daicho {

namespace {

QJsonValue idValue(qint64 id)
{
    return id == 0 ? QJsonValue() : QJsonValue(id);
}
QJsonValue textValue(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
QJsonValue dateValue(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue boolValue(const std::optional<bool>& b)
{
    return b ? QJsonValue(*b) : QJsonValue();
}
QJsonValue timeValue(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(Timestamp::toText(t)) : QJsonValue();
}

template <typename E> QJsonValue enumValue(const std::optional<E>& e)
{
    return e ? QJsonValue(enumKey(*e)) : QJsonValue();
}

template <typename E> QJsonValue listValue(const QList<E>& values)
{
    QJsonArray array;
    for (E v : values)
        array.append(enumKey(v));
    return array;
}

} // namespace

QJsonObject Snapshot::of(const Asset& a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("code"), a.code},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("category"), enumValue(a.category)},
        {QStringLiteral("subtype"), textValue(a.subtype)},
        {QStringLiteral("section_id"), idValue(a.sectionId)},
        {QStringLiteral("manager_id"), idValue(a.managerId)},
        {QStringLiteral("custodian_id"), idValue(a.custodianId)},
        {QStringLiteral("system_admin_id"), idValue(a.systemAdminId)},
        {QStringLiteral("segment"), enumValue(a.segment)},
        {QStringLiteral("scheme"), a.scheme},
        {QStringLiteral("confidentiality"), textValue(a.confidentiality)},
        {QStringLiteral("integrity"), textValue(a.integrity)},
        {QStringLiteral("availability"), textValue(a.availability)},
        {QStringLiteral("restrictions"), listValue(a.restrictions)},
        {QStringLiteral("restriction_note"), textValue(a.restrictionNote)},
        {QStringLiteral("personal_data"), listValue(a.personalData)},
        {QStringLiteral("provision"), enumKey(a.provision)},
        {QStringLiteral("provider"), textValue(a.provider)},
        {QStringLiteral("service_name"), textValue(a.serviceName)},
        {QStringLiteral("contract_security"), boolValue(a.contractHasSecurity)},
        {QStringLiteral("provider_checked_on"), dateValue(a.providerCheckedOn)},
        {QStringLiteral("data_location"), textValue(a.dataLocation)},
        {QStringLiteral("ismap_registered"), boolValue(a.ismapRegistered)},
        {QStringLiteral("usage_rules"), boolValue(a.usageRulesInPlace)},
        {QStringLiteral("sns_responsible_id"), idValue(a.snsResponsibleId)},
        {QStringLiteral("publishable_info"), textValue(a.publishableInfo)},
        {QStringLiteral("location"), textValue(a.location)},
        {QStringLiteral("notes"), textValue(a.notes)},
        {QStringLiteral("extra"), a.extra},
        {QStringLiteral("status"), enumKey(a.status)},
        {QStringLiteral("disposed_on"), dateValue(a.disposedOn)},
        {QStringLiteral("disposal_method"), textValue(a.disposalMethod)},
        {QStringLiteral("disposal_confirmed_by"), idValue(a.disposalConfirmedBy)},
        {QStringLiteral("created_at"), timeValue(a.createdAt)},
        {QStringLiteral("updated_at"), timeValue(a.updatedAt)},
        {QStringLiteral("version"), a.version},
    };
}

QJsonObject Snapshot::of(const OrgUnit& u)
{
    return QJsonObject{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("parent_id"), idValue(u.parentId)},
        {QStringLiteral("kind"), enumKey(u.kind)},
        {QStringLiteral("name"), u.name},
        {QStringLiteral("name_en"), textValue(u.nameEn)},
        {QStringLiteral("sort_order"), u.sortOrder},
        {QStringLiteral("active"), u.active},
    };
}

QJsonObject Snapshot::of(const Person& p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("name_kana"), textValue(p.nameKana)},
        {QStringLiteral("title"), textValue(p.title)},
        {QStringLiteral("email"), textValue(p.email)},
        {QStringLiteral("unit_id"), idValue(p.unitId)},
        {QStringLiteral("part_time"), p.partTime},
        {QStringLiteral("active"), p.active},
    };
}

QJsonObject Snapshot::of(const RoleAssignment& r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("person_id"), r.personId},
        {QStringLiteral("role"), enumKey(r.role)},
        {QStringLiteral("unit_id"), idValue(r.unitId)},
        {QStringLiteral("asset_id"), idValue(r.assetId)},
        {QStringLiteral("valid_from"), dateValue(r.validFrom)},
        {QStringLiteral("valid_to"), dateValue(r.validTo)},
    };
}

} // namespace daicho
