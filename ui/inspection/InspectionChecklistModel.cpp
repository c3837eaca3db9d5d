#include "InspectionChecklistModel.h"

#include <QColor>

namespace daicho {

void InspectionChecklistModel::setChecklist(QList<InspectionItem> items, QHash<qint64, InspectionResponse> answers)
{
    beginResetModel();
    m_items = std::move(items);
    m_answers = std::move(answers);
    endResetModel();
}

std::optional<InspectionResponse> InspectionChecklistModel::answer(int row) const
{
    const auto found = m_answers.constFind(m_items.at(row).id);
    return found == m_answers.cend() ? std::nullopt : std::optional<InspectionResponse>(*found);
}

int InspectionChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int InspectionChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectionChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const InspectionItem& item = m_items.at(index.row());
    const std::optional<InspectionResponse> r = answer(index.row());
    if (role == ItemIdRole)
        return item.id;
    if (role == Qt::BackgroundRole && index.column() == Answer && r) {
        switch (r->answer) {
        case InspectionAnswer::Done:
            return QColor(0xd8, 0xf0, 0xd8);
        case InspectionAnswer::Partial:
            return QColor(0xff, 0xf0, 0xc0);
        case InspectionAnswer::NotDone:
            return QColor(0xf8, 0xd0, 0xd0);
        case InspectionAnswer::NotApplicable:
            return QColor(0xe8, 0xe8, 0xe8);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Item)
        return item.text();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Article:
        return item.article;
    case Item:
        return item.text();
    case Answer:
        return r ? enumLabel(r->answer) : tr("Unanswered");
    case Comment:
        return r ? r->comment : QString();
    case AnsweredBy:
        return r ? tr("%1, %2").arg(r->answeredBy,
                                    r->answeredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                 : QString();
    default:
        return {};
    }
}

QVariant InspectionChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Article:
        return tr("Article");
    case Item:
        return tr("Item");
    case Answer:
        return tr("Answer");
    case Comment:
        return tr("Comment");
    case AnsweredBy:
        return tr("Answered by");
    default:
        return {};
    }
}

Qt::ItemFlags InspectionChecklistModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Comment && answer(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool InspectionChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Comment || !answer(index.row()))
        return false;
    const QString comment = value.toString().trimmed();
    if (comment == answer(index.row())->comment)
        return false;
    // The register changes through a command, which reloads the checklist.
    Q_EMIT commentEdited(index.row(), comment);
    return false;
}

} // namespace daicho
