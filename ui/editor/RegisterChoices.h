#pragma once

#include "LookupField.h"

#include <QCoreApplication>

class QComboBox;

namespace daicho {

class Register;

// What the lookup fields offer: the register's sections (課室) and active people.
class RegisterChoices {
    Q_DECLARE_TR_FUNCTIONS(RegisterChoices)

public:
    static QList<LookupField::Choice> sections(Register& reg);
    static QList<LookupField::Choice> people(Register& reg);
    // A combo of the active organisation, depth-first in its order and indented by level, after
    // an item for the whole organisation (data 0); the unit chosen before stays chosen.
    static void fillUnits(QComboBox* box, Register& reg);
};

} // namespace daicho
