#include "InspectionAnswerCommand.h"

#include "service/Register.h"

#include <QCoreApplication>

namespace daicho {

InspectionAnswerCommand::InspectionAnswerCommand(CommandContext& context, qint64 sectionId, qint64 itemId,
                                                 std::optional<InspectionResponse> before,
                                                 std::optional<InspectionResponse> after, std::function<void()> changed,
                                                 QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_context(context)
    , m_sectionId(sectionId)
    , m_itemId(itemId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{
    setText(m_after
                ? QCoreApplication::translate("InspectionAnswerCommand", "Answer %1").arg(enumLabel(m_after->answer))
                : QCoreApplication::translate("InspectionAnswerCommand", "Take Back Answer"));
}

void InspectionAnswerCommand::apply(const std::optional<InspectionResponse>& answer)
{
    InspectionService& inspections = m_context.reg.inspections();
    const Status done = answer ? inspections.answer(m_sectionId, m_itemId, answer->answer, answer->comment)
                               : inspections.clearAnswer(m_sectionId, m_itemId);
    if (!done) {
        setObsolete(true);
        m_context.failed(done.errorText());
    }
    if (m_changed)
        m_changed();
}

void InspectionAnswerCommand::redo()
{
    apply(m_after);
}

void InspectionAnswerCommand::undo()
{
    apply(m_before);
}

} // namespace daicho
