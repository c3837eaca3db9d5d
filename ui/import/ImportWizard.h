#pragma once

#include "exchange/ImportSummary.h"
#include "exchange/LedgerImporter.h"

#include <QWizard>

#include <optional>

namespace daicho {

class Register;

// File → Import: choose a ledger (or drop one on the window), see its first rows and how its
// columns map (and change that), check it without writing (new / updated / unchanged and
// every problem with its line and column), then import with a progress dialog whose Cancel
// leaves the register as it was.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, CheckPage };

    // With a path the wizard opens on the preview.
    ImportWizard(Register& reg, const QString& path = {}, QWidget* parent = nullptr);

    Register& reg() { return m_register; }
    QString path() const { return m_path; }
    void setPath(const QString& path);
    ImportOptions& options() { return m_options; }
    // Whether the rows the check found invalid are to be left out.
    void setSkipInvalid(bool skip) { m_options.skipInvalid = skip; }
    // The import as done by Finish; empty until then.
    const std::optional<ImportSummary>& imported() const { return m_imported; }

    // Runs the importer over the file with a progress dialog that can cancel.
    Result<ImportSummary> run(ImportOptions options);

    void accept() override;

private:
    Register& m_register;
    QString m_path;
    ImportOptions m_options;
    std::optional<ImportSummary> m_imported;
};

} // namespace daicho
