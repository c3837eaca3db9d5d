#include "Migrations.h"

#include "Database.h"
#include "Query.h"
#include "RegisterBackup.h"
#include "Schema.h"
#include "SearchIndex.h"
#include "Transaction.h"
#include "audit/AuditLog.h"
#include "audit/Snapshot.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "domain/InspectionChecklist.h"
#include "domain/ThreatCatalogue.h"
#include "repo/InspectionRepository.h"
#include "repo/ThreatRepository.h"

#include <QDateTime>
#include <QSqlRecord>

namespace daicho {

namespace {
// The catalogue a register starts with: the threats 第3条 names, each recorded in the audit
// trail like any later edit, so that the verifier can tell them from rows added behind its back.
Status seedThreats(Database& db, AuditLog& audit)
{
    const Clock& clock = Clock::system();
    ThreatRepository repo(db);
    const QString actor = QStringLiteral("daicho");
    int position = 0;
    for (const DefaultThreat& d : ThreatCatalogue::defaults()) {
        Threat t = ThreatCatalogue::toThreat(d, ++position);
        t.createdAt = t.updatedAt = clock.nowUtc();
        t.version = 1;
        Result<qint64> id = repo.insert(t);
        if (!id)
            return Status(id.problems());
        t.id = id.value();
        if (Status s = audit.appendJson(actor, Snapshot::entityName(t), t.id, QStringLiteral("create"), QString(),
                                        Snapshot::text(t));
            !s)
            return s;
    }
    return success();
}

// The self-inspection checklist drawn from the regulation, audited like the threats above.
Status seedChecklist(Database& db, AuditLog& audit)
{
    InspectionRepository repo(db);
    int position = 0;
    for (const DefaultInspectionItem& d : InspectionChecklist::defaults()) {
        InspectionItem item = InspectionChecklist::toItem(d, ++position);
        item.version = 1;
        Result<qint64> id = repo.insert(item);
        if (!id)
            return Status(id.problems());
        item.id = id.value();
        if (Status s = audit.appendJson(QStringLiteral("daicho"), Snapshot::entityName(item), item.id,
                                        QStringLiteral("create"), QString(), Snapshot::text(item));
            !s)
            return s;
    }
    return success();
}
} // namespace

const QList<Migrations::Step>& Migrations::steps()
{
    static const QList<Step> all{
        {1, "organisation, people, roles, assets, settings, audit trail", Schema::version1()},
        {2, "compact audit records for bulk imports", Schema::version2()},
        {3, "full-text search index of assets", {}, &SearchIndex::schema},
        {4, "users who sign in", Schema::version4()},
        {5, "risks of assets facing threats (第8条)", Schema::version5()},
        {6, "editable threat catalogue (第3条)", Schema::version6(), nullptr, &seedThreats},
        {7, "5×5 risk method, method snapshots, heat-map tallies, holdings (CIA inheritance)", {}, &Schema::version7},
        {8, "yearly review campaigns (棚卸し) with reviews per asset and sign-offs", Schema::version8()},
        {9, "self-inspection (自己点検) checklist and answers per section", Schema::version9(), nullptr,
         &seedChecklist},
        {10, "review counts kept per campaign and section for the review page", {}, &Schema::version10},
        {11, "committee reports as issued, for the changes since the previous one", Schema::version11()},
        {12, "row-level security of a shared register (第5条 scope on the server)", {}, &Schema::version12},
        {13, "server logins of the register's users, their grants and the remaining policies", {}, &Schema::version13},
        {14, "row-level checks that look an asset up by key (a million assets)", {}, &Schema::version14},
    };
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

Result<int> Migrations::currentVersion(Database& db)
{
    Query exists(db, db.dialect().tableExistsQuery());
    exists.bind(0, QStringLiteral("schema_migrations"));
    Result<bool> found = exists.first();
    if (!found)
        return Result<int>(found.problems());
    if (!found.value())
        return 0;
    Query q(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    Result<bool> row = q.first();
    if (!row)
        return Result<int>(row.problems());
    return q.value(0).toInt();
}

Result<int> Migrations::run(Database& db, int upTo, QString* backupPath)
{
    const int target = upTo < 0 ? latestVersion() : upTo;
    Result<int> current = currentVersion(db);
    if (!current)
        return current;
    if (current.value() > latestVersion()) {
        return Result<int>::failure(
            tr("The register %1 was written by a newer version of Daicho (schema version %2; this version "
               "knows up to %3). Install the newer version to open it; the file has not been changed.")
                .arg(db.path(), QString::number(current.value()), QString::number(latestVersion())));
    }
    int version = current.value();
    // A shared register is migrated by its owner; a user's own login would fail halfway.
    if (version > 0 && version < target && !db.dialect().mayChangeSchemaQuery().isEmpty()) {
        Query may(db, db.dialect().mayChangeSchemaQuery());
        Result<qint64> allowed = may.integer();
        if (!allowed)
            return Result<int>(allowed.problems());
        if (!allowed.value())
            return Result<int>::failure(
                tr("The register %1 needs updating from schema version %2 to %3, which only its owner on the "
                   "server may do: open it once as the account that created it (for example daicho-cli --db "
                   "postgresql://OWNER@HOST/DB stats), then connect again. Nothing has been changed.")
                    .arg(db.path(), QString::number(version), QString::number(target)));
    }
    // An existing register is copied before the first step changes it: once updated it no longer
    // opens in the Daicho that wrote it, and the copy is the way back. No copy, no update.
    if (version > 0 && version < target) {
        Result<QString> backup = RegisterBackup::beforeMigration(db, version);
        if (!backup)
            return Result<int>::failure(
                tr("The register %1 has not been changed: updating it from schema version %2 to %3 keeps a copy "
                   "of it first, and the copy could not be written. Make room in its folder, or copy the register "
                   "to a folder you can write to and open that copy. %4")
                    .arg(db.path(), QString::number(version), QString::number(target), backup.errorText()));
        if (backupPath)
            *backupPath = backup.value();
    }
    // Alive until each step commits, when it writes the head of the events seeds appended.
    AuditLog audit(db, Clock::system());
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
        if (step.seed) {
            if (Status s = step.seed(db, audit); !s)
                return Result<int>::failure(
                    tr("Updating the register to schema version %1 failed: %2").arg(step.version).arg(s.errorText()));
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
