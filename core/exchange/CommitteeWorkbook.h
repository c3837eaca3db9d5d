#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace daicho {

struct CommitteeReport;

// The committee report as an Excel workbook: 概要, the heat maps as matrices in band colours,
// 主要リスク, 指摘事項, 部局別保有資産 and 棚卸し, each on its own sheet, with the classification
// banner in every sheet's title row, header and footer. Japanese, like the ledger; figures are
// numbers Excel can sum.
class CommitteeWorkbook {
    Q_DECLARE_TR_FUNCTIONS(CommitteeWorkbook)

public:
    static Status write(const CommitteeReport& report, const QString& path, const QString& banner = {});
};

} // namespace daicho
