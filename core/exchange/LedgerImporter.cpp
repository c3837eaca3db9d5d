#include "LedgerImporter.h"

#include "CsvReader.h"
#include "MappedRowStream.h"
#include "OrgUnitResolver.h"
#include "PersonResolver.h"
#include "XlsxReader.h"
#include "audit/Snapshot.h"
#include "db/DatabaseError.h"
#include "db/IndexDeferral.h"
#include "db/Savepoint.h"
#include "db/SearchIndex.h"
#include "db/Transaction.h"
#include "repo/AssetRepository.h"
#include "service/AccessPolicy.h"
#include "service/Register.h"
#include "service/RegisterLookup.h"

#include <QFileInfo>

namespace daicho {

namespace {

// Copies the fields a row gives onto an asset (new or existing); fields the file has no column
// for keep their current values, so a file with a few columns updates just those.
void merge(const LedgerRow& row, Asset& target)
{
    const Asset& from = row.asset;
    const auto has = [&row](AssetField f) { return row.present.contains(f); };
    if (has(AssetField::Name))
        target.name = from.name;
    if (has(AssetField::Category))
        target.category = from.category;
    if (has(AssetField::Subtype))
        target.subtype = from.subtype;
    if (has(AssetField::Segment))
        target.segment = from.segment;
    if (has(AssetField::Scheme) && !from.scheme.isEmpty())
        target.scheme = from.scheme;
    if (has(AssetField::Confidentiality))
        target.confidentiality = from.confidentiality;
    if (has(AssetField::Integrity))
        target.integrity = from.integrity;
    if (has(AssetField::Availability))
        target.availability = from.availability;
    if (has(AssetField::Restrictions))
        target.restrictions = from.restrictions;
    if (has(AssetField::RestrictionNote))
        target.restrictionNote = from.restrictionNote;
    if (has(AssetField::PersonalData))
        target.personalData = from.personalData;
    if (has(AssetField::Provision))
        target.provision = from.provision;
    if (has(AssetField::Provider))
        target.provider = from.provider;
    if (has(AssetField::ServiceName))
        target.serviceName = from.serviceName;
    if (has(AssetField::ContractHasSecurity))
        target.contractHasSecurity = from.contractHasSecurity;
    if (has(AssetField::ProviderCheckedOn))
        target.providerCheckedOn = from.providerCheckedOn;
    if (has(AssetField::DataLocation))
        target.dataLocation = from.dataLocation;
    if (has(AssetField::IsmapRegistered))
        target.ismapRegistered = from.ismapRegistered;
    if (has(AssetField::UsageRulesInPlace))
        target.usageRulesInPlace = from.usageRulesInPlace;
    if (has(AssetField::PublishableInfo))
        target.publishableInfo = from.publishableInfo;
    if (has(AssetField::Location))
        target.location = from.location;
    if (has(AssetField::Notes))
        target.notes = from.notes;
    if (has(AssetField::Status))
        target.status = from.status;
    if (has(AssetField::DisposedOn))
        target.disposedOn = from.disposedOn;
    if (has(AssetField::DisposalMethod))
        target.disposalMethod = from.disposalMethod;
    // Unknown columns and the extra-attributes column add to what the asset already carries.
    for (auto it = from.extra.begin(); it != from.extra.end(); ++it)
        target.extra.insert(it.key(), it.value());
}

// Equal as the register would store them (bookkeeping fields aside).
bool sameContent(Asset a, Asset b)
{
    a.updatedAt = b.updatedAt;
    a.version = b.version;
    a.createdAt = b.createdAt;
    return Snapshot::text(a) == Snapshot::text(b);
}

} // namespace

LedgerImporter::LedgerImporter(Register& reg)
    : m_register(reg)
    , m_units(std::make_unique<OrgUnitResolver>(reg))
    , m_people(std::make_unique<PersonResolver>(reg))
{
}

LedgerImporter::~LedgerImporter() = default;

Result<std::unique_ptr<TableSource>> LedgerImporter::openSource(const QString& path, const ImportOptions& options)
{
    using R = Result<std::unique_ptr<TableSource>>;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path, options.sheet);
        if (!reader)
            return R(reader.problems());
        return std::unique_ptr<TableSource>(reader.take());
    }
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) {
        Result<std::unique_ptr<CsvReader>> reader = CsvReader::open(path, options.encoding);
        if (!reader)
            return R(reader.problems());
        return std::unique_ptr<TableSource>(reader.take());
    }
    return R::failure(tr("%1: the file type is not known; import reads .csv and .xlsx files.").arg(path));
}

