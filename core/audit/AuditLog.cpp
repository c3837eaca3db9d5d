#include "AuditLog.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "repo/SqlValues.h"

namespace daicho {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, at, actor, entity, entity_id, action, before_json, after_json, prev_hash, hash, after_digest"
    " FROM audit_events");

AuditEvent fromRow(const Query& q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.at = sql::toTimestamp(q.value(1));
    e.actor = q.value(2).toString();
    e.entity = q.value(3).toString();
    e.entityId = q.value(4).toLongLong();
    e.action = q.value(5).toString();
    e.beforeJson = q.value(6).toString();
    e.afterJson = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    e.afterDigest = q.value(10).toString();
    return e;
}
} // namespace

AuditLog::AuditLog(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

AuditLog::~AuditLog()
{
    m_db.forgetFlush(this);
}

Result<AuditLog::Head> AuditLog::head() const
{
    // Inside the transaction that appended, the head row is written only at commit.
    if (const quint64 serial = m_db.transactionSerial(); serial != 0 && serial == m_cachedSerial)
        return m_cachedHead;
    Query q(m_db, QStringLiteral("SELECT last_id, last_hash, event_count FROM audit_head WHERE id = 1"));
    Result<bool> row = q.first();
    if (!row)
        return Result<Head>(row.problems());
    if (!row.value())
        return Head{0, AuditEvent::genesisHash(), 0};
    return Head{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
}

Status AuditLog::append(const QString& actor, const QString& entity, qint64 entityId, const QString& action,
                        const QJsonObject& before, const QJsonObject& after)
{
    return appendJson(actor, entity, entityId, action, AuditEvent::toJson(before), AuditEvent::toJson(after));
}

Status AuditLog::appendJson(const QString& actor, const QString& entity, qint64 entityId, const QString& action,
                            const QString& beforeJson, const QString& afterJson, const QString& afterDigest)
{
    Result<Head> current = head();
    if (!current)
        return Status(current.problems());

    AuditEvent e;
    e.id = current.value().lastId + 1;
    e.at = m_clock.nowUtc();
    e.actor = actor;
    e.entity = entity;
    e.entityId = entityId;
    e.action = action;
    e.beforeJson = beforeJson;
    e.afterJson = afterJson;
    e.afterDigest = afterDigest;
    e.prevHash = current.value().lastHash;
    e.hash = e.computeHash();

    Query insert(m_db, QStringLiteral("INSERT INTO audit_events (id, at, actor, entity, entity_id, action, before_json,"
                                      " after_json, prev_hash, hash, after_digest)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(0, e.id)
        .bind(1, sql::timestamp(e.at))
        .bind(2, e.actor)
        .bind(3, e.entity)
        .bind(4, e.entityId)
        .bind(5, e.action)
        .bind(6, sql::text(e.beforeJson))
        .bind(7, sql::text(e.afterJson))
        .bind(8, e.prevHash)
        .bind(9, e.hash)
        .bind(10, sql::text(e.afterDigest));
    if (Status s = insert.exec(); !s)
        return s;

    m_cachedHead = Head{e.id, e.hash, current.value().eventCount + 1};
    m_cachedSerial = m_db.transactionSerial();
    if (m_cachedSerial == 0)
        return writeHead();
    // A bulk import appends a hundred thousand events: the head row is written once, at commit.
    m_db.flushBeforeCommit(this, [this] { return writeHead(); });
    return success();
}

Status AuditLog::writeHead()
{
    Query q(m_db, QStringLiteral("INSERT INTO audit_head (id, last_id, last_hash, event_count) VALUES (1, ?, ?, ?)"
                                 " ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id,"
                                 " last_hash = excluded.last_hash, event_count = excluded.event_count"));
    q.bind(0, m_cachedHead.lastId).bind(1, m_cachedHead.lastHash).bind(2, m_cachedHead.eventCount);
    return q.exec();
}

Result<QList<AuditEvent>> AuditLog::history(const QString& entity, qint64 entityId) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE entity = :entity AND entity_id = :id ORDER BY id"));
    q.bind(QStringLiteral(":entity"), entity).bind(QStringLiteral(":id"), entityId);
    if (Status s = q.exec(); !s)
        return Result<QList<AuditEvent>>(s.problems());
    QList<AuditEvent> events;
    while (q.next())
        events << fromRow(q);
    return q.complete(std::move(events));
}

Result<qint64> AuditLog::count() const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    return q.integer();
}

Status AuditLog::forEach(const std::function<bool(const AuditEvent&)>& visit) const
{
    Query q(m_db, kSelect + QStringLiteral(" ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s;
    while (q.next())
        if (!visit(fromRow(q)))
            break;
    return q.readStatus();
}

Status AuditLog::forEach(qint64 fromId, const QStringList& entities,
                         const std::function<bool(const AuditEvent&)>& visit) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE id >= ? AND entity IN %1 ORDER BY id")
                                .arg(m_db.dialect().textsIn(QStringLiteral("?"))));
    q.bind(0, fromId).bind(1, sql::textArray(entities));
    if (Status s = q.exec(); !s)
        return s;
    while (q.next())
        if (!visit(fromRow(q)))
            break;
    return q.readStatus();
}

Result<qint64> AuditLog::lastEventId() const
{
    Query q(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_events"));
    return q.integer();
}

Result<qint64> AuditLog::firstEventSince(const QDateTime& since) const
{
    Result<qint64> last = lastEventId();
    if (!last)
        return last;
    const QString at = sql::timestamp(since).toString();
    // The first id whose event is at or after `since`: ids and times grow together.
    Query probe(m_db, QStringLiteral("SELECT id, at FROM audit_events WHERE id >= ? ORDER BY id LIMIT 1"));
    qint64 low = 1;
    qint64 high = last.value() + 1;
    while (low < high) {
        const qint64 mid = low + (high - low) / 2;
        probe.bind(0, mid);
        Result<bool> found = probe.first();
        if (!found)
            return Result<qint64>(found.problems());
        if (!found.value() || probe.value(1).toString() >= at)
            high = mid;
        else
            low = probe.value(0).toLongLong() + 1;
    }
    return low;
}

} // namespace daicho
