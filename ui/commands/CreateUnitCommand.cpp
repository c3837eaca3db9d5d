#include "CreateUnitCommand.h"

#include "service/Register.h"

#include <QCoreApplication>

namespace daicho {

CreateUnitCommand::CreateUnitCommand(CommandContext& context, OrgUnit unit)
    : QUndoCommand(QCoreApplication::translate("daicho::OrgCommands", "Add %1").arg(unit.name))
    , m_context(context)
    , m_unit(std::move(unit))
{
}

void CreateUnitCommand::redo()
{
    Result<qint64> id = m_context.reg.org().createUnit(m_unit);
    if (!id) {
        setObsolete(true);
        m_context.failed(id.errorText());
        return;
    }
    m_id = id.value();
    m_context.organisationChanged();
}

void CreateUnitCommand::undo()
{
    if (Status s = m_context.reg.org().removeUnit(m_id); !s) {
        setObsolete(true);
        m_context.failed(s.errorText());
        return;
    }
    m_context.organisationChanged();
}

} // namespace daicho
