#include "RoleCommand.h"

#include "service/Register.h"

namespace daicho {

RoleCommand::RoleCommand(CommandContext& context, RoleAssignment assignment, const QString& text)
    : QUndoCommand(text)
    , m_context(context)
    , m_assignment(std::move(assignment))
{
}

RoleCommand::RoleCommand(CommandContext& context, RoleAssignment assignment, QDate lastDay, const QString& text)
    : QUndoCommand(text)
    , m_context(context)
    , m_assignment(std::move(assignment))
    , m_lastDay(lastDay)
{
}

bool RoleCommand::check(const Status& status)
{
    if (status)
        return true;
    setObsolete(true);
    m_context.failed(status.errorText());
    return false;
}

void RoleCommand::redo()
{
    if (m_lastDay.isValid()) {
        if (!check(m_context.reg.people().endRole(m_assignment.id, m_lastDay)))
            return;
    } else {
        RoleAssignment fresh = m_assignment;
        fresh.id = 0;
        Result<qint64> id = m_context.reg.people().assignRole(fresh);
        if (!check(id ? success() : Status(id.problems())))
            return;
        m_assignment.id = id.value();
    }
    m_context.organisationChanged();
}

void RoleCommand::undo()
{
    if (!check(m_lastDay.isValid() ? m_context.reg.people().updateRole(m_assignment)
                                   : m_context.reg.people().removeRole(m_assignment.id)))
        return;
    m_context.organisationChanged();
}

} // namespace daicho
