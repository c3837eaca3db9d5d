#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace daicho {

class AuditLog;
class Database;
class Dialect;

// Numbered schema steps, each applied in its own transaction and recorded in schema_migrations.
// A register whose schema is newer than this binary knows is refused, never touched.
class Migrations {
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    struct Step {
        int version;
        const char* description;
        // Portable SQL; {{ID}} expands through the dialect. A step whose SQL depends on the
        // back end gives it through `dialectStatements` instead.
        QStringList statements;
        QStringList (*dialectStatements)(const Dialect&) = nullptr;
        // Run after the statements, in the same transaction: reference data to seed, recorded
        // in the audit trail.
        Status (*seed)(Database&, AuditLog&) = nullptr;
    };

    static const QList<Step>& steps();
    static int latestVersion();
    // Brings the schema up to latestVersion(); returns the version now in force. A register that
    // has a schema (not a new or empty file) is first copied next to itself (RegisterBackup), and
    // the copy's path put in `backupPath`; when the copy cannot be made, nothing is migrated.
    static Result<int> run(Database& db, int upTo = -1, QString* backupPath = nullptr);
    // 0 for an empty database.
    static Result<int> currentVersion(Database& db);
};

} // namespace daicho
