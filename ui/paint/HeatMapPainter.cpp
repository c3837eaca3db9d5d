#include "HeatMapPainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>

namespace daicho {

namespace {
constexpr qreal kBaseMargin = 6; // at 96 dpi; scaled to the device painted on

// Lengths are given for a 96-dpi screen; a printer or a PDF draws them at its own resolution.
qreal scaleOf(const QPaintDevice* device)
{
    return device ? device->logicalDpiY() / 96.0 : 1.0;
}
} // namespace

HeatMapPainter::HeatMapPainter(RiskMatrix counts, RiskMethod method, QString title)
    : m_counts(std::move(counts))
    , m_method(method)
    , m_title(std::move(title))
{
}

QColor HeatMapPainter::bandColour(RiskBand band)
{
    switch (band) {
    case RiskBand::High:
        return QColor(0xe0, 0x4f, 0x4f); // 受容できない
    case RiskBand::Medium:
        return QColor(0xf2, 0xc9, 0x4c); // 管理下で受容
    case RiskBand::Low:
        break;
    }
    return QColor(0x5b, 0x9b, 0xd5); // 受容可能
}

QString HeatMapPainter::impactAxis(const RiskMethod& method)
{
    return method.kind() == RiskMethod::Kind::Ipa ? tr("Importance") : tr("Impact");
}

QString HeatMapPainter::likelihoodAxis(const RiskMethod& method)
{
    return method.kind() == RiskMethod::Kind::Ipa ? tr("Likelihood of damage") : tr("Likelihood");
}

QString HeatMapPainter::describe(int impact, int likelihood) const
{
    const int value = m_method.value(impact, likelihood);
    return tr("%1 %2 × %3 %4 = %5 (%6): %Ln risk(s)", nullptr, static_cast<int>(m_counts.count(impact, likelihood)))
        .arg(impactAxis(m_method))
        .arg(impact)
        .arg(likelihoodAxis(m_method))
        .arg(likelihood)
        .arg(value)
        .arg(enumLabel(m_method.band(value)));
}

QRectF HeatMapPainter::gridRect(const QRectF& area, const QPaintDevice* device) const
{
    const QFontMetricsF fm(m_font, device);
    const qreal line = fm.height();
    const qreal margin = kBaseMargin * scaleOf(device);
    // Title on top; the impact axis name and numbers on the left; likelihood numbers and name below.
    const qreal left = area.left() + margin + line + margin + fm.horizontalAdvance(QStringLiteral("00")) + margin;
    const qreal top = area.top() + margin + line * 1.3 + margin;
    const qreal right = area.right() - margin;
    const qreal bottom = area.bottom() - margin - line - margin - line - margin;
    const qreal side = std::max<qreal>(0, std::min(right - left, bottom - top));
    // Centred in the room left beside the axis.
    return QRectF(left + std::max<qreal>(0, (right - left - side) / 2), top, side, side);
}

QRectF HeatMapPainter::cellRect(const QRectF& area, int impact, int likelihood, const QPaintDevice* device) const
{
    const QRectF grid = gridRect(area, device);
    const int n = m_counts.scale();
    const qreal cell = grid.width() / n;
    return QRectF(grid.left() + (likelihood - 1) * cell, grid.top() + (n - impact) * cell, cell, cell);
}

std::optional<RiskCell> HeatMapPainter::cellAt(const QRectF& area, const QPointF& pos) const
{
    const QRectF grid = gridRect(area);
    if (!grid.contains(pos) || grid.width() <= 0)
        return std::nullopt;
    const int n = m_counts.scale();
    const int column = std::clamp(static_cast<int>((pos.x() - grid.left()) / (grid.width() / n)), 0, n - 1);
    const int row = std::clamp(static_cast<int>((pos.y() - grid.top()) / (grid.height() / n)), 0, n - 1);
    return RiskCell{n - row, column + 1, false};
}

void HeatMapPainter::paint(QPainter& p, const QRectF& area) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font = m_font;
    p.setFont(font);
    const QPaintDevice* device = p.device();
    const QFontMetricsF fm(font, device);
    const qreal unit = scaleOf(device);
    const qreal margin = kBaseMargin * unit;
    const QRectF grid = gridRect(area, device);
    const int n = m_counts.scale();
    const QColor ink(0x20, 0x20, 0x20);

