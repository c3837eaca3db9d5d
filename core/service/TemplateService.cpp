#include "TemplateService.h"

#include "Register.h"
#include "db/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace daicho {

namespace {
QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}
} // namespace

TemplateService::TemplateService(Register& reg)
    : m_register(reg)
{
}

Result<OrgTemplate> TemplateService::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return Result<OrgTemplate>::failure(
            tr("The organisation template cannot be read: %1").arg(error.errorString()));
    const QJsonObject root = doc.object();
    OrgTemplate tmpl;
    tmpl.key = root.value(QStringLiteral("key")).toString();
    tmpl.city = root.value(QStringLiteral("city")).toString();
    tmpl.cityEn = root.value(QStringLiteral("city_en")).toString();
    for (const QJsonValue& b : root.value(QStringLiteral("bodies")).toArray()) {
        const QJsonObject bo = b.toObject();
        OrgTemplate::Body body{bo.value(QStringLiteral("name")).toString(),
                               bo.value(QStringLiteral("name_en")).toString(),
                               {},
                               stringList(bo.value(QStringLiteral("sections")))};
        for (const QJsonValue& d : bo.value(QStringLiteral("departments")).toArray()) {
            const QJsonObject dob = d.toObject();
            body.departments.append(
                {dob.value(QStringLiteral("name")).toString(), stringList(dob.value(QStringLiteral("sections")))});
        }
        tmpl.bodies << body;
    }
    if (tmpl.bodies.isEmpty())
        return Result<OrgTemplate>::failure(tr("The organisation template names no bodies."));
    return tmpl;
}

const OrgTemplate& TemplateService::noshiro()
{
    static const OrgTemplate tmpl = [] {
        QFile file(QStringLiteral(":/templates/noshiro.json"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT_X(opened, "TemplateService", "the Noshiro template is compiled into daicho_core");
        Result<OrgTemplate> parsed = fromJson(file.readAll());
        return parsed ? parsed.take() : OrgTemplate{};
    }();
    return tmpl;
}

Status TemplateService::apply(const OrgTemplate& tmpl)
{
    Result<qint64> existing = m_register.org().count();
    if (!existing)
        return Status(existing.problems());
    if (existing.value() > 0)
        return Status::failure(tr("This register already has an organisation tree; the template was not applied."));

    Transaction tx(m_register.database());
    if (!tx.status())
        return tx.status();
    OrgService& org = m_register.org();
    int order = 0;
    const auto add = [&org, &order](qint64 parent, UnitKind kind, const QString& name,
                                    const QString& nameEn = {}) -> Result<qint64> {
        OrgUnit unit;
        unit.parentId = parent;
        unit.kind = kind;
        unit.name = name;
        unit.nameEn = nameEn;
        unit.sortOrder = ++order;
        return org.createUnit(unit);
    };
    for (const OrgTemplate::Body& body : tmpl.bodies) {
        Result<qint64> bodyId = add(0, UnitKind::Body, body.name, body.nameEn);
        if (!bodyId)
            return Status(bodyId.problems());
        for (const OrgTemplate::Department& dept : body.departments) {
            Result<qint64> deptId = add(bodyId.value(), UnitKind::Department, dept.name);
            if (!deptId)
                return Status(deptId.problems());
            for (const QString& section : dept.sections)
                if (Result<qint64> id = add(deptId.value(), UnitKind::Section, section); !id)
                    return Status(id.problems());
        }
        for (const QString& section : body.sections)
            if (Result<qint64> id = add(bodyId.value(), UnitKind::Section, section); !id)
                return Status(id.problems());
    }
    if (Status s = m_register.setSetting(QStringLiteral("city_name"), tmpl.city); !s)
        return s;
    if (Status s = m_register.setSetting(QStringLiteral("template"), tmpl.key); !s)
        return s;
    return tx.commit();
}

} // namespace daicho
