#pragma once

#include "LookupField.h"

#include <QCoreApplication>

namespace daicho {

class Register;

// What the lookup fields offer: the register's sections (課室) and active people.
class RegisterChoices {
    Q_DECLARE_TR_FUNCTIONS(RegisterChoices)

public:
    static QList<LookupField::Choice> sections(Register& reg);
    static QList<LookupField::Choice> people(Register& reg);
};

} // namespace daicho