Result<LedgerHeader> LedgerImporter::readHeader(TableSource& source, const ColumnMapping& mapping, qint64* line)
{
    using R = Result<LedgerHeader>;
    SourceRow sourceRow;
    for (int i = 0; i <= kMaxTitleRows && source.next(sourceRow); ++i) {
        LedgerHeader header = LedgerHeader::fromCells(sourceRow.cells, mapping);
        if (header.has(AssetField::Code) || header.knownCount() >= 3) {
            *line = sourceRow.line;
            return header;
        }
    }
    if (!source.error().isEmpty())
        return R::failure(source.error());
    return R::failure(tr("No header row was found: the file needs a row of column names such as %1.")
                          .arg(QStringLiteral("資産ID, 資産名称, 分類, 所管課室")));
}

Result<LedgerPreview> LedgerImporter::preview(const QString& path, const ImportOptions& options, int maxRows)
{
    using R = Result<LedgerPreview>;
    Result<std::unique_ptr<TableSource>> source = openSource(path, options);
    if (!source)
        return R(source.problems());
    LedgerPreview preview;
    if (const auto* csv = dynamic_cast<const CsvReader*>(source.value().get()))
        preview.encoding = csvEncodingName(csv->encoding());
    Result<LedgerHeader> header = readHeader(*source.value(), options.columns, &preview.headerLine);
    if (!header)
        return R(header.problems());
    preview.headers = header.value().texts;
    for (int i = 0; i < preview.headers.size(); ++i)
        preview.fields << (header.value().fieldAt.contains(i)
                               ? std::optional<AssetField>(header.value().fieldAt.value(i))
                               : std::nullopt);
    SourceRow row;
    while (preview.rows.size() < maxRows && source.value()->next(row)) {
        // Blank lines (a trailing one is common) are skipped by the import, so here too.
        if (std::any_of(row.cells.cbegin(), row.cells.cend(), [](const QString& c) { return !c.trimmed().isEmpty(); }))
            preview.rows << row.cells;
    }
    if (!source.value()->error().isEmpty())
        return R::failure(source.value()->error());
    return preview;
}

Result<ImportSummary> LedgerImporter::importFile(const QString& path, const ImportOptions& options)
{
    // A rough row count, to choose the bulk path before reading: ledger rows take about 200
    // bytes in CSV and about 60 once zipped in XLSX; a wrong guess costs time, never correctness.
    const qint64 size = QFileInfo(path).size();
    m_estimatedRows = QFileInfo(path).suffix().toLower() == QLatin1String("xlsx") ? size / 60 : size / 200;
    Result<std::unique_ptr<TableSource>> source = openSource(path, options);
    if (!source)
        return Result<ImportSummary>(source.problems());
    return importRows(*source.value(), options);
}

