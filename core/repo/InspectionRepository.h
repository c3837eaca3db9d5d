#pragma once

#include "common/Result.h"
#include "domain/Inspection.h"

#include <QHash>
#include <QList>

#include <optional>

namespace daicho {

class Database;

// The self-inspection checklist (table `inspection_items`) and the sections' answers
// (`inspection_responses`).
class InspectionRepository {
public:
    explicit InspectionRepository(Database& db);

    Result<qint64> insert(const InspectionItem& item);
    Status update(const InspectionItem& item);
    Result<std::optional<InspectionItem>> item(qint64 id) const;
    Result<std::optional<InspectionItem>> itemByKey(const QString& key) const;
    // In checklist order; retired items too.
    Result<QList<InspectionItem>> items() const;

    Result<qint64> insert(const InspectionResponse& response);
    Status update(const InspectionResponse& response);
    Status remove(qint64 responseId);
    Result<std::optional<InspectionResponse>> response(int fiscalYear, qint64 sectionId, qint64 itemId) const;
    // A year's answers of one section (all sections with 0); every answer of every year with -1.
    Result<QList<InspectionResponse>> responses(int fiscalYear, qint64 sectionId = 0) const;

    // Per section of a year: how many active items were answered with each answer.
    Result<QHash<qint64, QHash<InspectionAnswer, qint64>>> countBySection(int fiscalYear) const;

private:
    Database& m_db;
};

} // namespace daicho
