#include "JapaneseEra.h"

#include <QList>

namespace daicho {

namespace {
// Newest first: the first era whose first day is not after the date is the one.
const QList<JapaneseEra::Era>& eras()
{
    static const QList<JapaneseEra::Era> all{
        {"令和", QDate(2019, 5, 1)},  {"平成", QDate(1989, 1, 8)},  {"昭和", QDate(1926, 12, 25)},
        {"大正", QDate(1912, 7, 30)}, {"明治", QDate(1868, 1, 25)},
    };
    return all;
}

QString western(const QDate& date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}
} // namespace

const JapaneseEra::Era* JapaneseEra::eraOf(const QDate& date)
{
    if (!date.isValid())
        return nullptr;
    for (const Era& era : eras())
        if (date >= era.first)
            return &era;
    return nullptr;
}

QString JapaneseEra::format(const QDate& date)
{
    const Era* era = eraOf(date);
    if (!era)
        return date.isValid() ? western(date) : QString();
    const int year = date.year() - era->first.year() + 1;
    const QString yearText = year == 1 ? QStringLiteral("元") : QString::number(year);
    return QStringLiteral("%1%2年%3月%4日")
        .arg(QString::fromUtf8(era->name), yearText)
        .arg(date.month())
        .arg(date.day());
}

QString JapaneseEra::formatBoth(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1（%2）").arg(format(date), western(date));
}

} // namespace daicho
