#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace daicho {

class Database;

struct AuditFinding {
    enum class Kind { EventAltered, ChainBroken, HeadMismatch, RowAltered, RowUnrecorded, RowRemoved };
    Kind kind;
    qint64 eventId = 0;
    QString entity;
    qint64 entityId = 0;
    QString recordLabel; // e.g. the asset ID
    QString message;     // translated
};

struct AuditReport {
    qint64 eventsChecked = 0;
    qint64 recordsChecked = 0;
    QList<AuditFinding> findings;
    bool clean() const { return findings.isEmpty(); }
};

// Checks (a) that the hash chain is intact and complete and (b) that every record's current
// row equals the state its last audit event recorded, so that edits made behind the
// application's back (for example with the sqlite3 shell) are found and named.
class AuditVerifier {
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    explicit AuditVerifier(Database& db);
    Result<AuditReport> verify() const;

private:
    struct Row {
        qint64 id;
        QString label;
        QString snapshot; // Snapshot::text of the current row
    };
    using RowStream = std::function<Status(const std::function<void(const Row&)>&)>;

    Status verifyChain(AuditReport& report) const;
    Status verifyRecords(const QString& entity, const QString& noun, const RowStream& rows, AuditReport& report) const;

    Database& m_db;
};

} // namespace daicho
