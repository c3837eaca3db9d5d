#include "RegisterCopy.h"

#include "Database.h"
#include "Query.h"
#include "Schema.h"
#include "SearchIndex.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace daicho {

namespace {
// Rows per INSERT: a few hundred rows cost one round trip to the server instead of hundreds,
// and stay under PostgreSQL's 65,535 parameters for the widest table.
constexpr int kBatchRows = 400;

// The source's rows of `table` in an order the target's foreign keys accept: units parents
// first (a unit may have moved under a newer one), everything else by id.
QString selectRows(const QString& table)
{
    if (table == QLatin1String("org_units"))
        return QStringLiteral("WITH RECURSIVE t(id, depth) AS (SELECT id, 0 FROM org_units WHERE parent_id IS NULL"
                              " UNION ALL SELECT u.id, t.depth + 1 FROM org_units u JOIN t ON u.parent_id = t.id)"
                              " SELECT o.* FROM org_units o JOIN t ON t.id = o.id ORDER BY t.depth, o.id");
    if (table == QLatin1String("settings"))
        return QStringLiteral("SELECT * FROM settings ORDER BY key");
    return QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table);
}

bool hasIdentity(const QString& table)
{
    return table != QLatin1String("settings") && table != QLatin1String("audit_head");
}
} // namespace

const QStringList& RegisterCopy::tables()
{
    // Names from the schema (never from input); derived tables (tallies, search index) and
    // schema_migrations are the target's own.
    static const QStringList all{QStringLiteral("settings"),         QStringLiteral("org_units"),
                                 QStringLiteral("people"),           QStringLiteral("users"),
                                 QStringLiteral("assets"),           QStringLiteral("role_assignments"),
                                 QStringLiteral("threats"),          QStringLiteral("risks"),
                                 QStringLiteral("holdings"),         QStringLiteral("review_campaigns"),
                                 QStringLiteral("asset_reviews"),    QStringLiteral("review_signoffs"),
                                 QStringLiteral("inspection_items"), QStringLiteral("inspection_responses"),
                                 QStringLiteral("report_issues"),    QStringLiteral("audit_events"),
                                 QStringLiteral("audit_head")};
    return all;
}

Result<RegisterCopy::Counts> RegisterCopy::run(Database& source, Database& target,
                                               const std::function<void(const QString&, qint64)>& progress)
{
    using R = Result<Counts>;
    if (source.schemaVersion() != target.schemaVersion())
        return R::failure(tr("The registers are at different schema versions (%1 and %2).")
                              .arg(QString::number(source.schemaVersion()), QString::number(target.schemaVersion())));
    Transaction tx(target);
    if (!tx.status())
        return R(tx.status().problems());
    // A new register comes with the seeded threat catalogue and checklist: the source's own
    // (with their audit events) take their place. Children first.
    for (auto it = tables().crbegin(); it != tables().crend(); ++it)
        if (Status s = Query(target, QStringLiteral("DELETE FROM ") + *it).exec(); !s)
            return R(s.problems());

    // The tally triggers would count each copied risk and review one at a time; where the
    // back end can pause them, the tallies are counted once at the end.
    const QStringList tallied{QStringLiteral("assets"), QStringLiteral("threats"), QStringLiteral("risks"),
                              QStringLiteral("asset_reviews")};
    bool suspended = false;
    for (const QString& table : tallied) {
        for (const QString& statement : target.dialect().suspendTriggers(table)) {
            if (Status s = Query(target, statement).exec(); !s)
                return R(s.problems());
            suspended = true;
        }
    }

    Counts counts;
    for (const QString& table : tables()) {
        QSqlQuery rows(source.connection());
        rows.setForwardOnly(true);
        if (!rows.exec(selectRows(table)))
            return R::failure(tr("Reading %1 from %2 failed: %3")
                                  .arg(table, source.path(), Query::errorText(source, rows.lastError())));
        const QSqlRecord record = rows.record();
        QStringList columns;
        for (int c = 0; c < record.count(); ++c)
            columns << record.fieldName(c);
        const QString row =
            QStringLiteral("(") + QStringLiteral("?, ").repeated(columns.size() - 1) + QStringLiteral("?)");
        const QString insert =
            QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")));
        QList<QVariant> batch;
        qint64 copied = 0;
        const auto flush = [&]() -> Status {
            const int n = static_cast<int>(batch.size() / columns.size());
            if (n == 0)
                return success();
            Query q(target, insert + QStringList(n, row).join(QStringLiteral(", ")));
            for (int i = 0; i < batch.size(); ++i)
                q.bind(i, batch.at(i));
            batch.clear();
            copied += n;
            if (progress)
                progress(table, copied);
            return q.exec();
        };
        while (rows.next()) {
            for (int c = 0; c < columns.size(); ++c)
                batch << rows.value(c);
            if (batch.size() >= kBatchRows * columns.size())
                if (Status s = flush(); !s)
                    return R(s.problems());
        }
        // A read that fails part way (a damaged page) ends the rows as their end would.
        if (rows.lastError().isValid())
            return R::failure(tr("Reading %1 from %2 failed: %3")
                                  .arg(table, source.path(), Query::errorText(source, rows.lastError())));
        if (Status s = flush(); !s)
            return R(s.problems());
        counts.rows += copied;
        if (table == QLatin1String("assets"))
            counts.assets = copied;
        if (table == QLatin1String("audit_events"))
            counts.auditEvents = copied;
        if (const QString reset = target.dialect().resetIdentity(table); hasIdentity(table) && !reset.isEmpty())
            if (Status s = Query(target, reset).exec(); !s)
                return R(s.problems());
    }
    if (suspended) {
        QStringList recount{QStringLiteral("DELETE FROM risk_cells"), QStringLiteral("DELETE FROM review_cells")};
        recount << Schema::fillRiskTallies() << Schema::fillReviewTallies();
        for (const QString& table : tallied)
            recount << target.dialect().resumeTriggers(table);
        for (const QString& statement : recount)
            if (Status s = Query(target, statement).exec(); !s)
                return R(s.problems());
    }
    if (target.dialect().hasSearchIndex())
        if (Status s = SearchIndex::addAssetsAfter(target, 0); !s)
            return R(s.problems());
    if (Status s = tx.commit(); !s)
        return R(s.problems());
    return counts;
}

} // namespace daicho
