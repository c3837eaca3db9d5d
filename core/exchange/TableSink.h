#pragma once

#include "common/Result.h"

#include <QStringList>

namespace daicho {

// A ledger file written row by row (CSV, or one sheet of a workbook).
class TableSink {
public:
    virtual ~TableSink() = default;
    virtual Status writeRow(const QStringList& cells) = 0;
    // Flushes and closes; the file is complete only after finish() succeeded.
    virtual Status finish() = 0;
};

} // namespace daicho
