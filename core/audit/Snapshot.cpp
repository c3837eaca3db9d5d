#include "Snapshot.h"

#include "CanonicalJson.h"
#include "common/Timestamp.h"

#include <QCryptographicHash>
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

QJsonObject Snapshot::of(const User& u)
{
    return QJsonObject{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("login"), u.login},
        {QStringLiteral("person_id"), u.personId},
        {QStringLiteral("is_admin"), u.isAdmin},
        {QStringLiteral("enabled"), u.enabled},
    };
}

QJsonObject Snapshot::of(const Risk& r)
{
    const auto level = [](int v) { return v > 0 ? QJsonValue(v) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("asset_id"), r.assetId},
        {QStringLiteral("threat"), r.threatKey},
        {QStringLiteral("method"), r.method},
        {QStringLiteral("method_snapshot"), textValue(r.methodSnapshot)},
        {QStringLiteral("threat_level"), level(r.threatLevel)},
        {QStringLiteral("vulnerability_level"), level(r.vulnerabilityLevel)},
        {QStringLiteral("impact"), r.impact},
        {QStringLiteral("likelihood"), r.likelihood},
        {QStringLiteral("value"), r.value},
        {QStringLiteral("band"), enumKey(r.band)},
        {QStringLiteral("treatment"), enumValue(r.treatment)},
        {QStringLiteral("plan"), textValue(r.plan)},
        {QStringLiteral("owner_id"), idValue(r.ownerId)},
        {QStringLiteral("due_on"), dateValue(r.dueOn)},
        {QStringLiteral("status"), enumKey(r.status)},
        {QStringLiteral("residual_threat"), level(r.residualThreat)},
        {QStringLiteral("residual_vulnerability"), level(r.residualVulnerability)},
        {QStringLiteral("residual_impact"), level(r.residualImpact)},
        {QStringLiteral("residual_likelihood"), level(r.residualLikelihood)},
        {QStringLiteral("residual_value"), level(r.residualValue)},
        {QStringLiteral("residual_band"), enumValue(r.residualBand)},
        {QStringLiteral("version"), r.version},
    };
}

QJsonObject Snapshot::of(const Threat& t)
{
    QJsonArray axes;
    for (Axis axis : t.axes)
        axes.append(axisKey(axis));
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("key"), t.key},
        {QStringLiteral("group"), enumKey(t.group)},
        {QStringLiteral("name_ja"), t.nameJa},
        {QStringLiteral("name_en"), textValue(t.nameEn)},
        {QStringLiteral("axes"), axes},
        {QStringLiteral("position"), t.position},
        {QStringLiteral("active"), t.active},
        {QStringLiteral("version"), t.version},
    };
}

QJsonObject Snapshot::of(const ReviewCampaign& c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("fiscal_year"), c.fiscalYear},
        {QStringLiteral("opened_on"), dateValue(c.openedOn)},
        {QStringLiteral("due_on"), dateValue(c.dueOn)},
        {QStringLiteral("closed_on"), dateValue(c.closedOn)},
        {QStringLiteral("version"), c.version},
    };
}

QJsonObject Snapshot::of(const AssetReview& r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("campaign_id"), r.campaignId},
        {QStringLiteral("asset_id"), r.assetId},
        {QStringLiteral("outcome"), enumKey(r.outcome)},
        {QStringLiteral("comment"), textValue(r.comment)},
        {QStringLiteral("reviewed_by"), r.reviewedBy},
        {QStringLiteral("version"), r.version},
    };
}

QJsonObject Snapshot::of(const ReviewSignoff& s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("campaign_id"), s.campaignId},
        {QStringLiteral("unit_id"), s.unitId},
        {QStringLiteral("signed_by"), s.signedBy},
        {QStringLiteral("comment"), textValue(s.comment)},
        {QStringLiteral("version"), s.version},
    };
}

