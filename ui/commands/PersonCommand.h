#pragma once

#include "CommandContext.h"
#include "domain/Person.h"

#include <QUndoCommand>

namespace daicho {

// Adds a person (before.id == 0; undo deletes them again while nothing names them) or edits
// one (undo restores the earlier details).
class PersonCommand : public QUndoCommand {
public:
    PersonCommand(CommandContext& context, Person before, Person after);

    void undo() override;
    void redo() override;
    qint64 personId() const { return m_after.id; }

private:
    bool check(const Status& status);

    CommandContext& m_context;
    Person m_before;
    Person m_after;
    bool m_creates;
};

} // namespace daicho
