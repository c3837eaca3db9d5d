#include "RiskCommand.h"

#include "service/Register.h"

namespace daicho {

RiskCommand::RiskCommand(CommandContext& context, std::optional<Risk> before, std::optional<Risk> after,
                         const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool RiskCommand::apply(std::optional<Risk>& from, std::optional<Risk>& to)
{
    RiskService& risks = m_context.reg.risks();
    Status done = success();
    qint64 assetId = 0;
    if (from && !to) {
        assetId = from->assetId;
        done = risks.remove(from->id);
    } else if (!from && to) {
        assetId = to->assetId;
        Result<qint64> id = risks.create(*to);
        done = id ? success() : Status(id.problems());
        if (id)
            to->id = id.value();
    } else if (from && to) {
        assetId = to->assetId;
        // The change applies to the risk as stored now (its id and version may have moved on).
        Risk change = *to;
        change.id = from->id;
        Result<std::optional<Risk>> stored = risks.find(from->id);
        if (stored && stored.value())
            change.version = stored.value()->version;
        done = risks.update(change);
        to->id = from->id;
    }
    if (!done) {
        setObsolete(true);
        m_context.failed(done.errorText());
        return false;
    }
    // Read back what was stored: the figures scored and the version for the next step.
    if (to) {
        Result<std::optional<Risk>> stored = risks.find(to->id);
        if (stored && stored.value())
            to = *stored.value();
    }
    m_context.risksChanged(assetId);
    return true;
}

void RiskCommand::redo()
{
    if (childCount() > 0) {
        QUndoCommand::redo();
        return;
    }
    apply(m_before, m_after);
}

void RiskCommand::undo()
{
    if (childCount() > 0) {
        QUndoCommand::undo();
        return;
    }
    apply(m_after, m_before);
}

} // namespace daicho
