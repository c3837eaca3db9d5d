#include "MergeUnitsCommand.h"

#include "service/Register.h"

namespace daicho {

MergeUnitsCommand::MergeUnitsCommand(CommandContext& context, qint64 from, qint64 into, const QString& text)
    : QUndoCommand(text)
    , m_context(context)
    , m_from(from)
    , m_into(into)
{
}

void MergeUnitsCommand::redo()
{
    Result<UnitMerge> merged = m_context.reg.org().merge(m_from, m_into);
    if (!merged) {
        setObsolete(true);
        m_context.failed(merged.errorText());
        return;
    }
    m_merge = merged.value();
    m_context.organisationChanged();
    m_context.changed(m_merge.assets, true);
}

void MergeUnitsCommand::undo()
{
    if (Status s = m_context.reg.org().unmerge(m_merge); !s) {
        setObsolete(true);
        m_context.failed(s.errorText());
        return;
    }
    m_context.organisationChanged();
    m_context.changed(m_merge.assets, true);
}

} // namespace daicho
