#include "ThreatService.h"

#include "AccessPolicy.h"
#include "AuditedWrite.h"
#include "common/Clock.h"
#include "repo/ThreatRepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace daicho {

namespace {
// Stored and snapshotted in one order, whatever order they were ticked in.
void normalise(Threat& t)
{
    t.nameJa = t.nameJa.trimmed();
    t.nameEn = t.nameEn.trimmed();
    std::sort(t.axes.begin(), t.axes.end());
    t.axes.erase(std::unique(t.axes.begin(), t.axes.end()), t.axes.end());
}
} // namespace

ThreatService::ThreatService(ServiceContext& context)
    : m_ctx(context)
{
}

Result<QList<Threat>> ThreatService::all(bool activeOnly) const
{
    Result<QList<Threat>> threats = ThreatRepository(m_ctx.db).all();
    if (threats && activeOnly)
        threats.value().removeIf([](const Threat& t) { return !t.active; });
    return threats;
}

Result<std::optional<Threat>> ThreatService::findByKey(const QString& key) const
{
    return ThreatRepository(m_ctx.db).findByKey(key);
}

Problems ThreatService::check(const Threat& t) const
{
    Problems problems;
    if (t.nameJa.isEmpty())
        problems << Problem{QStringLiteral("name_ja"), tr("Name (Japanese): must not be empty")};
    if (t.axes.isEmpty())
        problems << Problem{QStringLiteral("axes"), tr("Endangers: choose at least one of confidentiality, integrity and availability")};
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    if (!keyPattern.match(t.key).hasMatch())
        problems << Problem{QStringLiteral("key"),
                            tr("Key: lower-case letters, digits and _ only, starting with a letter")};
    return problems;
}

Result<qint64> ThreatService::create(Threat threat)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return Result<qint64>(allowed.problems());
    ThreatRepository repo(m_ctx.db);
    Result<QList<Threat>> existing = repo.all();
    if (!existing)
        return Result<qint64>(existing.problems());
    int last = 0;
    for (const Threat& t : existing.value())
        last = std::max(last, t.position);
    threat.id = 0;
    threat.position = last + 1;
    if (threat.key.isEmpty())
        threat.key = QStringLiteral("custom_%1").arg(threat.position);
    normalise(threat);
    if (Problems p = check(threat); !p.isEmpty())
        return Result<qint64>(p);
    for (const Threat& t : existing.value()) {
        if (t.key == threat.key)
            return Result<qint64>::failure(tr("Key: \"%1\" is already in the catalogue").arg(threat.key),
                                           QStringLiteral("key"));
        if (t.nameJa == threat.nameJa)
            return Result<qint64>::failure(tr("Name (Japanese): \"%1\" is already in the catalogue").arg(t.nameJa),
                                           QStringLiteral("name_ja"));
    }
    threat.createdAt = threat.updatedAt = m_ctx.clock.nowUtc();
    threat.version = 1;
    return auditedWrite(m_ctx, threat, QStringLiteral("create"), QString(), insertWith(repo));
}

Status ThreatService::update(Threat threat)
{
    if (Status allowed = AccessPolicy::allowManage(m_ctx); !allowed)
        return allowed;
    ThreatRepository repo(m_ctx.db);
    Result<std::optional<Threat>> found = repo.find(threat.id);
    if (!found)
        return Status(found.problems());
    if (!found.value())
        return Status::failure(tr("The threat %1 does not exist.").arg(threat.id));
    const Threat& before = *found.value();
    if (threat.version != before.version)
        return Status::failure(tr("The threat was changed by someone else since it was loaded; reload it."));
    if (threat.key != before.key)
        return Status::failure(tr("Key: a threat's key never changes (risks refer to it)"), QStringLiteral("key"));
    normalise(threat);
    if (Problems p = check(threat); !p.isEmpty())
        return Status(p);
    threat.createdAt = before.createdAt;
    threat.updatedAt = m_ctx.clock.nowUtc();
    threat.version = before.version + 1;
    return toStatus(auditedWrite(m_ctx, threat, QStringLiteral("update"), Snapshot::text(before), updateWith(repo)));
}

} // namespace daicho
