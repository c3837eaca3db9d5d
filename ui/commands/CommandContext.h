#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace daicho {

class Register;

// What the undo commands (assets and the organisation) work on and whom they tell. Commands outlive no register: the
// window clears its undo stack before it changes registers.
struct CommandContext {
    Register& reg;
    // After a command changed assets: their ids, and whether counts (rows, sections) moved.
    std::function<void(const QList<qint64>& ids, bool countsChanged)> changed;
    // A command could not be carried out (core's translated reason); it leaves the stack.
    std::function<void(const QString& reason)> failed;
    // After a command changed the organisation tree (units added, renamed, moved or merged).
    std::function<void()> organisationChanged;
    // After a command changed the risks or holdings of an asset.
    std::function<void(qint64 assetId)> risksChanged;
};

} // namespace daicho
