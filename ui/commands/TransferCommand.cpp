#include "TransferCommand.h"

#include "service/Register.h"

namespace daicho {

TransferCommand::TransferCommand(CommandContext& context, qint64 from, qint64 to, QDate effective, const QString& text)
    : QUndoCommand(text)
    , m_context(context)
    , m_from(from)
    , m_to(to)
    , m_effective(effective)
{
}

void TransferCommand::redo()
{
    Result<PeopleService::Transfer> done = m_context.reg.people().transfer(m_from, m_to, m_effective);
    if (!done) {
        m_done = {};
        setObsolete(true);
        m_context.failed(done.errorText());
        return;
    }
    m_done = done.value();
    announce();
}

void TransferCommand::undo()
{
    if (Status s = m_context.reg.people().undoTransfer(m_done); !s) {
        setObsolete(true);
        m_context.failed(s.errorText());
        return;
    }
    announce();
}

void TransferCommand::announce()
{
    m_context.organisationChanged(); // roles changed hands: scopes and the people lists follow
    if (!m_done.movedAssets.isEmpty())
        m_context.changed(m_done.movedAssets, false);
    if (!m_done.movedRisks.isEmpty())
        m_context.risksChanged(0);
}

} // namespace daicho
