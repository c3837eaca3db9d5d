#include "RemoveAssetCommand.h"

#include "service/Register.h"

#include <QCoreApplication>

namespace daicho {

RemoveAssetCommand::RemoveAssetCommand(CommandContext& context, Asset asset)
    : QUndoCommand(QCoreApplication::translate("daicho::AssetCommands", "Delete %1").arg(asset.code))
    , m_context(context)
    , m_asset(std::move(asset))
{
}

void RemoveAssetCommand::redo()
{
    if (Status s = m_context.reg.assets().remove(m_asset.id); !s) {
        setObsolete(true);
        m_context.failed(s.errorText());
        return;
    }
    m_context.changed({m_asset.id}, true);
}

void RemoveAssetCommand::undo()
{
    Result<qint64> id = m_context.reg.assets().restore(m_asset);
    if (!id) {
        setObsolete(true);
        m_context.failed(id.errorText());
        return;
    }
    m_asset.id = id.value();
    m_context.changed({m_asset.id}, true);
}

} // namespace daicho
