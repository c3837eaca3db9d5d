#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace daicho {

// A committee report as issued: when, by whom, for which scope, and where the audit trail stood,
// so that the next report can say what changed since; with the findings per rule it counted.
struct ReportIssue {
    qint64 id = 0;
    QDateTime issuedAt;
    QString issuedBy;
    qint64 scopeUnitId = 0; // 0: the whole city
    QString format;         // "pdf", "xlsx" or "print"
    qint64 lastEventId = 0; // the newest audit event the report saw
    QHash<QString, qint64> findingsByRule;
    int version = 0;
};

} // namespace daicho
