#pragma once

#include "common/Result.h"
#include "domain/ReportIssue.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace daicho {

class Database;

// Committee reports as issued (table `report_issues`).
class ReportRepository {
public:
    explicit ReportRepository(Database& db);

    Result<qint64> insert(const ReportIssue& issue);
    Result<QList<ReportIssue>> issues() const;
    // The newest report issued for a scope (before `before`, when given).
    Result<std::optional<ReportIssue>> lastIssue(qint64 scopeUnitId, const QDateTime& before = {}) const;

private:
    Database& m_db;
};

} // namespace daicho
