#pragma once

#include "domain/EnumTable.h"

#include <QString>

namespace daicho {

enum class Severity { Error, Warning, Info };
template <> const QList<EnumEntry<Severity>>& enumEntries<Severity>();

// One place where the register breaks a rule of the regulation: which rule, how grave, the
// article it comes from, the asset (or unit) concerned and a translated message that says what
// is wrong.
struct Finding {
    QString rule; // the rule's stable ID, e.g. "unclassified"
    Severity severity = Severity::Warning;
    QString article; // e.g. "第6条(1)"
    qint64 assetId = 0;
    QString assetCode;
    qint64 unitId = 0; // the asset's section, or the unit a finding is about
    QString message;
};

} // namespace daicho
