#pragma once

#include "service/ReviewService.h"

#include <QAbstractTableModel>

namespace daicho {

// The sections still holding assets not reviewed in the year's campaign, most left first, with
// their 情報セキュリティ管理者: whom to chase (overdue once the due date has passed).
class SectionsLeftModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Department, Section, Left, Assets, Managers, ColumnCount };
    static constexpr int SectionIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<ReviewService::SectionLeft> rows, bool overdue);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewService::SectionLeft> m_rows;
    bool m_overdue = false;
};

} // namespace daicho
