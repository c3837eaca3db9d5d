#pragma once

#include "ClassificationScheme.h"
#include "RiskTerms.h"
#include "Threat.h"

#include <QList>

namespace daicho {

// One threat of 第3条, with the security properties it mainly endangers.
struct DefaultThreat {
    const char* key;
    ThreatGroup group;
    Label label;
    QList<Axis> axes;
};

// The threats 第3条 names, in the article's order: the catalogue a new register starts with
// (migration 6 copies it into the register, where the security office may then edit it).
class ThreatCatalogue {
public:
    static const QList<DefaultThreat>& defaults();
    static const DefaultThreat* find(QStringView key);
    static QList<const DefaultThreat*> inGroup(ThreatGroup group);
    // A default as a threat of a register's catalogue at `position` (not stored: no id yet).
    static Threat toThreat(const DefaultThreat& threat, int position);
};

} // namespace daicho
