#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace daicho {

class Database;

// What a rule checks against: the register, today's date, and what the signed-in user may see
// (nullopt: everything), so that a check never reports what its reader may not see.
struct ComplianceContext {
    Database& db;
    QDate today;
    std::optional<QList<qint64>> visibleSections;
    QList<qint64> visibleAssets;
    // Only the findings about these assets (a page of the table); unset: the whole register.
    std::optional<QList<qint64>> onlyAssets;
};

} // namespace daicho
