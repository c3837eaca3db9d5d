#pragma once

#include "CommandContext.h"
#include "domain/OrgUnit.h"

#include <QUndoCommand>

namespace daicho {

// Renames or moves an organisation unit; undo puts the name and place back.
class EditUnitCommand : public QUndoCommand {
public:
    EditUnitCommand(CommandContext& context, OrgUnit before, OrgUnit after, const QString& text);

    void undo() override;
    void redo() override;

private:
    void write(const OrgUnit& unit);

    CommandContext& m_context;
    OrgUnit m_before;
    OrgUnit m_after;
};

} // namespace daicho
