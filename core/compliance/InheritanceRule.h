#pragma once

#include "ComplianceRule.h"

#include <QCoreApplication>

namespace daicho {

// 第6条(1): a system, medium or document rated below the information it holds (CIA inheritance,
// max principle, down the chains of holdings).
class InheritanceRule : public ComplianceRule {
    Q_DECLARE_TR_FUNCTIONS(InheritanceRule)

public:
    QString id() const override { return QStringLiteral("classification-below-inherited"); }
    Severity severity() const override { return Severity::Warning; }
    QString article() const override { return QStringLiteral("第6条(1)"); }
    QString title() const override;
    Status check(const ComplianceContext& context, QList<Finding>& findings) const override;
};

} // namespace daicho
