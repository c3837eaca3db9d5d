#include "ColumnMappingModel.h"

#include <QFont>

namespace daicho {

ColumnMappingModel::ColumnMappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ColumnMappingModel::setPreview(const LedgerPreview& preview, const ColumnMapping& chosen)
{
    beginResetModel();
    m_preview = preview;
    m_chosen = chosen;
    endResetModel();
}

bool ColumnMappingModel::mapsField(AssetField field) const
{
    return m_preview.fields.contains(std::optional<AssetField>(field));
}

int ColumnMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_preview.headers.size());
}

int ColumnMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ColumnMappingModel::columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QVariant ColumnMappingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_preview.headers.size())
        return {};
    const int column = index.row();
    const std::optional<AssetField> field = m_preview.fields.value(column);
    if (role == FieldKeyRole)
        return field ? enumKey(*field) : QString();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole && role != Qt::FontRole)
        return {};
    if (role == Qt::FontRole) {
        if (index.column() != Field || !m_chosen.contains(column))
            return {};
        QFont bold;
        bold.setBold(true); // what the user changed stands out
        return bold;
    }
    switch (index.column()) {
    case FileColumn:
        return columnLetters(column);
    case Header:
        return m_preview.headers.at(column);
    case Field:
        if (role == Qt::EditRole)
            return field ? enumKey(*field) : QString();
        return field ? enumLabel(*field) : tr("(kept as an extra attribute)");
    case Sample:
        return m_preview.rows.isEmpty() ? QString() : m_preview.rows.first().value(column);
    default:
        return {};
    }
}

bool ColumnMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Field || role != Qt::EditRole)
        return false;
    const int column = index.row();
    const std::optional<AssetField> field = enumFromKey<AssetField>(value.toString());
    // A field moves: the column that had it no longer fills it.
    if (field) {
        for (int other = 0; other < m_preview.fields.size(); ++other) {
            if (other != column && m_preview.fields.at(other) == field) {
                m_preview.fields[other] = std::nullopt;
                m_chosen.insert(other, std::nullopt);
                Q_EMIT dataChanged(this->index(other, Field), this->index(other, Field));
            }
        }
    }
    m_preview.fields[column] = field;
    m_chosen.insert(column, field);
    Q_EMIT dataChanged(index, index);
    return true;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("Column");
    case Header:
        return tr("Heading in the file");
    case Field:
        return tr("Imported as");
    case Sample:
        return tr("First row");
    default:
        return {};
    }
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Field)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace daicho
