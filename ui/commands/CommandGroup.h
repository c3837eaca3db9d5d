#pragma once

#include <QUndoCommand>

namespace daicho {

// Several commands as one step. Unlike a plain parent command, a group whose every command was
// refused (each marks itself obsolete) leaves no empty step on the stack.
class CommandGroup : public QUndoCommand {
public:
    explicit CommandGroup(const QString& text);

    void redo() override;
};

} // namespace daicho
