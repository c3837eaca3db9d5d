#include "Problem.h"

#include <QCoreApplication>
#include <QStringList>

namespace daicho {

QString Problem::toString() const
{
    if (row > 0)
        return QCoreApplication::translate("daicho::Problem", "Row %1: %2").arg(row).arg(message);
    return message;
}

QString joinProblems(const Problems& problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace daicho
