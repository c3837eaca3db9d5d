#include "AuditVerifier.h"

#include "AuditLog.h"
#include "Snapshot.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/ServerAccounts.h"
#include "repo/AssetRepository.h"
#include "repo/HoldingRepository.h"
#include "repo/InspectionRepository.h"
#include "repo/OrgUnitRepository.h"
#include "repo/PersonRepository.h"
#include "repo/ReportRepository.h"
#include "repo/ReviewRepository.h"
#include "repo/RiskRepository.h"
#include "repo/RoleRepository.h"
#include "repo/ThreatRepository.h"
#include "repo/UserRepository.h"

#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace daicho {

namespace {

QStringList differingKeys(const QJsonObject& a, const QJsonObject& b)
{
    QStringList keys = a.keys();
    for (const QString& k : b.keys())
        if (!keys.contains(k))
            keys << k;
    QStringList differing;
    for (const QString& k : keys)
        if (a.value(k) != b.value(k))
            differing << k;
    return differing;
}

} // namespace

AuditVerifier::AuditVerifier(Database& db)
    : m_db(db)
{
}

Result<AuditReport> AuditVerifier::verify() const
{
    // Row-level security would show a section's login a chain with gaps: say so, instead of
    // reporting removed events.
    Result<bool> whole = ServerAccounts(m_db).seesWholeTrail();
    if (!whole)
        return Result<AuditReport>(whole.problems());
    if (!whole.value())
        return Result<AuditReport>::failure(
            tr("This server login sees only its own part of the audit trail, and checking the chain needs all of "
               "it: verify as the register's owner, an administrator, the CISO, 統括情報セキュリティ責任者 or a "
               "member of the committee."));
    AuditReport report;
    if (Status s = verifyChain(report); !s)
        return Result<AuditReport>(s.problems());

    const auto listStream = [](auto loadAll, auto label) -> RowStream {
        return [loadAll, label](const std::function<void(const Row&)>& yield) -> Status {
            auto all = loadAll();
            if (!all)
                return Status(all.problems());
            // The merge with the events needs id order, whatever order the list comes in
            // (units come in display order, which a new or moved unit leaves).
            auto items = all.take();
            std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
            for (const auto& item : items)
                yield(Row{item.id, label(item), Snapshot::text(item)});
            return success();
        };
    };

    OrgUnitRepository units(m_db);
    PersonRepository people(m_db);
    RoleRepository roles(m_db);
    UserRepository users(m_db);
    RiskRepository risks(m_db);
    ThreatRepository threats(m_db);
    HoldingRepository holdings(m_db);
    ReviewRepository reviews(m_db);
    InspectionRepository inspections(m_db);
    ReportRepository reports(m_db);
    AssetRepository assets(m_db);

    struct Check {
        QString entity;
        QString noun;
        RowStream rows;
    };
    const QList<Check> checks{
        {QStringLiteral("org_unit"), tr("Organisation unit"),
         listStream([&units] { return units.all(); }, [](const OrgUnit& u) { return u.name; })},
        {QStringLiteral("person"), tr("Person"),
         listStream([&people] { return people.all(); }, [](const Person& p) { return p.name; })},
        {QStringLiteral("role"), tr("Role assignment"),
         listStream([&roles] { return roles.all(); }, [](const RoleAssignment& r) { return enumLabel(r.role); })},
        {QStringLiteral("user"), tr("User"),
         listStream([&users] { return users.all(); }, [](const User& u) { return u.login; })},
        {QStringLiteral("threat"), tr("Threat"),
         listStream([&threats] { return threats.all(); }, [](const Threat& t) { return t.nameJa; })},
        {QStringLiteral("risk"), tr("Risk"),
         listStream([&risks] { return risks.all(); }, [](const Risk& r) { return r.threatKey; })},
        {QStringLiteral("review_campaign"), tr("Review campaign"),
         listStream([&reviews] { return reviews.campaigns(); },
                    [](const ReviewCampaign& c) { return QString::number(c.fiscalYear); })},
        {QStringLiteral("asset_review"), tr("Asset review"),
         listStream([&reviews] { return reviews.reviews(); },
                    [](const AssetReview& r) { return QString::number(r.assetId); })},
        {QStringLiteral("review_signoff"), tr("Review sign-off"),
         listStream([&reviews] { return reviews.signoffs(); },
                    [](const ReviewSignoff& s) { return QString::number(s.unitId); })},
        {QStringLiteral("inspection_item"), tr("Self-inspection item"),
         listStream([&inspections] { return inspections.items(); }, [](const InspectionItem& i) { return i.key; })},
        {QStringLiteral("inspection_response"), tr("Self-inspection answer"),
         listStream(
             [&inspections] { return inspections.responses(-1); },
             [](const InspectionResponse& r) { return QStringLiteral("%1/%2").arg(r.sectionId).arg(r.itemId); })},
        {QStringLiteral("report_issue"), tr("Committee report"),
         listStream([&reports] { return reports.issues(); },
                    [](const ReportIssue& i) { return i.issuedAt.toString(Qt::ISODate); })},
        {QStringLiteral("holding"), tr("Holding"),
         listStream([&holdings] { return holdings.all(); },
                    [](const Holding& h) { return QStringLiteral("%1 → %2").arg(h.holderId).arg(h.heldId); })},
        {QStringLiteral("asset"), tr("Asset"),
         [&assets](const std::function<void(const Row&)>& yield) {
             return assets.forEach([&yield](const Asset& a) {
                 yield(Row{a.id, a.code, Snapshot::text(a)});
                 return true;
             });
         }},
    };
    for (const Check& check : checks)
        if (Status s = verifyRecords(check.entity, check.noun, check.rows, report); !s)
            return Result<AuditReport>(s.problems());
    return report;
}

