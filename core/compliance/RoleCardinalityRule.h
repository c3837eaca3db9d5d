#pragma once

#include "ComplianceRule.h"

#include <QCoreApplication>

namespace daicho {

// 第5条: exactly one 最高情報セキュリティ責任者 and one 統括情報セキュリティ責任者 in office, a
// 情報セキュリティ責任者 for every department (部局), and a 情報セキュリティ管理者 for every section
// (課室) that holds assets.
class RoleCardinalityRule : public ComplianceRule {
    Q_DECLARE_TR_FUNCTIONS(RoleCardinalityRule)

public:
    QString id() const override { return QStringLiteral("role-cardinality"); }
    Severity severity() const override { return Severity::Error; }
    QString article() const override { return QStringLiteral("第5条"); }
    QString title() const override;
    Status check(const ComplianceContext& context, QList<Finding>& findings) const override;
};

} // namespace daicho
