#pragma once

#include "ComplianceRule.h"

#include <QCoreApplication>

#include <memory>

namespace daicho {

// The rules the register is checked against, in the order findings are listed.
class ComplianceRules {
    Q_DECLARE_TR_FUNCTIONS(ComplianceRules)

public:
    static const QList<std::shared_ptr<const ComplianceRule>>& all();
    static const ComplianceRule* find(const QString& id);
};

} // namespace daicho