Status AuditVerifier::verifyChain(AuditReport& report) const
{
    AuditLog log(m_db, Clock::system());
    QString expectedPrev = AuditEvent::genesisHash();
    qint64 expectedId = 1;
    qint64 lastId = 0;
    Status walked = log.forEach([&](const AuditEvent& e) {
        ++report.eventsChecked;
        if (e.computeHash() != e.hash) {
            report.findings << AuditFinding{AuditFinding::Kind::EventAltered,
                                            e.id,
                                            e.entity,
                                            e.entityId,
                                            {},
                                            tr("Audit event #%1 has been altered: its content no longer matches "
                                               "its hash.")
                                                .arg(e.id)};
        }
        if (e.id != expectedId || e.prevHash != expectedPrev) {
            report.findings << AuditFinding{AuditFinding::Kind::ChainBroken,
                                            e.id,
                                            e.entity,
                                            e.entityId,
                                            {},
                                            tr("Audit event #%1 does not follow event #%2: events were deleted, "
                                               "inserted or reordered.")
                                                .arg(e.id)
                                                .arg(lastId)};
        }
        // Continue from what the event claims, so one break is reported once, not at every later event.
        expectedPrev = e.hash;
        expectedId = e.id + 1;
        lastId = e.id;
        return true;
    });
    if (!walked)
        return walked;

    Result<AuditLog::Head> head = log.head();
    if (!head)
        return Status(head.problems());
    if (head.value().lastId != lastId || head.value().lastHash != expectedPrev ||
        head.value().eventCount != report.eventsChecked) {
        report.findings << AuditFinding{AuditFinding::Kind::HeadMismatch,
                                        lastId,
                                        {},
                                        0,
                                        {},
                                        tr("The audit trail ends at event #%1 (%2 events), but the register "
                                           "recorded event #%3 (%4 events) as its last: events were removed or "
                                           "added outside Daicho.")
                                            .arg(lastId)
                                            .arg(report.eventsChecked)
                                            .arg(head.value().lastId)
                                            .arg(head.value().eventCount)};
    }
    return success();
}