Result<ImportSummary> LedgerImporter::importRows(TableSource& source, const ImportOptions& options)
{
    using R = Result<ImportSummary>;
    ImportSummary summary;
    summary.dryRun = options.dryRun;
    m_seenCodes.clear();

    qint64 headerLine = 0;
    Result<LedgerHeader> found = readHeader(source, options.columns, &headerLine);
    if (!found)
        return R(found.problems());
    std::optional<LedgerRowMapper> mapper;
    mapper.emplace(found.take());
    const LedgerHeader& header = mapper->header();
    if (!header.has(AssetField::Code))
        return R::failure(tr("The file has no %1 column; it is what matches rows to assets.")
                              .arg(LedgerColumns::header(AssetField::Code)));
    summary.unknownColumns = header.unknown.values();
    std::sort(summary.unknownColumns.begin(), summary.unknownColumns.end());
    for (const QString& duplicate : header.duplicates)
        summary.issues << ImportIssue{headerLine, duplicate, tr("names the same field as an earlier column")};

    Transaction tx(m_register.database());
    if (!tx.status())
        return R(tx.status().problems());
    if (Status s = m_units->load(); !s)
        return R(s.problems());
    if (Status s = m_people->load(); !s)
        return R(s.problems());
    m_lookup = std::make_unique<RegisterLookup>(m_register.database());
    // The whole register, not what the signed-in user sees: these decide how rows are probed and
    // whether indexes are rebuilt, which concern every asset.
    Result<qint64> existingAssets = AssetRepository(m_register.database()).count();
    if (!existingAssets)
        return R(existingAssets.problems());
    IndexDeferral deferral(m_register.database(), {QStringLiteral("assets"), QStringLiteral("audit_events")});
    m_bulk = m_estimatedRows >= kBulkRows && m_estimatedRows >= existingAssets.value();
    m_registerWasEmpty = existingAssets.value() == 0;
    // In bulk the search index is filled once at the end, for the ids this import adds.
    Result<qint64> lastIdBefore = m_register.assets().maxId();
    if (!lastIdBefore)
        return R(lastIdBefore.problems());
    struct SearchDeferral {
        Database& db;
        ~SearchDeferral() { db.setSearchIndexDeferred(false); }
    } searchDeferral{m_register.database()};
    if (m_bulk) {
        if (Status s = deferral.drop(); !s)
            return R(s.problems());
        m_register.database().setSearchIndexDeferred(true);
    }
    // A failed row is undone alone only when the other rows are kept; otherwise the whole
    // import rolls back anyway and per-row savepoints would only cost time.
    const bool undoFailedRows = options.skipInvalid && !options.dryRun;

    qint64 invalidRows = 0;
    MappedRowStream rows(source, *mapper);
    LedgerRow row;
    while (rows.next(row)) {
        if (row.blank)
            continue;
        if (options.progress && summary.rowsRead % kProgressRows == 0 && !options.progress(summary.rowsRead))
            return R::failure(tr("The import was cancelled; nothing was written.")); // rolls back
        ++summary.rowsRead;
        switch (importRow(row, *mapper, undoFailedRows, summary)) {
        case Outcome::Created:
            ++summary.created;
            break;
        case Outcome::Updated:
            ++summary.updated;
            break;
        case Outcome::Unchanged:
            ++summary.unchanged;
            break;
        case Outcome::Invalid:
            ++invalidRows;
            break;
        case Outcome::Failed:
            return R(m_fault); // the transaction rolls back
        }
    }
    if (const QString error = rows.error(); !error.isEmpty())
        return R::failure(error); // the transaction rolls back

    if (!summary.issues.isEmpty() && !options.skipInvalid) {
        summary.rejected = true;
        return summary; // rolls back: the register is exactly as it was
    }
    summary.skipped = invalidRows;
    if (options.dryRun)
        return summary; // rolls back, indexes included
    if (m_bulk)
        if (Status s = SearchIndex::addAssetsAfter(m_register.database(), lastIdBefore.value()); !s)
            return R(s.problems());
    if (Status s = deferral.restore(); !s)
        return R(s.problems());
    if (Status s = tx.commit(); !s)
        return R(s.problems());
    return summary;
}

