#pragma once

#include "CommandContext.h"
#include "domain/Inspection.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace daicho {

// Sets (or, with no answer, takes back) a section's answer to a self-inspection item; undo puts
// back the answer there was before, or none.
class InspectionAnswerCommand : public QUndoCommand {
public:
    InspectionAnswerCommand(CommandContext& context, qint64 sectionId, qint64 itemId,
                            std::optional<InspectionResponse> before, std::optional<InspectionResponse> after,
                            std::function<void()> changed, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<InspectionResponse>& answer);

    CommandContext& m_context;
    qint64 m_sectionId;
    qint64 m_itemId;
    std::optional<InspectionResponse> m_before;
    std::optional<InspectionResponse> m_after;
    std::function<void()> m_changed;
};

} // namespace daicho
