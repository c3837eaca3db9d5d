#pragma once

#include "ComplianceRule.h"

#include <functional>

namespace daicho {

class Query;

// A rule that is one query over the assets (`assets a`): `where` selects those that break it,
// `detail` (optional) is one more column read for the message, `with` (optional) a CTE the query
// needs. The query binds :today; what the user may not see is left out.
class AssetQueryRule : public ComplianceRule {
public:
    struct Spec {
        QString id;
        Severity severity;
        QString article;
        std::function<QString()> title;
        QString where;
        QString detail; // an SQL expression, or empty
        QString with;   // "WITH ... " or empty
        // The message for one asset: its code and the detail read (null when none).
        std::function<QString(const QString& code, const QVariant& detail)> message;
    };

    explicit AssetQueryRule(Spec spec);

    QString id() const override { return m_spec.id; }
    Severity severity() const override { return m_spec.severity; }
    QString article() const override { return m_spec.article; }
    QString title() const override { return m_spec.title(); }
    Status check(const ComplianceContext& context, QList<Finding>& findings) const override;
    // One GROUP BY instead of a row and a message per asset.
    Status count(const ComplianceContext& context, QHash<qint64, qint64>& perUnit) const override;

    // The condition that keeps to what the user may see (over `a`) and to the assets asked
    // about, and its binding.
    static QString visibleCondition(const ComplianceContext& context);
    static void bindVisible(Query& q, const ComplianceContext& context);

private:
    Spec m_spec;
};

} // namespace daicho
