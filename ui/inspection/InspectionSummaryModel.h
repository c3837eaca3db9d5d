#pragma once

#include "service/InspectionService.h"

#include <QAbstractTableModel>

namespace daicho {

// The year's self-inspection answers per department, and for the city in a last row.
class InspectionSummaryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Unit, Sections, Done, Partial, NotDone, NotApplicable, Unanswered, Rate, ColumnCount };
    // 実施率 in percent, or -1 while nothing that applies was answered.
    static constexpr int PercentRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setSummary(InspectionService::Summary summary);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    InspectionService::Summary m_summary;
};

} // namespace daicho
