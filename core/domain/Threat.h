#pragma once

#include "ClassificationScheme.h"
#include "RiskTerms.h"
#include "common/Language.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace daicho {

// A threat of the register's catalogue (第3条): it starts as ThreatCatalogue::defaults() and the
// security office may rename, regroup, retire or add threats. Risks name a threat by its key,
// which never changes; a retired threat stays for the risks that name it but is not offered.
struct Threat {
    qint64 id = 0;
    QString key;
    ThreatGroup group = ThreatGroup::Intentional;
    QString nameJa;
    QString nameEn;
    QList<Axis> axes; // the security properties it mainly endangers
    int position = 0; // order in lists
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    QString name(Language language = LanguageSetting::current()) const
    {
        return language == Language::Japanese || nameEn.isEmpty() ? nameJa : nameEn;
    }
    bool endangers(Axis axis) const { return axes.contains(axis); }
};

} // namespace daicho
