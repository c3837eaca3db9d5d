#pragma once

#include "CommandContext.h"
#include "domain/Holding.h"

#include <QUndoCommand>

namespace daicho {

// Links an asset to what holds it (undo unlinks), or unlinks them (undo links again).
class HoldingCommand : public QUndoCommand {
public:
    HoldingCommand(CommandContext& context, Holding holding, bool link, const QString& text);

    void undo() override;
    void redo() override;

private:
    void apply(bool link);

    CommandContext& m_context;
    Holding m_holding;
    bool m_link;
};

} // namespace daicho
