#include "RiskListModel.h"

#include "domain/AssetField.h"
#include "paint/HeatMapPainter.h"
#include "service/Register.h"

#include <QBrush>

namespace daicho {

RiskListModel::RiskListModel(Register& reg, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reg(reg)
{
}

void RiskListModel::showCell(const RiskCell& cell, const RiskFilter& filter)
{
    beginResetModel();
    m_cell = cell;
    m_filter = filter;
    m_rows.clear();
    m_more = true;
    endResetModel();
    fetchMore({});
}

void RiskListModel::showRows(const QList<RiskRepository::Row>& rows)
{
    beginResetModel();
    m_cell.reset();
    m_rows = rows;
    m_more = false;
    endResetModel();
}

void RiskListModel::clear()
{
    showRows({});
}

int RiskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RiskListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RiskListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_cell && m_more;
}

void RiskListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.constLast().risk.id;
    Result<QList<RiskRepository::Row>> page = m_reg.risks().cell(*m_cell, m_filter, after, kPageSize);
    if (!page) {
        m_more = false;
        Q_EMIT failed(page.errorText());
        return;
    }
    m_more = page.value().size() == kPageSize;
    if (page.value().isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.value().size() - 1));
    m_rows << page.value();
    endInsertRows();
}

QVariant RiskListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RiskRepository::Row& row = m_rows.at(index.row());
    const Risk& r = row.risk;
    if (role == AssetIdRole)
        return row.risk.assetId;
    if (role == RiskIdRole)
        return row.risk.id;
    if (role == Qt::BackgroundRole && index.column() == Band)
        return QBrush(HeatMapPainter::bandColour(r.band).lighter(130));
    if (role == Qt::BackgroundRole && index.column() == Residual && r.residualBand)
        return QBrush(HeatMapPainter::bandColour(*r.residualBand).lighter(130));
    if (role == Qt::TextAlignmentRole && (index.column() == Value || index.column() == Residual))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Code:
        return row.assetCode;
    case Name:
        return row.assetName;
    case Threat:
        return LanguageSetting::current() == Language::Japanese || row.threatNameEn.isEmpty() ? row.threatNameJa
                                                                                              : row.threatNameEn;
    case Value:
        return r.value;
    case Band:
        return enumLabel(r.band);
    case Treatment:
        return r.treatment ? enumLabel(*r.treatment) : QString();
    case Status:
        return enumLabel(r.status);
    case Residual:
        return r.hasResidual() ? QVariant(r.residualValue) : QVariant();
    default:
        return {};
    }
}

QVariant RiskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return enumLabel(AssetField::Code);
    case Name:
        return enumLabel(AssetField::Name);
    case Threat:
        return tr("Threat");
    case Value:
        return tr("Risk value");
    case Band:
        return tr("Band");
    case Treatment:
        return tr("Treatment");
    case Status:
        return tr("Status");
    case Residual:
        return tr("Residual value");
    default:
        return {};
    }
}

} // namespace daicho
