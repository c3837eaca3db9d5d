#include "EditUnitCommand.h"

#include "service/Register.h"

namespace daicho {

EditUnitCommand::EditUnitCommand(CommandContext& context, OrgUnit before, OrgUnit after, const QString& text)
    : QUndoCommand(text)
    , m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditUnitCommand::redo()
{
    write(m_after);
}

void EditUnitCommand::undo()
{
    write(m_before);
}

void EditUnitCommand::write(const OrgUnit& unit)
{
    if (Status s = m_context.reg.org().updateUnit(unit); !s) {
        setObsolete(true);
        m_context.failed(s.errorText());
        return;
    }
    m_context.organisationChanged();
}

} // namespace daicho
