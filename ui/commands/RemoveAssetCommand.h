#pragma once

#include "AssetCommandContext.h"
#include "domain/Asset.h"

#include <QUndoCommand>

namespace daicho {

// Deletes an asset entered by mistake; undo enters it again as it was, under the same id.
class RemoveAssetCommand : public QUndoCommand {
public:
    RemoveAssetCommand(AssetCommandContext& context, Asset asset);

    void undo() override;
    void redo() override;

private:
    AssetCommandContext& m_context;
    Asset m_asset;
};

} // namespace daicho
