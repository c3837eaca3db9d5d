#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace daicho {

class Register;

// Counts that describe a register at a glance; the CLI prints them as JSON (`stats --json`).
struct RegisterStats {
    qint64 assets = 0;
    qint64 orgUnits = 0;
    qint64 people = 0;
    qint64 auditEvents = 0;
    qint64 unclassified = 0;
    QStringList bodies;                      // top-level units in display order
    QMap<QString, qint64> unitsByKind;       // body / department / section
    QMap<QString, qint64> byCategory;        // every category key, zero included
    QMap<QString, qint64> bySegment;         // every segment key, zero included
    QMap<QString, qint64> byConfidentiality; // level code, "unrated" when missing
    QMap<QString, qint64> byStatus;
    qint64 risks = 0;
    QString riskMethod; // "ipa" or "5x5"
    // Under the register's method: rows impact (重要度) descending, columns likelihood ascending.
    QList<QList<qint64>> heatmapInherent;
    QList<QList<qint64>> heatmapResidual;
    QMap<QString, qint64> byBand;        // high / medium / low, inherent
    QMap<QString, qint64> byThreatGroup; // 第3条 groups, inherent

    static Result<RegisterStats> collect(Register& reg);
    QJsonObject toJson() const;
};

} // namespace daicho
