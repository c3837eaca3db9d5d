#pragma once

#include "CommandContext.h"
#include "domain/Asset.h"

#include <QUndoCommand>

namespace daicho {

// Saves edited assets (one from the editor, or many from a bulk edit) in one transaction, and
// restores what they were on undo. Each direction writes a new version through the service,
// so validation and the audit trail see undo like any other edit; a change made meanwhile by
// someone else makes the step fail instead of overwriting it.
class EditAssetsCommand : public QUndoCommand {
public:
    EditAssetsCommand(CommandContext& context, QList<Asset> before, QList<Asset> after, const QString& text);

    void undo() override;
    void redo() override;

private:
    void write(QList<Asset> content);

    CommandContext& m_context;
    QList<Asset> m_before;
    QList<Asset> m_after;
    QList<int> m_versions; // as stored now
    bool m_sectionsChange = false;
};

} // namespace daicho