QJsonObject Snapshot::of(const Holding& h)
{
    return QJsonObject{
        {QStringLiteral("id"), h.id},
        {QStringLiteral("holder_id"), h.holderId},
        {QStringLiteral("held_id"), h.heldId},
        {QStringLiteral("version"), h.version},
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

QString Snapshot::text(const Asset& a)
{
    // Keys in the order QJsonObject keeps them (sorted); tst_snapshot holds this equal to of().
    CanonicalJson j;
    const auto id = [&j](qint64 v) {
        if (v == 0)
            j.null();
        else
            j.value(v);
    };
    const auto flag = [&j](const std::optional<bool>& b) {
        if (b)
            j.value(*b);
        else
            j.null();
    };
    const auto date = [&j](const QDate& d) {
        if (d.isValid())
            j.value(d.toString(Qt::ISODate));
        else
            j.null();
    };
    const auto time = [&j](const QDateTime& t) {
        if (t.isValid())
            j.value(Timestamp::toText(t));
        else
            j.null();
    };
    const auto list = [&j](const QStringList& keys) {
        QString out = QStringLiteral("[");
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            CanonicalJson::appendString(out, keys.at(i));
        }
        out += QLatin1Char(']');
        j.raw(out);
    };
    const auto keysOf = [](const auto& values) {
        QStringList keys;
        for (auto v : values)
            keys << enumKey(v);
        return keys;
    };

    j.key(QLatin1String("availability"));
    j.textOrNull(a.availability);
    j.key(QLatin1String("category"));
    j.textOrNull(a.category ? enumKey(*a.category) : QString());
    j.key(QLatin1String("code"));
    j.value(a.code);
    j.key(QLatin1String("confidentiality"));
    j.textOrNull(a.confidentiality);
    j.key(QLatin1String("contract_security"));
    flag(a.contractHasSecurity);
    j.key(QLatin1String("created_at"));
    time(a.createdAt);
    j.key(QLatin1String("custodian_id"));
    id(a.custodianId);
    j.key(QLatin1String("data_location"));
    j.textOrNull(a.dataLocation);
    j.key(QLatin1String("disposal_confirmed_by"));
    id(a.disposalConfirmedBy);
    j.key(QLatin1String("disposal_method"));
    j.textOrNull(a.disposalMethod);
    j.key(QLatin1String("disposed_on"));
    date(a.disposedOn);
    j.key(QLatin1String("extra"));
    j.raw(QString::fromUtf8(QJsonDocument(a.extra).toJson(QJsonDocument::Compact)));
    j.key(QLatin1String("id"));
    j.value(a.id);
    j.key(QLatin1String("integrity"));
    j.textOrNull(a.integrity);
    j.key(QLatin1String("ismap_registered"));
    flag(a.ismapRegistered);
    j.key(QLatin1String("location"));
    j.textOrNull(a.location);
    j.key(QLatin1String("manager_id"));
    id(a.managerId);
    j.key(QLatin1String("name"));
    j.value(a.name);
    j.key(QLatin1String("notes"));
    j.textOrNull(a.notes);
    j.key(QLatin1String("personal_data"));
    list(keysOf(a.personalData));
    j.key(QLatin1String("provider"));
    j.textOrNull(a.provider);
    j.key(QLatin1String("provider_checked_on"));
    date(a.providerCheckedOn);
    j.key(QLatin1String("provision"));
    j.value(enumKey(a.provision));
    j.key(QLatin1String("publishable_info"));
    j.textOrNull(a.publishableInfo);
    j.key(QLatin1String("restriction_note"));
    j.textOrNull(a.restrictionNote);
    j.key(QLatin1String("restrictions"));
    list(keysOf(a.restrictions));
    j.key(QLatin1String("scheme"));
    j.value(a.scheme);
    j.key(QLatin1String("section_id"));
    id(a.sectionId);
    j.key(QLatin1String("segment"));
    j.textOrNull(a.segment ? enumKey(*a.segment) : QString());
    j.key(QLatin1String("service_name"));
    j.textOrNull(a.serviceName);
    j.key(QLatin1String("sns_responsible_id"));
    id(a.snsResponsibleId);
    j.key(QLatin1String("status"));
    j.value(enumKey(a.status));
    j.key(QLatin1String("subtype"));
    j.textOrNull(a.subtype);
    j.key(QLatin1String("system_admin_id"));
    id(a.systemAdminId);
    j.key(QLatin1String("updated_at"));
    time(a.updatedAt);
    j.key(QLatin1String("usage_rules"));
    flag(a.usageRulesInPlace);
    j.key(QLatin1String("version"));
    j.value(qint64(a.version));
    return j.finish();
}

QString Snapshot::digest(const QString& text)
{
    return QStringLiteral("b2b256:") +
           QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Blake2b_256).toHex());
}

QJsonObject Snapshot::of(const InspectionItem& i)
{
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("key"), i.key},
        {QStringLiteral("article"), i.article},
        {QStringLiteral("text_ja"), i.textJa},
        {QStringLiteral("text_en"), textValue(i.textEn)},
        {QStringLiteral("position"), i.position},
        {QStringLiteral("active"), i.active},
        {QStringLiteral("version"), i.version},
    };
}

QJsonObject Snapshot::of(const InspectionResponse& r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("fiscal_year"), r.fiscalYear},
        {QStringLiteral("section_id"), r.sectionId},
        {QStringLiteral("item_id"), r.itemId},
        {QStringLiteral("answer"), enumKey(r.answer)},
        {QStringLiteral("comment"), textValue(r.comment)},
        {QStringLiteral("answered_by"), r.answeredBy},
        {QStringLiteral("version"), r.version},
    };
}

QJsonObject Snapshot::of(const ReportIssue& i)
{
    QJsonObject findings;
    for (auto it = i.findingsByRule.cbegin(); it != i.findingsByRule.cend(); ++it)
        findings.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("issued_by"), i.issuedBy},
        {QStringLiteral("scope_unit_id"), i.scopeUnitId},
        {QStringLiteral("format"), i.format},
        {QStringLiteral("last_event_id"), i.lastEventId},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("version"), i.version},
    };
}

} // namespace daicho
