#include "AssetQueryRule.h"

#include "common/Timestamp.h"
#include "db/Query.h"
#include "repo/SqlValues.h"

namespace daicho {

AssetQueryRule::AssetQueryRule(Spec spec)
    : m_spec(std::move(spec))
{
}

QString AssetQueryRule::visibleCondition(const ComplianceContext& context)
{
    const Dialect& dialect = context.db.dialect();
    QString condition = context.visibleSections
                            ? QStringLiteral(" AND (a.section_id IN %1 OR a.id IN %2)")
                                  .arg(dialect.idsIn(QStringLiteral(":vs")), dialect.idsIn(QStringLiteral(":va")))
                            : QString();
    if (context.onlyAssets)
        condition += QStringLiteral(" AND a.id IN ") + dialect.idsIn(QStringLiteral(":only"));
    return condition;
}

void AssetQueryRule::bindVisible(Query& q, const ComplianceContext& context)
{
    if (context.onlyAssets)
        q.bind(QStringLiteral(":only"), sql::idArray(*context.onlyAssets));
    if (!context.visibleSections)
        return;
    q.bind(QStringLiteral(":vs"), sql::idArray(*context.visibleSections));
    q.bind(QStringLiteral(":va"), sql::idArray(context.visibleAssets));
}

Status AssetQueryRule::check(const ComplianceContext& context, QList<Finding>& findings) const
{
    const QString detail = m_spec.detail.isEmpty() ? QStringLiteral("NULL") : m_spec.detail;
    // A page of the table (onlyAssets): its rows by key, not a scan that tests every asset.
    const QString hint = context.onlyAssets ? context.db.dialect().byKeyOnly() : QString();
    Query q(context.db, m_spec.with + QStringLiteral("SELECT a.id, a.code, a.section_id, %1 FROM assets a%4 WHERE %2%3"
                                                     " ORDER BY a.id")
                                          .arg(detail, m_spec.where, visibleCondition(context), hint));
    q.bind(QStringLiteral(":today"), sql::date(context.today));
    bindVisible(q, context);
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        const QString code = q.value(1).toString();
        findings << finding(q.value(0).toLongLong(), code, q.value(2).toLongLong(), m_spec.message(code, q.value(3)));
    }
    return q.readStatus();
}

Status AssetQueryRule::count(const ComplianceContext& context, QHash<qint64, qint64>& perUnit) const
{
    Query q(context.db, m_spec.with + QStringLiteral("SELECT a.section_id, COUNT(*) FROM assets a WHERE %1%2"
                                                     " GROUP BY a.section_id")
                                          .arg(m_spec.where, visibleCondition(context)));
    q.bind(QStringLiteral(":today"), sql::date(context.today));
    bindVisible(q, context);
    if (Status s = q.exec(); !s)
        return s;
    while (q.next())
        perUnit[q.value(0).toLongLong()] += q.value(1).toLongLong();
    return q.readStatus();
}

} // namespace daicho
