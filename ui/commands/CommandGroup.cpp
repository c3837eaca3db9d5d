#include "CommandGroup.h"

namespace daicho {

CommandGroup::CommandGroup(const QString& text)
    : QUndoCommand(text)
{
}

void CommandGroup::redo()
{
    QUndoCommand::redo();
    bool allRefused = childCount() > 0;
    for (int i = 0; i < childCount() && allRefused; ++i)
        allRefused = child(i)->isObsolete();
    setObsolete(allRefused);
}

} // namespace daicho
