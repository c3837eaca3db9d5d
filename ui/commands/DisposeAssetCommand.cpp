#include "DisposeAssetCommand.h"

#include "service/Register.h"

#include <QCoreApplication>

namespace daicho {

DisposeAssetCommand::DisposeAssetCommand(CommandContext& context, qint64 assetId, const QString& code, QDate on,
                                         const QString& method, qint64 confirmedBy)
    : QUndoCommand(QCoreApplication::translate("daicho::AssetCommands", "Dispose of %1").arg(code))
    , m_context(context)
    , m_id(assetId)
    , m_on(on)
    , m_method(method)
    , m_confirmedBy(confirmedBy)
{
}

void DisposeAssetCommand::redo()
{
    if (Status s = m_context.reg.assets().dispose(m_id, m_on, m_method, m_confirmedBy); !s) {
        setObsolete(true);
        m_context.failed(s.errorText());
        return;
    }
    m_context.changed({m_id}, false);
}

void DisposeAssetCommand::undo()
{
    if (Status s = m_context.reg.assets().reinstate(m_id); !s) {
        setObsolete(true);
        m_context.failed(s.errorText());
        return;
    }
    m_context.changed({m_id}, false);
}

} // namespace daicho
