#include "Migrations.h"

#include "Database.h"
#include "Query.h"
#include "Schema.h"
#include "SearchIndex.h"
#include "Transaction.h"
#include "common/Timestamp.h"

#include <QDateTime>
#include <QSqlRecord>

namespace daicho {

const QList<Migrations::Step>& Migrations::steps()
{
    static const QList<Step> all{
        {1, "organisation, people, roles, assets, settings, audit trail", Schema::version1()},
        {2, "compact audit records for bulk imports", Schema::version2()},
        {3, "full-text search index of assets", {}, &SearchIndex::schema},
        {4, "users who sign in", Schema::version4()},
        {5, "risks of assets facing threats (第8条)", Schema::version5()},
    };
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

Result<int> Migrations::currentVersion(Database& db)
{
    if (!db.connection().tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    Query q(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    Result<bool> row = q.first();
    if (!row)
        return Result<int>(row.problems());
    return q.value(0).toInt();
}

Result<int> Migrations::run(Database& db, int upTo)
{
    const int target = upTo < 0 ? latestVersion() : upTo;
    Result<int> current = currentVersion(db);
    if (!current)
        return current;
    if (current.value() > latestVersion()) {
        return Result<int>::failure(
            tr("The register %1 was written by a newer version of Daicho (schema version %2; this version "
               "knows up to %3). Install the newer version to open it; the file has not been changed.")
                .arg(db.path())
                .arg(current.value())
                .arg(latestVersion()));
    }
    int version = current.value();
    for (const Step& step : steps()) {
        if (step.version <= version || step.version > target)
            continue;
        Transaction tx(db);
        if (!tx.status())
            return Result<int>(tx.status().problems());
        const QStringList statements = step.dialectStatements ? step.dialectStatements(db.dialect()) : step.statements;
        for (const QString& statement : statements) {
            Query q(db, db.dialect().expand(statement));
            if (Status s = q.exec(); !s) {
                return Result<int>::failure(
                    tr("Updating the register to schema version %1 failed: %2").arg(step.version).arg(s.errorText()));
            }
        }
        Query record(db, QStringLiteral("INSERT INTO schema_migrations (version, description, "
                                        "applied_at) VALUES (:v, :d, :at)"));
        record.bind(QStringLiteral(":v"), step.version)
            .bind(QStringLiteral(":d"), QString::fromUtf8(step.description))
            .bind(QStringLiteral(":at"), Timestamp::toText(QDateTime::currentDateTimeUtc()));
        if (Status s = record.exec(); !s)
            return Result<int>(s.problems());
        if (Status s = tx.commit(); !s)
            return Result<int>(s.problems());
        version = step.version;
    }
    return version;
}

} // namespace daicho
