#include "PersonCommand.h"

#include "service/Register.h"

#include <QCoreApplication>

namespace daicho {

PersonCommand::PersonCommand(CommandContext& context, Person before, Person after)
    : QUndoCommand(before.id == 0 ? QCoreApplication::translate("daicho::PeopleCommands", "Add %1").arg(after.name)
                                  : QCoreApplication::translate("daicho::PeopleCommands", "Edit %1").arg(after.name))
    , m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_creates(m_before.id == 0)
{
}

bool PersonCommand::check(const Status& status)
{
    if (status)
        return true;
    setObsolete(true);
    m_context.failed(status.errorText());
    return false;
}

void PersonCommand::redo()
{
    if (m_creates) {
        Person fresh = m_after;
        fresh.id = 0;
        Result<qint64> id = m_context.reg.people().createPerson(fresh);
        if (!check(id ? success() : Status(id.problems())))
            return;
        m_after.id = id.value();
    } else if (!check(m_context.reg.people().updatePerson(m_after))) {
        return;
    }
    m_context.organisationChanged();
}

void PersonCommand::undo()
{
    if (!check(m_creates ? m_context.reg.people().removePerson(m_after.id)
                         : m_context.reg.people().updatePerson(m_before)))
        return;
    m_context.organisationChanged();
}

} // namespace daicho
