#include "CreateAssetCommand.h"

#include "service/Register.h"

#include <QCoreApplication>

namespace daicho {

CreateAssetCommand::CreateAssetCommand(CommandContext& context, Asset asset)
    : QUndoCommand(QCoreApplication::translate("daicho::AssetCommands", "Create %1").arg(asset.code))
    , m_context(context)
    , m_asset(std::move(asset))
{
}

void CreateAssetCommand::redo()
{
    Result<qint64> id = m_context.reg.assets().create(m_asset);
    if (!id) {
        setObsolete(true);
        m_context.failed(id.errorText());
        return;
    }
    m_id = id.value();
    m_context.changed({m_id}, true);
}

void CreateAssetCommand::undo()
{
    if (Status s = m_context.reg.assets().remove(m_id); !s) {
        setObsolete(true);
        m_context.failed(s.errorText());
        return;
    }
    m_context.changed({m_id}, true);
}

} // namespace daicho
