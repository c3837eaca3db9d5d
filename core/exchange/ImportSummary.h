#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace daicho {

// A row of a ledger file that could not be imported, and why.
struct ImportIssue {
    qint64 line = 0; // as in the file, the header being line 1 (CSV) or its sheet row (XLSX)
    QString column;  // the header as the file wrote it; empty for the row as a whole
    QString reason;  // translated

    // "line 12, column 機密性: …", translated.
    QString toString() const;
};

// What an import did, or would do in a dry run.
struct ImportSummary {
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)

public:
    qint64 rowsRead = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0;       // invalid rows left out (--skip-invalid)
    QStringList unitsCreated; // "市長（市長部局） / 総務部 / 新設課"
    QStringList peopleCreated;
    QStringList unknownColumns; // kept as extra attributes
    QList<ImportIssue> issues;
    bool rejected = false; // nothing was written because of issues
    bool denied = false;   // among the issues, changes the signed-in user may not make
    bool dryRun = false;

    // A few translated lines for people: counts, what was created, what was kept.
    QStringList describe() const;
};

} // namespace daicho
