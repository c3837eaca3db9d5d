#pragma once

#include "ComplianceContext.h"
#include "Finding.h"
#include "common/Result.h"

#include <QHash>
#include <QList>

namespace daicho {

// One rule of the regulation the register is checked against. Rules are small and tested one
// by one; each has a stable ID (used by the CLI's JSON and by filters), a severity, the article
// it comes from and a short translated title.
class ComplianceRule {
public:
    virtual ~ComplianceRule() = default;

    virtual QString id() const = 0;
    virtual Severity severity() const = 0;
    virtual QString article() const = 0;
    virtual QString title() const = 0;
    // Appends this rule's findings.
    virtual Status check(const ComplianceContext& context, QList<Finding>& findings) const = 0;
    // Adds how many findings there are per unit (the asset's section, or the unit a finding is
    // about), without the messages: reports count, they do not list. By default from check().
    virtual Status count(const ComplianceContext& context, QHash<qint64, qint64>& perUnit) const
    {
        QList<Finding> findings;
        if (Status s = check(context, findings); !s)
            return s;
        for (const Finding& f : findings)
            ++perUnit[f.unitId];
        return success();
    }

    // A role assignment (under `alias`) in office on :today.
    static QString inOffice(const QString& alias)
    {
        return QStringLiteral("%1.valid_from <= :today AND (%1.valid_to IS NULL OR %1.valid_to >= :today)").arg(alias);
    }

protected:
    Finding finding(qint64 assetId, const QString& assetCode, qint64 unitId, const QString& message) const
    {
        return Finding{id(), severity(), article(), assetId, assetCode, unitId, message};
    }
};

} // namespace daicho
