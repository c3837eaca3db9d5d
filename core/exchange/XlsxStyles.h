#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace daicho {

class XlsxPackage;

// What the reader needs from xl/styles.xml: which cell styles show a number as a date or time.
// Also turns cell numbers into text: dates as ISO dates, other numbers without float noise.
class XlsxStyles {
    Q_DECLARE_TR_FUNCTIONS(XlsxStyles)

public:
    static constexpr int kMaxStyles = 65536; // Excel allows about 64,000 cell formats

    // How a number format shows a number.
    enum class Kind : quint8 {
        Number,
        Date,    // a day, maybe with a time of day: y, d or a lone m in the format
        Time,    // a time of day only: h, s (and m between them)
        Duration // elapsed time: [h]:mm:ss
    };

    Status read(XlsxPackage& package, const QString& part);
    Kind kind(qsizetype styleIndex) const;

    // Built-in format ids that are dates or times, Japanese Excel's locale formats included.
    static Kind builtInKind(int id);
    // The kind of a format code, from y, m, d, h and s outside quotes, escapes and brackets.
    static Kind formatCodeKind(QStringView code);
    // Date: "2024-04-01", or "2024-04-01 09:30:00" with a time part; Time: "09:30:00";
    // Duration: "36:00:00". Empty when the serial is no date Excel can show.
    static QString dateText(double serial, bool date1904, Kind kind);
    // Integers without ".0"; other values in the shortest form that reads back to the same
    // double, with no exponent unless the value is extreme.
    static QString numberText(double value);

private:
    std::vector<Kind> m_kinds;
};

} // namespace daicho
