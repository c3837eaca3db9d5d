#pragma once

#include "CommandContext.h"
#include "domain/OrgUnit.h"

#include <QUndoCommand>

namespace daicho {

// Adds a 部局 or 課室; undo deletes it again while nothing refers to it yet.
class CreateUnitCommand : public QUndoCommand {
public:
    CreateUnitCommand(CommandContext& context, OrgUnit unit);

    void undo() override;
    void redo() override;
    qint64 unitId() const { return m_id; }

private:
    CommandContext& m_context;
    OrgUnit m_unit;
    qint64 m_id = 0;
};

} // namespace daicho
