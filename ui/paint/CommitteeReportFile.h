#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

namespace daicho {

class Register;
struct CommitteeReport;

// Writes a committee report to a file — an Excel workbook for .xlsx, a PDF otherwise — and records
// it as issued, so that the next report for its scope lists the changes since this one.
class CommitteeReportFile {
public:
    // `progress` (0–100, may return false to stop) is told while a PDF is drawn.
    static Status write(Register& reg, const CommitteeReport& report, const QString& path,
                        const std::function<bool(int)>& progress = {});
};

} // namespace daicho
