#include "FindingsModel.h"

#include "compliance/ComplianceRules.h"

#include <QApplication>
#include <QStyle>

namespace daicho {

void FindingsModel::setFindings(QList<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding& f = m_findings.at(index.row());
    if (role == AssetIdRole)
        return f.assetId;
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return QApplication::style()->standardIcon(f.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                                   : f.severity == Severity::Warning
                                                       ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_MessageBoxInformation);
    if (role == Qt::ToolTipRole && index.column() == Rule)
        return f.rule;
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && index.column() == Message))
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return enumLabel(f.severity);
    case Rule: {
        const ComplianceRule* rule = ComplianceRules::find(f.rule);
        return rule ? rule->title() : f.rule;
    }
    case Article:
        return f.article;
    case Asset:
        return f.assetCode;
    case Message:
        return f.message;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case Rule:
        return tr("Rule");
    case Article:
        return tr("Article");
    case Asset:
        return tr("Asset ID");
    case Message:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace daicho
