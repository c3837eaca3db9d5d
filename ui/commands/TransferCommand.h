#pragma once

#include "CommandContext.h"
#include "service/PeopleService.h"

#include <QUndoCommand>

namespace daicho {

// 人事異動 as one step: a successor takes over a person's roles, the assets naming them and the
// open risks they own on a day; undo gives back exactly what moved.
class TransferCommand : public QUndoCommand {
public:
    TransferCommand(CommandContext& context, qint64 from, qint64 to, QDate effective, const QString& text);

    void undo() override;
    void redo() override;

    // What the last redo moved (empty before it ran or when it was refused).
    const PeopleService::Transfer& transfer() const { return m_done; }

private:
    void announce();

    CommandContext& m_context;
    qint64 m_from;
    qint64 m_to;
    QDate m_effective;
    PeopleService::Transfer m_done;
};

} // namespace daicho
