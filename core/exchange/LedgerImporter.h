#pragma once

#include "CsvEncoding.h"
#include "ImportSummary.h"
#include "LedgerRowMapper.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>

namespace daicho {

class OrgUnitResolver;
class PersonResolver;
class RegisterLookup;
class Register;
class TableSource;

struct ImportOptions {
    QString sheet;                            // XLSX: the sheet to read; empty for the first
    CsvEncoding encoding = CsvEncoding::Auto; // CSV
    bool dryRun = false;                      // validate and count, write nothing
    bool skipInvalid = false;                 // import the valid rows, report the rest
    ColumnMapping columns;                    // columns mapped by hand (the import wizard)
    // Called every few hundred rows with the rows read so far; returning false cancels the
    // import, which then writes nothing.
    std::function<bool(qint64 rowsRead)> progress;
};

// The first rows of a ledger as the importer would read them: for the wizard's preview.
struct LedgerPreview {
    QString encoding; // how a CSV file was read ("utf-8", "cp932"); empty for XLSX
    qint64 headerLine = 0;
    QStringList headers;
    QList<std::optional<AssetField>> fields; // per column: the field it fills, nullopt if none
    QList<QStringList> rows;                 // the first data rows, cells as read
};

// Imports a ledger (CSV or XLSX) into a register: every row validated with the editor's rules,
// assets matched by 資産ID (created or updated, with audit events), units and people found or
// created. All or nothing: a file with any invalid row changes nothing, unless skipInvalid.
class LedgerImporter {
    Q_DECLARE_TR_FUNCTIONS(LedgerImporter)

public:
    explicit LedgerImporter(Register& reg);
    ~LedgerImporter();

    // Fails (with a message) only when the file cannot be read at all; a file with invalid
    // rows gives a summary whose `rejected` is set and whose issues list every problem.
    Result<ImportSummary> importFile(const QString& path, const ImportOptions& options);
    Result<ImportSummary> importRows(TableSource& source, const ImportOptions& options);
    static Result<LedgerPreview> preview(const QString& path, const ImportOptions& options, int maxRows = 20);
    // How often options.progress is called.
    static constexpr int kProgressRows = 500;

    // How many rows at the top may be titles (a classification banner) before the header.
    static constexpr int kMaxTitleRows = 10;
    // An import of at least this many rows, and at least as many as the register holds, drops
    // the secondary indexes and builds them again at the end (measured: 18 % faster at 100k).
    static constexpr qint64 kBulkRows = 20000;

private:
    static Result<std::unique_ptr<TableSource>> openSource(const QString& path, const ImportOptions& options);
    // Reads up to the header row (the first naming known columns; rows above it are titles).
    static Result<LedgerHeader> readHeader(TableSource& source, const ColumnMapping& mapping, qint64* line);
    // Failed: the register itself failed (full, damaged, read-only…); the import stops with m_fault.
    enum class Outcome { Created, Updated, Unchanged, Invalid, Failed };
    Outcome importRow(const LedgerRow& row, const LedgerRowMapper& mapper, bool undoFailedRow, ImportSummary& summary);
    void reportProblems(const LedgerRow& row, const Problems& problems, const LedgerRowMapper& mapper,
                        ImportSummary& summary) const;

    Register& m_register;
    std::unique_ptr<OrgUnitResolver> m_units;
    std::unique_ptr<PersonResolver> m_people;
    std::unique_ptr<RegisterLookup> m_lookup; // shared by every row of one import
    bool m_bulk = false;
    bool m_registerWasEmpty = false;    // no code can match an existing asset
    QHash<QString, qint64> m_seenCodes; // 資産ID → the line that first used it
    qint64 m_estimatedRows = 0;         // from the file size; 0 when unknown
    Problems m_fault;                   // why the register failed (Outcome::Failed)
};

} // namespace daicho
