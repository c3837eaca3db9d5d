#pragma once

#include "service/ReviewService.h"

#include <QAbstractTableModel>

namespace daicho {

// The progress of the year's review per department: assets, outcomes, what is left, sign-off.
class ReviewProgressModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Unit, Assets, Confirmed, NeedsFix, ToDispose, Left, Progress, SignedOff, ColumnCount };
    static constexpr int UnitIdRole = Qt::UserRole + 1;
    static constexpr int PercentRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setProgress(QList<ReviewService::Progress> rows);
    const ReviewService::Progress& progress(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewService::Progress> m_rows;
};

} // namespace daicho
