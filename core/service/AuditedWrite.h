#pragma once

#include "ServiceContext.h"
#include "audit/AuditLog.h"
#include "audit/Snapshot.h"
#include "db/Transaction.h"

namespace daicho {

// Writes one record and its audit event in one transaction (joining the caller's, if any).
// `write` stores the record and returns its id; the event records the state as written.
// `before` is the earlier state (Snapshot::text), empty for a creation.
// How much of the new state an event keeps: all of it, or a digest (bulk imports).
enum class AuditDetail { Full, Digest };

template <typename Record, typename Write>
Result<qint64> auditedWrite(ServiceContext& ctx, Record record, const QString& action, const QString& before,
                            Write write, AuditDetail detail = AuditDetail::Full)
{
    Transaction tx(ctx.db);
    if (!tx.status())
        return Result<qint64>(tx.status().problems());
    Result<qint64> id = write(record);
    if (!id)
        return id;
    record.id = id.value();
    const QString after = Snapshot::text(record);
    const bool full = detail == AuditDetail::Full;
    if (Status s = ctx.audit.appendJson(ctx.actor, Snapshot::entityName(record), record.id, action, before,
                                        full ? after : QString(), full ? QString() : Snapshot::digest(after));
        !s)
        return Result<qint64>(s.problems());
    if (Status s = tx.commit(); !s)
        return Result<qint64>(s.problems());
    return record.id;
}

// Adapts a repository's update(), which returns a Status, to auditedWrite().
template <typename Repository> auto updateWith(Repository& repo)
{
    return [&repo](const auto& record) -> Result<qint64> {
        if (Status s = repo.update(record); !s)
            return Result<qint64>(s.problems());
        return record.id;
    };
}

template <typename Repository> auto insertWith(Repository& repo)
{
    return [&repo](const auto& record) { return repo.insert(record); };
}

inline Status toStatus(const Result<qint64>& result)
{
    return result ? success() : Status(result.problems());
}

} // namespace daicho
