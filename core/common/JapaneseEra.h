#pragma once

#include <QDate>
#include <QString>

namespace daicho {

// 和暦: dates as Japanese official documents write them (令和8年11月27日; the first year of an era
// is 元年). Eras from 明治 (1868-01-25 for dates after the Gregorian switch, 1873) to 令和.
class JapaneseEra {
public:
    struct Era {
        const char* name; // 令和
        QDate first;      // its first day
    };
    // The era a date falls in; nullptr before 明治.
    static const Era* eraOf(const QDate& date);
    // 令和8年11月27日; the Western date when the era is unknown.
    static QString format(const QDate& date);
    // 令和8年11月27日（2026年11月27日）: both, as a report's date line.
    static QString formatBoth(const QDate& date);
};

} // namespace daicho
