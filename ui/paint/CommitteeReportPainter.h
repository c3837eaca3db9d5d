#pragma once

#include "common/Result.h"
#include "report/CommitteeReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace daicho {

// Lays the committee report out on A4 pages and paints it: 表紙, 概要, リスクヒートマップ (the
// screen's HeatMapPainter), 主要リスク, 部局別保有資産, 遵守状況（指摘事項）, 棚卸し状況. Every page
// carries the classification banner in its header and footer and "n / N"; tables that run over a
// page repeat their header row. The same layout goes to a PDF file and to a printer.
class CommitteeReportPainter {
    Q_DECLARE_TR_FUNCTIONS(CommitteeReportPainter)

public:
    // banner: the classification on every page; the report's own (機密性2 or 3) when empty.
    CommitteeReportPainter(const CommitteeReport& report, QString banner = {});

    // Paints every page on `device` (a QPdfWriter or a QPrinter, already set to A4); returns the
    // page count. `progress` (0–100) may return false to stop.
    Result<int> paint(QPagedPaintDevice& device, const std::function<bool(int)>& progress = {}) const;
    // Writes the report as a PDF (fonts embedded); nothing is left behind on failure.
    Status writePdf(const QString& path, const std::function<bool(int)>& progress = {}) const;

    // The section titles, in order (the tests look for them in the text of the PDF).
    static QStringList sectionTitles();
    // The font the report is set in: IPAGothic when installed (its text extracts exactly), else
    // Noto Sans CJK JP.
    static QFont reportFont();

private:
    const CommitteeReport& m_report;
    QString m_banner;
};

} // namespace daicho
