#pragma once

#include "compliance/Finding.h"

#include <QAbstractTableModel>

namespace daicho {

// Compliance findings as a table: severity, rule, article, asset and message.
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SeverityColumn, Rule, Article, Asset, Message, ColumnCount };
    static constexpr int AssetIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(QList<Finding> findings);
    const Finding& finding(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

} // namespace daicho
