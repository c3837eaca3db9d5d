#pragma once

#include "common/Result.h"
#include "domain/ReportIssue.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace daicho {

class Database;

// Committee reports as issued (table `report_issues`), and what the audit trail recorded since a
// point: the changes a report lists.
class ReportRepository {
public:
    explicit ReportRepository(Database& db);

    Result<qint64> insert(const ReportIssue& issue);
    Result<QList<ReportIssue>> issues() const;
    // The newest report issued for a scope (before `before`, when given).
    Result<std::optional<ReportIssue>> lastIssue(qint64 scopeUnitId, const QDateTime& before = {}) const;

    // The id of the first audit event at or after a time (one past the newest when none): a
    // binary search over ids, which grow with time, instead of a scan of the whole trail.
    Result<qint64> firstEventSince(const QDateTime& since) const;
    Result<qint64> lastEventId() const;

    struct Event {
        qint64 id = 0;
        QString entity;
        qint64 entityId = 0;
        QString action;
        QString beforeJson;
        QString afterJson;
    };
    // Events of these entities with ids from `fromId` on, in order.
    Status forEachEvent(qint64 fromId, const QStringList& entities,
                        const std::function<void(const Event&)>& visit) const;

private:
    Database& m_db;
};

} // namespace daicho
