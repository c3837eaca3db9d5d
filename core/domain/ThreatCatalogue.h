#pragma once

#include "ClassificationScheme.h"
#include "RiskTerms.h"

#include <QList>

namespace daicho {

// One threat of 第3条, with the security properties it mainly endangers.
struct Threat {
    const char* key;
    ThreatGroup group;
    Label label;
    QList<Axis> axes;
};

// The threats 第3条 names, in the article's order: the default catalogue a register starts with.
class ThreatCatalogue {
public:
    static const QList<Threat>& defaults();
    static const Threat* find(QStringView key);
    static QList<const Threat*> inGroup(ThreatGroup group);
};

} // namespace daicho
