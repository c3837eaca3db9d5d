#pragma once

#include "paint/HeatMapPainter.h"

#include <QWidget>

namespace daicho {

// A heat map on screen: HeatMapPainter's picture, a tooltip per cell, and a click (or Enter on
// the selected cell) that asks for the cell's risks.
class HeatMapView : public QWidget {
    Q_OBJECT

public:
    explicit HeatMapView(bool residual, QWidget* parent = nullptr);

    void setData(const RiskMatrix& counts, const RiskMethod& method, const QString& title);
    void setSelected(std::optional<RiskCell> cell);
    std::optional<RiskCell> selected() const { return m_selected; }
    bool isResidual() const { return m_residual; }
    const HeatMapPainter& painter() const { return m_painter; }

    QSize sizeHint() const override { return {340, 340}; }
    QSize minimumSizeHint() const override { return {200, 200}; }

Q_SIGNALS:
    void cellActivated(const daicho::RiskCell& cell);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    void activate(std::optional<RiskCell> cell);

    bool m_residual;
    HeatMapPainter m_painter;
    std::optional<RiskCell> m_selected;
};

} // namespace daicho