    QFont titleFont = font;
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(ink);
    p.drawText(QRectF(area.left() + margin, area.top() + margin, area.width() - 2 * margin, fm.height() * 1.3),
               Qt::AlignLeft | Qt::AlignVCenter, m_title);

    const QLocale locale;
    QFont countFont = font;
    countFont.setBold(true);
    countFont.setPointSizeF(font.pointSizeF() * (n == 3 ? 1.5 : 1.15));
    // Millions must fit their cell: the figures shrink together, never one alone.
    const qreal cellWidth = grid.width() / std::max(1, n);
    const QString widest = locale.toString(m_counts.highest());
    const qreal needed = QFontMetricsF(countFont, device).horizontalAdvance(widest);
    if (needed > cellWidth * 0.86 && needed > 0)
        countFont.setPointSizeF(std::max<qreal>(5, countFont.pointSizeF() * cellWidth * 0.86 / needed));
    QFont valueFont = font;
    valueFont.setPointSizeF(font.pointSizeF() * 0.8);
    for (int impact = 1; impact <= n; ++impact) {
        for (int likelihood = 1; likelihood <= n; ++likelihood) {
            const QRectF cell = cellRect(area, impact, likelihood, device);
            const int value = m_method.value(impact, likelihood);
            const qint64 count = m_counts.count(impact, likelihood);
            QColor fill = bandColour(m_method.band(value));
            if (count == 0)
                fill = fill.lighter(150); // empty cells stay in their band, faintly
            p.fillRect(cell, fill);
            p.setPen(QPen(Qt::white, 2 * unit));
            p.drawRect(cell);
            p.setPen(ink);
            p.setFont(valueFont);
            p.drawText(cell.adjusted(4 * unit, 2 * unit, -4 * unit, -2 * unit), Qt::AlignTop | Qt::AlignRight,
                       QString::number(value));
            p.setFont(countFont);
            p.setPen(count == 0 ? QColor(0x70, 0x70, 0x70) : ink);
            p.drawText(cell, Qt::AlignCenter, locale.toString(count));
        }
    }
    if (m_selected && m_selected->impact >= 1 && m_selected->impact <= n && m_selected->likelihood >= 1 &&
        m_selected->likelihood <= n) {
        p.setPen(QPen(ink, 3 * unit));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(area, m_selected->impact, m_selected->likelihood, device)
                       .adjusted(1.5 * unit, 1.5 * unit, -1.5 * unit, -1.5 * unit));
    }

    // Axes: numbers beside the rows and under the columns, the names outside them.
    p.setFont(font);
    p.setPen(ink);
    const qreal cell = grid.width() / std::max(1, n);
    for (int i = 1; i <= n; ++i) {
        const QRectF row(grid.left() - fm.horizontalAdvance(QStringLiteral("00")) - margin, grid.top() + (n - i) * cell,
                         fm.horizontalAdvance(QStringLiteral("00")), cell);
        p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, QString::number(i));
        const QRectF column(grid.left() + (i - 1) * cell, grid.bottom() + margin / 2, cell, fm.height());
        p.drawText(column, Qt::AlignHCenter | Qt::AlignTop, QString::number(i));
    }
    p.drawText(QRectF(grid.left(), grid.bottom() + margin + fm.height(), grid.width(), fm.height() + margin),
               Qt::AlignHCenter | Qt::AlignVCenter, likelihoodAxis(m_method) + QStringLiteral(" →"));
    p.save();
    p.translate(area.left() + margin + fm.height() / 2, grid.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-grid.height() / 2, -fm.height() / 2, grid.height(), fm.height()), Qt::AlignCenter,
               impactAxis(m_method) + QStringLiteral(" →"));
    p.restore();
    p.restore();
}

QImage HeatMapPainter::toImage(const QSize& size, qreal devicePixelRatio) const
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter p(&image);
    paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace daicho
