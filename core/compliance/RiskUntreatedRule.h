#pragma once

#include "ComplianceRule.h"

#include <QCoreApplication>

namespace daicho {

// 第8条: a risk in band 大 without a treatment and a plan, or a treatment past its due date
// and not closed.
class RiskUntreatedRule : public ComplianceRule {
    Q_DECLARE_TR_FUNCTIONS(RiskUntreatedRule)

public:
    QString id() const override { return QStringLiteral("risk-untreated"); }
    Severity severity() const override { return Severity::Warning; }
    QString article() const override { return QStringLiteral("第8条"); }
    QString title() const override;
    Status check(const ComplianceContext& context, QList<Finding>& findings) const override;
};

} // namespace daicho
