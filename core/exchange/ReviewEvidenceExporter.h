#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace daicho {

class Register;

// The year's review (棚卸し) as evidence for the committee: as .xlsx, a workbook with the progress
// per department and the sign-offs, then every asset's review (who, when, what was found); as .csv,
// the asset reviews only. Japanese headings whatever the UI language, like the ledger; the
// classification banner on every sheet. Only what the signed-in user may see.
class ReviewEvidenceExporter {
    Q_DECLARE_TR_FUNCTIONS(ReviewEvidenceExporter)

public:
    explicit ReviewEvidenceExporter(Register& reg);

    // Returns how many asset reviews were written.
    Result<qint64> exportFile(const QString& path, const QString& banner = {});

private:
    QStringList reviewHeaders() const;
    Register& m_register;
};

} // namespace daicho
