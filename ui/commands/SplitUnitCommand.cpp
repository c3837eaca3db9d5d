#include "SplitUnitCommand.h"

#include "service/Register.h"

namespace daicho {

SplitUnitCommand::SplitUnitCommand(CommandContext& context, UnitMerge part, OrgUnit created, const QString& text)
    : QUndoCommand(text)
    , m_context(context)
    , m_part(std::move(part))
    , m_created(std::move(created))
{
}

void SplitUnitCommand::redo()
{
    Result<UnitMerge> split = m_context.reg.org().split(m_part, m_created);
    if (!split) {
        setObsolete(true);
        m_context.failed(split.errorText());
        return;
    }
    m_done = split.value();
    m_context.organisationChanged();
    m_context.changed(m_done.assets, true);
}

void SplitUnitCommand::undo()
{
    if (Status s = m_context.reg.org().unsplit(m_done); !s) {
        setObsolete(true);
        m_context.failed(s.errorText());
        return;
    }
    m_context.organisationChanged();
    m_context.changed(m_done.assets, true);
}

} // namespace daicho
