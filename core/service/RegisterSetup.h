#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace daicho {

class Register;

// A new register as the first-run wizard describes it: where it lives, the organisation tree it
// starts from (the Noshiro template, or an empty tree with only the city's name), and the
// security office's first account. Made whole or not at all: a register that cannot be
// finished is removed, so that the next attempt does not meet a half-made file.
class RegisterSetup {
    Q_DECLARE_TR_FUNCTIONS(RegisterSetup)

public:
    QString path;
    bool noshiroTree = true;
    QString cityName; // for an empty tree; the template names its own city
    // No login: a register used without accounts (FirstAdminDialog's Skip).
    QString adminName;
    QString adminLogin;
    QString adminPassword;

    Result<std::unique_ptr<Register>> create(const Clock& clock = Clock::system()) const;
    // Removes a register file that was being made, with SQLite's companion files.
    static void discard(std::unique_ptr<Register> reg, const QString& path);
};

} // namespace daicho
