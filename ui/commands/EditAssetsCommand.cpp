#include "EditAssetsCommand.h"

#include "service/Register.h"

namespace daicho {

EditAssetsCommand::EditAssetsCommand(CommandContext& context, QList<Asset> before, QList<Asset> after,
                                     const QString& text)
    : QUndoCommand(text)
    , m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    for (int i = 0; i < m_before.size(); ++i) {
        m_versions << m_before.at(i).version;
        m_sectionsChange = m_sectionsChange || m_before.at(i).sectionId != m_after.value(i).sectionId;
    }
}

void EditAssetsCommand::redo()
{
    write(m_after);
}

void EditAssetsCommand::undo()
{
    write(m_before);
}

void EditAssetsCommand::write(QList<Asset> content)
{
    QList<qint64> ids;
    for (int i = 0; i < content.size(); ++i) {
        content[i].version = m_versions.at(i);
        ids << content.at(i).id;
    }
    if (Status s = m_context.reg.assets().updateMany(content); !s) {
        setObsolete(true); // QUndoStack drops a command that cannot be carried out
        m_context.failed(s.errorText());
        return;
    }
    for (int& version : m_versions)
        ++version;
    m_context.changed(ids, m_sectionsChange);
}

} // namespace daicho
