#pragma once

#include "CsvEncoding.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace daicho {

class OrgUnitResolver;
class PersonResolver;
class Register;
class TableSink;
class XlsxWriter;
struct Asset;

struct ExportOptions {
    CsvEncoding encoding = CsvEncoding::Utf8; // CSV: UTF-8 with BOM, or CP932 for old tools
    QString banner;                           // classification banner; empty → 機密性2
    // Called every few hundred assets with the number written; returning false cancels the
    // export, which then leaves no file (an existing one stays as it was).
    std::function<bool(qint64 written)> progress;
};

// Writes the register as a ledger: CSV (assets) or XLSX (assets, the organisation tree and the
// role holders). What it writes, the importer reads back to the same register.
class LedgerExporter {
    Q_DECLARE_TR_FUNCTIONS(LedgerExporter)

public:
    explicit LedgerExporter(Register& reg);
    ~LedgerExporter();

    // The number of assets written.
    Result<qint64> exportFile(const QString& path, const ExportOptions& options = {});

    static QString defaultBanner() { return QStringLiteral("機密性2"); }
    static constexpr int kProgressRows = 500;

private:
    Status prepare();
    Result<qint64> writeAssets(TableSink& sink);
    QStringList rowFor(const Asset& asset) const;
    Result<qint64> exportXlsx(const QString& path, const QString& banner);
    // The title row above the header: the city, the ledger's name and the classification banner.
    QString title(const QString& banner) const;
    Status writeOrganisation(XlsxWriter& writer);
    Status writeRoles(XlsxWriter& writer);

    Register& m_register;
    std::unique_ptr<OrgUnitResolver> m_units;
    std::unique_ptr<PersonResolver> m_people;
    std::function<bool(qint64)> m_progress;
};

} // namespace daicho
