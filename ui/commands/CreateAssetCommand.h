#pragma once

#include "CommandContext.h"
#include "domain/Asset.h"

#include <QUndoCommand>

namespace daicho {

// Adds an asset; undo deletes it again (audited both ways).
class CreateAssetCommand : public QUndoCommand {
public:
    CreateAssetCommand(CommandContext& context, Asset asset);

    void undo() override;
    void redo() override;
    // The id of the asset as last created; 0 before the first redo().
    qint64 assetId() const { return m_id; }

private:
    CommandContext& m_context;
    Asset m_asset;
    qint64 m_id = 0;
};

} // namespace daicho
