#pragma once

#include "common/Result.h"
#include "domain/Risk.h"
#include "domain/RiskFilter.h"

#include <QList>

#include <optional>

namespace daicho {

class Database;

class RiskRepository {
public:
    explicit RiskRepository(Database& db);

    Result<qint64> insert(const Risk& risk);
    Status update(const Risk& risk);
    Status remove(qint64 id);
    Result<std::optional<Risk>> find(qint64 id) const;
    Result<QList<Risk>> forAsset(qint64 assetId) const;
    Result<QList<Risk>> all() const;
    // Risks not closed whose owner is this person.
    Result<QList<qint64>> openOwnedBy(qint64 personId) const;
    Result<qint64> count() const;

    // Risk counts scored under `method`, inherent or residual, grouped by cell, band and threat
    // group (and by section, when asked): what heat maps, band and group charts and department
    // bars are made of. Read from the tallies the triggers keep, so that it stays instant with
    // millions of risks; the risks of single visible assets outside the visible sections are
    // counted directly.
    struct Tally {
        int impact = 0;
        int likelihood = 0;
        RiskBand band = RiskBand::Low;
        ThreatGroup group = ThreatGroup::Intentional;
        qint64 sectionId = 0; // 0 unless grouped by section
        qint64 count = 0;
    };
    Result<QList<Tally>> tally(const QString& method, bool residual, const RiskFilter& filter,
                               bool bySection = false) const;

    // A risk as lists show it: with its asset and threat named.
    struct Row {
        Risk risk;
        QString assetCode;
        QString assetName;
        qint64 sectionId = 0;
        QString threatNameJa;
        QString threatNameEn;
    };
    // The risks of one heat-map cell, in id order after `afterId` (keyset paging).
    Result<QList<Row>> cell(const QString& method, const RiskCell& cell, const RiskFilter& filter, qint64 afterId,
                            int limit) const;
    // The highest risks by value (inherent), highest first (the newest first among equals: the
    // order the value index is read in).
    Result<QList<Row>> top(const QString& method, const RiskFilter& filter, int limit) const;

private:
    Database& m_db;
};

} // namespace daicho
