#pragma once

#include "CommandContext.h"
#include "domain/RoleAssignment.h"

#include <QUndoCommand>

namespace daicho {

// Assigns a 第5条 role (undo deletes the assignment) or ends one on a date (undo takes the end
// back), with the role's scope rules enforced by the service both ways.
class RoleCommand : public QUndoCommand {
public:
    // Assigns `assignment`.
    RoleCommand(CommandContext& context, RoleAssignment assignment, const QString& text);
    // Ends `assignment` on `lastDay`.
    RoleCommand(CommandContext& context, RoleAssignment assignment, QDate lastDay, const QString& text);

    void undo() override;
    void redo() override;

private:
    bool check(const Status& status);

    CommandContext& m_context;
    RoleAssignment m_assignment;
    QDate m_lastDay; // null: the command assigns
};

} // namespace daicho
