#pragma once

#include "domain/ReportIssue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// 前回報告からの変更: what the audit trail recorded in a report's scope since the previous report
// (or a given day): assets added, disposed of and reclassified, risks opened and closed, and the
// findings per rule then and now.
struct ReportChanges {
    QDateTime since;
    std::optional<ReportIssue> previous; // the report compared with, when there was one
    qint64 assetsAdded = 0;
    qint64 assetsDisposed = 0;
    qint64 assetsReclassified = 0; // 機密性・完全性・可用性 changed
    qint64 risksOpened = 0;
    qint64 risksClosed = 0;

    struct RuleChange {
        QString rule;
        qint64 before = 0;
        qint64 now = 0;
    };
    QList<RuleChange> findings; // with a previous report only
};

} // namespace daicho
