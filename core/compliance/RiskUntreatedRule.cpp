#include "RiskUntreatedRule.h"

#include "AssetQueryRule.h"
#include "common/Language.h"
#include "db/Query.h"
#include "repo/SqlValues.h"

namespace daicho {

QString RiskUntreatedRule::title() const
{
    return tr("High risks treated, and on time");
}

Status RiskUntreatedRule::check(const ComplianceContext& context, QList<Finding>& findings) const
{
    Query q(
        context.db,
        QStringLiteral("SELECT a.id, a.code, a.section_id, t.name_ja, t.name_en, r.value, r.due_on,"
                       " (r.band = 'high' AND (r.treatment IS NULL OR r.plan IS NULL)) FROM risks r"
                       " JOIN assets a ON a.id = r.asset_id JOIN threats t ON t.key = r.threat"
                       " WHERE a.status = 'active' AND ((r.band = 'high' AND (r.treatment IS NULL OR r.plan IS NULL))"
                       " OR (r.due_on < :today AND r.status <> 'closed'))%1 ORDER BY a.id, r.id")
            .arg(AssetQueryRule::visibleCondition(context)));
    q.bind(QStringLiteral(":today"), sql::date(context.today));
    AssetQueryRule::bindVisible(q, context);
    if (Status s = q.exec(); !s)
        return s;
    const bool japanese = LanguageSetting::current() == Language::Japanese;
    while (q.next()) {
        const QString code = q.value(1).toString();
        const QString threat =
            japanese || q.value(4).toString().isEmpty() ? q.value(3).toString() : q.value(4).toString();
        const QString message =
            q.value(7).toBool() ? tr("%1: the risk \"%2\" (value %3, high) has no treatment and plan (Article 8)")
                                      .arg(code, threat)
                                      .arg(q.value(5).toInt())
                                : tr("%1: the treatment of the risk \"%2\" was due on %3 and is not closed (Article 8)")
                                      .arg(code, threat, q.value(6).toString());
        findings << finding(q.value(0).toLongLong(), code, q.value(2).toLongLong(), message);
    }
    return q.readStatus();
}

} // namespace daicho