LedgerImporter::Outcome LedgerImporter::importRow(const LedgerRow& row, const LedgerRowMapper& mapper,
                                                  bool undoFailedRow, ImportSummary& summary)
{
    const QString code = row.asset.code;
    if (!code.isEmpty()) {
        if (const auto first = m_seenCodes.constFind(code); first != m_seenCodes.constEnd()) {
            summary.issues << ImportIssue{row.line, mapper.header().textOf(AssetField::Code),
                                          tr("「%1」 is already used on line %2 of this file").arg(code).arg(*first)};
            return Outcome::Invalid;
        }
        m_seenCodes.insert(code, row.line);
    }
    if (!row.problems.isEmpty()) {
        reportProblems(row, row.problems, mapper, summary);
        return Outcome::Invalid;
    }

    // Units and people created for a row that then fails are undone with it.
    std::optional<Savepoint> savepoint;
    if (undoFailedRow)
        savepoint.emplace(m_register.database());
    const auto fail = [&](const Problems& problems) {
        // Not the row's fault, and the same for every row after it: one message, and the whole
        // import rolls back (SQLite may already have rolled it back, savepoints included).
        if (DatabaseError::isStorageFailure(problems)) {
            m_fault = problems;
            return Outcome::Failed;
        }
        if (savepoint) {
            savepoint->rollback();
            m_units->discardRow();
            m_people->discardRow();
        } else {
            // Kept in the transaction, which rolls back whole; not reported as created.
            m_units->keepRow();
            m_people->keepRow();
        }
        reportProblems(row, problems, mapper, summary);
        return Outcome::Invalid;
    };
    if (savepoint && !savepoint->status())
        return fail(savepoint->status().problems());

    // Most rows of a first import are new: probe for the id before loading anything, and into
    // an empty register not at all (a code repeated within the file was rejected above).
    Result<std::optional<qint64>> existingId =
        m_registerWasEmpty ? Result<std::optional<qint64>>(std::nullopt) : m_register.assets().idByCode(code);
    if (!existingId)
        return fail(existingId.problems());
    Result<std::optional<Asset>> existing =
        existingId.value() ? m_register.assets().find(*existingId.value()) : Result<std::optional<Asset>>(std::nullopt);
    if (!existing)
        return fail(existing.problems());
    Asset asset;
    if (existing.value())
        asset = *existing.value();
    else
        asset.code = code;
    merge(row, asset);

    const auto has = [&row](AssetField f) { return row.present.contains(f); };
    if (has(AssetField::Section)) {
        Result<qint64> section = m_units->section(row.bodyName, row.departmentName, row.sectionName);
        if (!section)
            return fail(section.problems());
        asset.sectionId = section.value();
    }
    qint64* const people[] = {&asset.managerId, &asset.custodianId, &asset.systemAdminId, &asset.snsResponsibleId,
                              &asset.disposalConfirmedBy}; // in LedgerRow::kPersonFields' order
    for (size_t i = 0; i < std::size(people); ++i) {
        if (!has(LedgerRow::kPersonFields[i]))
            continue;
        Result<qint64> id = m_people->person(row.personNames[i], asset.sectionId);
        if (!id)
            return fail(id.problems());
        *people[i] = id.value();
    }

    Outcome outcome = Outcome::Created;
    Status written = success();
    if (existing.value()) {
        if (sameContent(asset, *existing.value())) {
            outcome = Outcome::Unchanged;
        } else {
            outcome = Outcome::Updated;
            written = m_register.assets().update(asset, *m_lookup);
        }
    } else {
        Result<qint64> id =
            m_register.assets().create(asset, *m_lookup, m_bulk ? AuditDetail::Digest : AuditDetail::Full);
        written = id ? success() : Status(id.problems());
    }
    if (!written)
        return fail(written.problems());
    if (savepoint)
        if (Status s = savepoint->release(); !s)
            return fail(s.problems());
    summary.unitsCreated << m_units->createdInRow();
    summary.peopleCreated << m_people->createdInRow();
    m_units->keepRow();
    m_people->keepRow();
    return outcome;
}

void LedgerImporter::reportProblems(const LedgerRow& row, const Problems& problems, const LedgerRowMapper& mapper,
                                    ImportSummary& summary) const
{
    for (const Problem& p : problems) {
        if (p.field == AccessPolicy::kDenied)
            summary.denied = true;
        const std::optional<AssetField> field = enumFromKey<AssetField>(p.field);
        const QString column = field ? mapper.header().textOf(*field) : QString();
        summary.issues << ImportIssue{row.line, column, p.reason.isEmpty() ? p.message : p.reason};
    }
}

} // namespace daicho
