#pragma once

#include <QStyledItemDelegate>

namespace daicho {

// Paints a column as a progress bar: the percentage from `percentRole` (0–100, or negative for
// nothing to show), the cell's text on the bar.
class ProgressBarDelegate : public QStyledItemDelegate {
public:
    ProgressBarDelegate(int percentRole, QObject* parent);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace daicho
