#pragma once

#include "domain/RiskFilter.h"
#include "domain/RiskMatrix.h"
#include "domain/RiskMethod.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QRectF>

#include <optional>

class QPaintDevice;
class QPainter;

namespace daicho {

// Paints a heat map: impact (重要度 or 発生時の損失) from the top down, likelihood from the left,
// each cell in its band's colour (大 red, 中 yellow, 小 blue) with its count. The one painting
// behind the widget on screen and the images in reports, so both always look the same.
class HeatMapPainter {
    Q_DECLARE_TR_FUNCTIONS(HeatMapPainter)

public:
    HeatMapPainter(RiskMatrix counts, RiskMethod method, QString title);

    void setSelected(std::optional<RiskCell> cell) { m_selected = cell; }
    void setFont(const QFont& font) { m_font = font; }
    int scale() const { return m_counts.scale(); }
    const RiskMatrix& counts() const { return m_counts; }

    void paint(QPainter& painter, const QRectF& area) const;
    // The cell under `pos` of an area painted by paint(); nullopt outside the grid.
    std::optional<RiskCell> cellAt(const QRectF& area, const QPointF& pos) const;
    // Where a cell lies in an area, for tooltips and tests.
    // `device`: what it is painted on, when not the screen (lengths follow its resolution).
    QRectF cellRect(const QRectF& area, int impact, int likelihood, const QPaintDevice* device = nullptr) const;
    QImage toImage(const QSize& size, qreal devicePixelRatio = 1.0) const;

    static QColor bandColour(RiskBand band);
    // The axis names of a method, as the guideline words them.
    static QString impactAxis(const RiskMethod& method);
    static QString likelihoodAxis(const RiskMethod& method);
    // "重要度 3 × 被害発生可能性 2 = 6（大）: 12件"
    QString describe(int impact, int likelihood) const;

private:
    QRectF gridRect(const QRectF& area, const QPaintDevice* device = nullptr) const;

    RiskMatrix m_counts;
    RiskMethod m_method;
    QString m_title;
    QFont m_font;
    std::optional<RiskCell> m_selected;
};

} // namespace daicho
