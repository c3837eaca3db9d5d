#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/ReportIssue.h"
#include "report/ReportChanges.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace daicho {

// The committee reports issued and what changed between them. Issuing is recorded (audited) so
// that the next report can list the changes since; the changes are read from the audit trail.
class ReportService {
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    explicit ReportService(ServiceContext& context);

    // Records a report as issued for a scope, with the findings per rule it counted.
    Result<qint64> recordIssue(qint64 scopeUnitId, const QString& format, const QHash<QString, qint64>& findingsByRule);
    Result<std::optional<ReportIssue>> lastIssue(qint64 scopeUnitId) const;

    // The changes in the scope (these sections) since the previous report for it, or since a day
    // (then compared with the last report issued before that day, if any). Without either, since
    // the register began.
    Result<ReportChanges> changes(qint64 scopeUnitId, const QSet<qint64>& sections, const std::optional<QDate>& since,
                                  const QHash<QString, qint64>& findingsNow) const;

private:
    ServiceContext& m_ctx;
};

} // namespace daicho
