#pragma once

#include <QString>
#include <QStringList>

namespace daicho {

// One row of a ledger file as it was read: where it starts in the file and its cells, as text.
struct SourceRow {
    qint64 line = 0;   // 1-based: the physical line in a CSV file, the row number in a sheet
    QStringList cells; // in column order; a missing trailing cell is simply absent
};

// A ledger file read row by row, never whole: readers stream so memory stays flat in the file size.
class TableSource {
public:
    virtual ~TableSource() = default;
    // The next row; false at the end of the data or on an error (then error() says why).
    virtual bool next(SourceRow& row) = 0;
    // Translated reason the reading stopped early; empty when the end was reached normally.
    virtual QString error() const = 0;
};

} // namespace daicho
