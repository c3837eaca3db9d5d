#include "EffectiveRating.h"

namespace daicho {

int levelRank(const QString& schemeKey, Axis axis, const QString& code)
{
    const ClassificationScheme* scheme = ClassificationScheme::find(schemeKey);
    if (!scheme || code.isEmpty())
        return -1;
    const QList<ClassificationLevel>& levels = scheme->levels(axis);
    for (int i = 0; i < levels.size(); ++i)
        if (levels.at(i).code == code)
            return levels.at(i).importance * 100 + (99 - i);
    return -1;
}

} // namespace daicho
