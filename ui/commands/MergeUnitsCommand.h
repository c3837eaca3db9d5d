#pragma once

#include "CommandContext.h"
#include "service/OrgService.h"

#include <QUndoCommand>

namespace daicho {

// Merges one unit into another (its assets, units and people move; it is retired); undo moves
// exactly what moved back.
class MergeUnitsCommand : public QUndoCommand {
public:
    MergeUnitsCommand(CommandContext& context, qint64 from, qint64 into, const QString& text);

    void undo() override;
    void redo() override;
    const UnitMerge& merge() const { return m_merge; }

private:
    CommandContext& m_context;
    qint64 m_from;
    qint64 m_into;
    UnitMerge m_merge;
};

} // namespace daicho
