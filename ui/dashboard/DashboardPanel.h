#pragma once

#include "domain/AssetFilter.h"
#include "domain/RiskFilter.h"

#include <QScrollArea>

class QChart;
class QChartView;
class QGridLayout;
class QTableView;

namespace daicho {

class Register;
class RiskListModel;

// The register at a glance for the committee (QtCharts): assets by category, segment,
// confidentiality and 重要度; risks by band and by threat group; risks per department; the top
// ten risks. Every bar leads on: to the asset table filtered by it, or to the heat maps.
class DashboardPanel : public QScrollArea {
    Q_OBJECT

public:
    explicit DashboardPanel(Register& reg, QWidget* parent = nullptr);

    // Counts again (when shown, and after changes).
    void refresh();
    QList<QChartView*> charts() const { return m_views; }
    RiskListModel* topModel() const { return m_top; }

Q_SIGNALS:
    void assetFilterRequested(const daicho::AssetFilter& filter);
    void riskFilterRequested(const daicho::RiskFilter& filter);
    void assetRequested(qint64 assetId);
    void failed(const QString& message);

private:
    QChartView* place(QChart* chart, int row, int column, int rowSpan = 1, int columnSpan = 1);
    void clearCharts();

    Register& m_reg;
    QWidget* m_content;
    QGridLayout* m_grid;
    QList<QChartView*> m_views;
    QTableView* m_topTable;
    RiskListModel* m_top;
};

} // namespace daicho
