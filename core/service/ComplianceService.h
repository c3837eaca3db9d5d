#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "compliance/ComplianceContext.h"
#include "compliance/Finding.h"

#include <QMap>

namespace daicho {

// Checks the register against the regulation (ComplianceRules), over what the signed-in user may
// see, as of today.
class ComplianceService {
public:
    explicit ComplianceService(ServiceContext& context);

    // Every rule's findings, or only those of the rules named (by ID).
    Result<QList<Finding>> check(const QStringList& rules = {}) const;
    // The findings about these assets only (a page of the table: its badges).
    Result<QList<Finding>> checkAssets(const QList<qint64>& assetIds) const;

    // How many findings each rule has per unit (the asset's section, or the unit a finding is
    // about), counted without building the findings where a rule can (reports).
    Result<QHash<QString, QHash<qint64, qint64>>> countByUnit() const;

    // Counts per rule and per severity.
    struct Summary {
        QMap<QString, qint64> byRule;
        QMap<Severity, qint64> bySeverity;
        bool hasErrors() const { return bySeverity.value(Severity::Error) > 0; }
    };
    static Summary summarise(const QList<Finding>& findings);

private:
    Result<QList<Finding>> run(const QStringList& rules, const std::optional<QList<qint64>>& onlyAssets) const;
    ComplianceContext context(const std::optional<QList<qint64>>& onlyAssets) const;
    ServiceContext& m_ctx;
};

} // namespace daicho
