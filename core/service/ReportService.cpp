#include "ReportService.h"

#include "AccessPolicy.h"
#include "AuditedWrite.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "repo/AssetRepository.h"
#include "repo/ReportRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace daicho {

ReportService::ReportService(ServiceContext& context)
    : m_ctx(context)
{
}

Result<qint64> ReportService::recordIssue(qint64 scopeUnitId, const QString& format,
                                          const QHash<QString, qint64>& findingsByRule)
{
    ReportRepository repo(m_ctx.db);
    Result<qint64> last = m_ctx.audit.lastEventId();
    if (!last)
        return last;
    ReportIssue issue;
    issue.issuedAt = m_ctx.clock.nowUtc();
    issue.issuedBy = m_ctx.actor;
    issue.scopeUnitId = scopeUnitId;
    issue.format = format;
    issue.lastEventId = last.value();
    issue.findingsByRule = findingsByRule;
    issue.version = 1;
    return auditedWrite(m_ctx, issue, QStringLiteral("create"), QString(), insertWith(repo));
}

Result<std::optional<ReportIssue>> ReportService::lastIssue(qint64 scopeUnitId) const
{
    return ReportRepository(m_ctx.db).lastIssue(scopeUnitId);
}

Result<ReportChanges> ReportService::changes(qint64 scopeUnitId, const QSet<qint64>& sections,
                                             const std::optional<QDate>& since,
                                             const QHash<QString, qint64>& findingsNow) const
{
    using R = Result<ReportChanges>;
    ReportRepository repo(m_ctx.db);
    ReportChanges changes;
    qint64 fromId = 1;
    if (since) {
        changes.since = QDateTime(*since, QTime(0, 0), QTimeZone::systemTimeZone()).toUTC();
        Result<std::optional<ReportIssue>> before = repo.lastIssue(scopeUnitId, changes.since);
        Result<qint64> first = m_ctx.audit.firstEventSince(changes.since);
        if (!before || !first)
            return R(!before ? before.problems() : first.problems());
        changes.previous = before.value();
        fromId = first.value();
    } else {
        Result<std::optional<ReportIssue>> last = repo.lastIssue(scopeUnitId);
        if (!last)
            return R(last.problems());
        changes.previous = last.value();
        if (changes.previous) {
            changes.since = changes.previous->issuedAt;
            fromId = changes.previous->lastEventId + 1;
        }
    }

    // The asset an event is about, in the scope and visible to the user? Its current section says.
    AssetRepository assets(m_ctx.db);
    QHash<qint64, bool> inScope;
    const auto counts = [&](qint64 assetId) {
        const auto known = inScope.constFind(assetId);
        if (known != inScope.cend())
            return *known;
        const Result<std::optional<Asset>> a = assets.find(assetId);
        const bool yes = a && a.value() && sections.contains(a.value()->sectionId) &&
                         (!m_ctx.scope || m_ctx.scope->canRead(a.value()->sectionId, assetId));
        inScope.insert(assetId, yes);
        return yes;
    };
    QSet<qint64> added;
    QSet<qint64> disposed;
    QSet<qint64> reclassified;
    const auto json = [](const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); };
    const auto visit = [&](const AuditEvent& e) {
        if (e.entity == QLatin1String("asset")) {
            if (!counts(e.entityId))
                return;
            if (e.action == QLatin1String("create")) {
                added.insert(e.entityId);
                return;
            }
            if (e.action == QLatin1String("dispose")) {
                disposed.insert(e.entityId);
                return;
            }
            if (e.action == QLatin1String("reinstate")) { // a disposal taken back
                disposed.remove(e.entityId);
                return;
            }
            if (e.action != QLatin1String("update") || e.beforeJson.isEmpty() || e.afterJson.isEmpty())
                return; // an import's compact record says that, not what, changed
            const QJsonObject before = json(e.beforeJson);
            const QJsonObject after = json(e.afterJson);
            for (const char* axis : {"confidentiality", "integrity", "availability"})
                if (before.value(QLatin1String(axis)) != after.value(QLatin1String(axis)))
                    reclassified.insert(e.entityId);
            return;
        }
        // A risk: its asset decides whether it is in the scope.
        const QJsonObject after = json(e.afterJson);
        const QJsonObject before = json(e.beforeJson);
        const qint64 assetId = (after.isEmpty() ? before : after).value(QStringLiteral("asset_id")).toInteger();
        if (!counts(assetId))
            return;
        const QString status = QStringLiteral("status");
        if (e.action == QLatin1String("create"))
            ++changes.risksOpened;
        else if (e.action == QLatin1String("update") && after.value(status) == QLatin1String("closed") &&
                 before.value(status) != QLatin1String("closed"))
            ++changes.risksClosed;
    };
    Status read =
        m_ctx.audit.forEach(fromId, {QStringLiteral("asset"), QStringLiteral("risk")}, [&visit](const AuditEvent& e) {
            visit(e);
            return true;
        });
    if (!read)
        return R(read.problems());
    changes.assetsAdded = added.size();
    changes.assetsDisposed = disposed.size();
    // An asset added since is new, not reclassified.
    reclassified.subtract(added);
    changes.assetsReclassified = reclassified.size();

    if (changes.previous) {
        QSet<QString> rules(findingsNow.keyBegin(), findingsNow.keyEnd());
        for (auto it = changes.previous->findingsByRule.cbegin(); it != changes.previous->findingsByRule.cend(); ++it)
            rules.insert(it.key());
        QStringList ordered(rules.cbegin(), rules.cend());
        ordered.sort();
        for (const QString& rule : ordered)
            changes.findings << ReportChanges::RuleChange{rule, changes.previous->findingsByRule.value(rule),
                                                          findingsNow.value(rule)};
    }
    return changes;
}

} // namespace daicho
