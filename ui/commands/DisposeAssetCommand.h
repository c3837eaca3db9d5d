#pragma once

#include "CommandContext.h"

#include <QDate>
#include <QUndoCommand>

namespace daicho {

// Records a disposal (第2条: the asset stays on record, read-only); undo reinstates it.
class DisposeAssetCommand : public QUndoCommand {
public:
    DisposeAssetCommand(CommandContext& context, qint64 assetId, const QString& code, QDate on, const QString& method,
                        qint64 confirmedBy);

    void undo() override;
    void redo() override;

private:
    CommandContext& m_context;
    qint64 m_id;
    QDate m_on;
    QString m_method;
    qint64 m_confirmedBy;
};

} // namespace daicho