Status AuditVerifier::verifyRecords(const QString& entity, const QString& noun, const RowStream& rows,
                                    AuditReport& report) const
{
    // The latest event of each record, in record-id order, merged with the rows in id order:
    // constant memory however large the register.
    Query latest(m_db, QStringLiteral("SELECT e.entity_id, e.id, e.action, e.after_json, e.after_digest"
                                      " FROM audit_events e"
                                      " WHERE e.entity = :entity AND e.id = (SELECT MAX(m.id) FROM audit_events m"
                                      "  WHERE m.entity = e.entity AND m.entity_id = e.entity_id)"
                                      " ORDER BY e.entity_id"));
    latest.bind(QStringLiteral(":entity"), entity);
    if (Status s = latest.exec(); !s)
        return s;
    bool haveEvent = latest.next();

    const auto reportRemovedUpTo = [&](qint64 limit) {
        // Events for records whose rows are gone (ids below the next row's id).
        while (haveEvent && latest.value(0).toLongLong() < limit) {
            if (!latest.value(3).toString().isEmpty() || !latest.value(4).toString().isEmpty()) {
                const qint64 id = latest.value(0).toLongLong();
                // A compact record keeps no name: the id alone identifies the removed record.
                const QJsonObject after = QJsonDocument::fromJson(latest.value(3).toString().toUtf8()).object();
                const QString label =
                    after.value(QStringLiteral("code")).toString(after.value(QStringLiteral("name")).toString());
                report.findings << AuditFinding{AuditFinding::Kind::RowRemoved,
                                                latest.value(1).toLongLong(),
                                                entity,
                                                id,
                                                label,
                                                tr("%1 %2 (id %3) was removed outside Daicho: its last audit event "
                                                   "#%4 records it as present.")
                                                    .arg(noun, label)
                                                    .arg(id)
                                                    .arg(latest.value(1).toLongLong())};
            }
            haveEvent = latest.next();
        }
    };

    Status streamed = rows([&](const Row& row) {
        ++report.recordsChecked;
        reportRemovedUpTo(row.id);
        if (!haveEvent || latest.value(0).toLongLong() != row.id) {
            report.findings << AuditFinding{
                AuditFinding::Kind::RowUnrecorded,
                0,
                entity,
                row.id,
                row.label,
                tr("%1 %2 (id %3) has no audit event: it was added outside Daicho.").arg(noun, row.label).arg(row.id)};
            return;
        }
        const qint64 eventId = latest.value(1).toLongLong();
        const QString recorded = latest.value(3).toString();
        const QString digest = latest.value(4).toString();
        if (!digest.isEmpty()) {
            // A compact record proves the state without spelling it out.
            if (Snapshot::digest(row.snapshot) != digest)
                report.findings << AuditFinding{AuditFinding::Kind::RowAltered,
                                                eventId,
                                                entity,
                                                row.id,
                                                row.label,
                                                tr("%1 %2 (id %3) differs from the state its last audit event #%4 "
                                                   "recorded when it was imported. It was changed outside Daicho.")
                                                    .arg(noun, row.label)
                                                    .arg(row.id)
                                                    .arg(eventId)};
        } else if (recorded != row.snapshot) {
            // The text is canonical, so equal states are equal texts; only a difference is parsed.
            const QStringList fields = differingKeys(QJsonDocument::fromJson(recorded.toUtf8()).object(),
                                                     QJsonDocument::fromJson(row.snapshot.toUtf8()).object());
            report.findings << AuditFinding{AuditFinding::Kind::RowAltered,
                                            eventId,
                                            entity,
                                            row.id,
                                            row.label,
                                            tr("%1 %2 (id %3) differs from its last audit event #%4 in: %5. It "
                                               "was changed outside Daicho.")
                                                .arg(noun, row.label)
                                                .arg(row.id)
                                                .arg(eventId)
                                                .arg(fields.join(QStringLiteral(", ")))};
        }
        haveEvent = latest.next();
    });
    if (!streamed)
        return streamed;
    reportRemovedUpTo(std::numeric_limits<qint64>::max());
    // Events that could not be read are not evidence of rows added outside Daicho.
    return latest.readStatus();
}

} // namespace daicho
