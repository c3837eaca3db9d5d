#pragma once

#include "Enums.h"

#include <QList>
#include <QString>

namespace daicho {

enum class Axis { Confidentiality, Integrity, Availability };

struct ClassificationLevel {
    QString code;   // as stored and printed: "3", "2", "1" (or "3A" in the 2024 scheme)
    int importance; // 1..3, the figure it contributes to 重要度
    Label meaning;  // what the level means, in short
    QList<Restriction> usualRestrictions;
};

// A versioned classification scheme (第6条(1); levels as in the guideline). Reference data:
// an asset's rating records the scheme it was made under, so a later revision does not
// silently reinterpret old ratings.
class ClassificationScheme {
public:
    QString key;
    Label name;
    QList<ClassificationLevel> confidentiality;
    QList<ClassificationLevel> integrity;
    QList<ClassificationLevel> availability;

    const QList<ClassificationLevel>& levels(Axis axis) const;
    const ClassificationLevel* level(Axis axis, const QString& code) const;
    bool isValid(Axis axis, const QString& code) const { return level(axis, code) != nullptr; }

    // "C3I2A2"; a missing axis shows as "-" (e.g. "C3I-A-").
    static QString ratingLabel(const QString& c, const QString& i, const QString& a);
    // 重要度: the highest importance over the three axes; 0 when the rating is incomplete.
    int importance(const QString& c, const QString& i, const QString& a) const;
    // The restrictions usually proposed for a rating, without duplicates, in catalogue order.
    QList<Restriction> usualRestrictions(const QString& c, const QString& i, const QString& a) const;

    static const ClassificationScheme& classic();
    static const ClassificationScheme& guideline2024();
    static const ClassificationScheme* find(const QString& key);
    static QList<const ClassificationScheme*> all();
    static QString defaultKey() { return classic().key; }
};

Label axisLabel(Axis axis);
QString axisKey(Axis axis);

} // namespace daicho
