#include "HoldingCommand.h"

#include "service/Register.h"

namespace daicho {

HoldingCommand::HoldingCommand(CommandContext& context, Holding holding, bool link, const QString& text)
    : QUndoCommand(text)
    , m_context(context)
    , m_holding(holding)
    , m_link(link)
{
}

void HoldingCommand::apply(bool link)
{
    HoldingService& holdings = m_context.reg.holdings();
    Status done = success();
    if (link) {
        Result<qint64> id = holdings.link(m_holding.holderId, m_holding.heldId);
        done = id ? success() : Status(id.problems());
        if (id)
            m_holding.id = id.value();
    } else {
        done = holdings.unlink(m_holding.id);
    }
    if (!done) {
        setObsolete(true);
        m_context.failed(done.errorText());
        return;
    }
    m_context.risksChanged(m_holding.holderId);
}

void HoldingCommand::redo()
{
    apply(m_link);
}

void HoldingCommand::undo()
{
    apply(!m_link);
}

} // namespace daicho
