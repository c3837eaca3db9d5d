#include "CommitteeReportFile.h"

#include "CommitteeReportPainter.h"
#include "exchange/CommitteeWorkbook.h"
#include "report/CommitteeReport.h"
#include "service/Register.h"

#include <QFileInfo>

namespace daicho {

Status CommitteeReportFile::write(Register& reg, const CommitteeReport& report, const QString& path,
                                  const std::function<bool(int)>& progress)
{
    const bool workbook = QFileInfo(path).suffix().toLower() == QLatin1String("xlsx");
    const Status written =
        workbook ? CommitteeWorkbook::write(report, path) : CommitteeReportPainter(report).writePdf(path, progress);
    if (!written)
        return written;
    return toStatus(reg.reports().recordIssue(
        report.scopeUnitId, workbook ? QStringLiteral("xlsx") : QStringLiteral("pdf"), report.findingCounts()));
}

} // namespace daicho
