#include "HeatMapView.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace daicho {

HeatMapView::HeatMapView(bool residual, QWidget* parent)
    : QWidget(parent)
    , m_residual(residual)
    , m_painter(RiskMatrix(), RiskMethod::ipa(), QString())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_painter.setFont(font());
}

void HeatMapView::setData(const RiskMatrix& counts, const RiskMethod& method, const QString& title)
{
    m_painter = HeatMapPainter(counts, method, title);
    m_painter.setFont(font());
    if (m_selected && (m_selected->impact > counts.scale() || m_selected->likelihood > counts.scale()))
        m_selected.reset();
    m_painter.setSelected(m_selected);
    setAccessibleName(title);
    update();
}

void HeatMapView::setSelected(std::optional<RiskCell> cell)
{
    if (cell)
        cell->residual = m_residual;
    m_selected = cell;
    m_painter.setSelected(cell);
    update();
}

void HeatMapView::activate(std::optional<RiskCell> cell)
{
    if (!cell)
        return;
    cell->residual = m_residual;
    setSelected(cell);
    Q_EMIT cellActivated(*cell);
}

void HeatMapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    m_painter.paint(p, rect());
    if (hasFocus() && m_selected) {
        p.setPen(QPen(palette().highlight(), 1, Qt::DashLine));
        p.drawRect(m_painter.cellRect(rect(), m_selected->impact, m_selected->likelihood).adjusted(5, 5, -5, -5));
    }
}

void HeatMapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        activate(m_painter.cellAt(rect(), event->position()));
    QWidget::mousePressEvent(event);
}

void HeatMapView::keyPressEvent(QKeyEvent* event)
{
    const int n = m_painter.scale();
    RiskCell cell = m_selected.value_or(RiskCell{n, 1, m_residual});
    switch (event->key()) {
    case Qt::Key_Left:
        cell.likelihood = std::max(1, cell.likelihood - 1);
        break;
    case Qt::Key_Right:
        cell.likelihood = std::min(n, cell.likelihood + 1);
        break;
    case Qt::Key_Up:
        cell.impact = std::min(n, cell.impact + 1);
        break;
    case Qt::Key_Down:
        cell.impact = std::max(1, cell.impact - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate(cell);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setSelected(cell);
}

bool HeatMapView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const std::optional<RiskCell> cell = m_painter.cellAt(rect(), help->pos()))
            QToolTip::showText(help->globalPos(), m_painter.describe(cell->impact, cell->likelihood), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace daicho
