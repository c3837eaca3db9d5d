#pragma once

#include "domain/RiskFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace daicho {

class HeatMapView;
class Register;
class RiskListModel;

// The committee's view of 第8条 risk analysis: inherent and residual heat maps side by side,
// filtered by organisation, segment, category, threat group and band; a click on a cell lists
// its risks, and a double click on a risk opens its asset.
class RiskMapPanel : public QWidget {
    Q_OBJECT

public:
    explicit RiskMapPanel(Register& reg, QWidget* parent = nullptr);

    void setFilter(const RiskFilter& filter);
    RiskFilter filter() const;
    // Counts again (after changes, or when shown).
    void refresh();
    // Both heat maps side by side, as for a report.
    QImage image(const QSize& size = {900, 440}) const;

    HeatMapView* inherentView() const { return m_inherent; }
    HeatMapView* residualView() const { return m_residual; }
    RiskListModel* listModel() const { return m_list; }

Q_SIGNALS:
    void assetRequested(qint64 assetId);
    void failed(const QString& message);

private:
    void fillUnits();
    void showCell(const RiskCell& cell);
    void saveImage();

    Register& m_reg;
    QComboBox* m_unit;
    QComboBox* m_segment;
    QComboBox* m_category;
    QComboBox* m_group;
    QComboBox* m_band;
    QLabel* m_summary;
    HeatMapView* m_inherent;
    HeatMapView* m_residual;
    QLabel* m_cellTitle;
    QTableView* m_table;
    RiskListModel* m_list;
    bool m_filling = false;
};

} // namespace daicho
