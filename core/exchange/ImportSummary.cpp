#include "ImportSummary.h"

namespace daicho {

QString ImportIssue::toString() const
{
    if (column.isEmpty())
        return QCoreApplication::translate("ImportSummary", "line %1: %2").arg(line).arg(reason);
    return QCoreApplication::translate("ImportSummary", "line %1, column %2: %3").arg(line).arg(column, reason);
}

QStringList ImportSummary::describe() const
{
    QStringList lines;
    if (dryRun)
        lines << tr("Dry run: nothing was written. Had the file been imported:");
    lines << tr("Rows read: %1; created: %2; updated: %3; unchanged: %4; skipped: %5")
                 .arg(rowsRead)
                 .arg(created)
                 .arg(updated)
                 .arg(unchanged)
                 .arg(skipped);
    lines << tr("Organisation units created: %1").arg(unitsCreated.size());
    for (const QString& unit : unitsCreated)
        lines << QStringLiteral("  ") + unit;
    lines << tr("People created: %1").arg(peopleCreated.size());
    if (!unknownColumns.isEmpty())
        lines << tr("Columns kept as extra attributes: %1").arg(unknownColumns.join(QStringLiteral(", ")));
    return lines;
}

} // namespace daicho
