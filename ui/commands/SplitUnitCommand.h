#pragma once

#include "CommandContext.h"
#include "service/OrgService.h"

#include <QUndoCommand>

namespace daicho {

// Splits part of a unit off into a new unit beside it (the chosen assets, units and people move
// there); undo moves them back and deletes the new unit.
class SplitUnitCommand : public QUndoCommand {
public:
    SplitUnitCommand(CommandContext& context, UnitMerge part, OrgUnit created, const QString& text);

    void undo() override;
    void redo() override;

    // The new unit, once the split was carried out.
    qint64 createdId() const { return m_done.into; }

private:
    CommandContext& m_context;
    UnitMerge m_part;
    OrgUnit m_created;
    UnitMerge m_done;
};

} // namespace daicho
