#pragma once

#include "CommandContext.h"
#include "domain/Risk.h"

#include <QUndoCommand>

#include <optional>

namespace daicho {

// Records, changes or removes a risk of an asset; undo does the opposite through the same
// service, so scoring, permissions and the audit trail apply both ways.
class RiskCommand : public QUndoCommand {
public:
    // Records `after` (before: none), changes `before` into `after`, or removes `before` (after:
    // none). Risks recorded together (accepted suggestions) are children of one command.
    RiskCommand(CommandContext& context, std::optional<Risk> before, std::optional<Risk> after, const QString& text,
                QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    // Brings the register from `from` to `to`; the stored state is kept for the way back.
    bool apply(std::optional<Risk>& from, std::optional<Risk>& to);

    CommandContext& m_context;
    std::optional<Risk> m_before;
    std::optional<Risk> m_after;
};

} // namespace daicho
