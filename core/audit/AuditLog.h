#pragma once

#include "AuditEvent.h"
#include "common/Result.h"

#include <functional>

namespace daicho {

class Clock;
class Database;

// Appends events to the hash-chained audit trail. Callers append inside the transaction of
// the change they record, so the change and its event are written together or not at all.
class AuditLog {
public:
    AuditLog(Database& db, const Clock& clock);
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    Status append(const QString& actor, const QString& entity, qint64 entityId, const QString& action,
                  const QJsonObject& before, const QJsonObject& after);
    // The same with before/after already serialised (Snapshot::text); empty text for none.
    // `afterDigest` instead of `afterJson` makes a compact record (Snapshot::digest).
    Status appendJson(const QString& actor, const QString& entity, qint64 entityId, const QString& action,
                      const QString& beforeJson, const QString& afterJson, const QString& afterDigest = {});

    Result<QList<AuditEvent>> history(const QString& entity, qint64 entityId) const;
    Result<qint64> count() const;

    struct Head {
        qint64 lastId = 0;
        QString lastHash;
        qint64 eventCount = 0;
    };
    // The recorded head of the chain; a zero head with the genesis hash for an empty trail.
    Result<Head> head() const;
    // Streams every event in chain order.
    Status forEach(const std::function<bool(const AuditEvent&)>& visit) const;
    // Streams the events of these entities from `fromId` on, in chain order.
    Status forEach(qint64 fromId, const QStringList& entities,
                   const std::function<bool(const AuditEvent&)>& visit) const;
    // The newest event's id (0 for an empty trail).
    Result<qint64> lastEventId() const;
    // The id of the first event at or after a time (one past the newest when none): a binary
    // search over ids, which grow with time, instead of a scan of the whole trail.
    Result<qint64> firstEventSince(const QDateTime& since) const;

private:
    Status writeHead();

    Database& m_db;
    const Clock& m_clock;
    // The head as this log last appended it, valid only inside the transaction that appended
    // (the head row catches up at commit): bulk changes append thousands of events without
    // reading or writing the head row each time.
    Head m_cachedHead;
    quint64 m_cachedSerial = 0;
};

} // namespace daicho
