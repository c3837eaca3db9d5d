#pragma once

#include "CommandContext.h"
#include "domain/Asset.h"

#include <QUndoCommand>

namespace daicho {

// Deletes an asset entered by mistake; undo enters it again as it was, under the same id.
class RemoveAssetCommand : public QUndoCommand {
public:
    RemoveAssetCommand(CommandContext& context, Asset asset);

    void undo() override;
    void redo() override;

private:
    CommandContext& m_context;
    Asset m_asset;
};

} // namespace daicho
