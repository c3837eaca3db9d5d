#pragma once

#include <QList>

namespace daicho {

// Risk counts per heat-map cell: impact (重要度 or 発生時の損失) by likelihood, on a 3×3 (IPA) or
// 5×5 grid. rows() reads it as heat maps and `stats --json` show it: impact descending from the
// top row, likelihood ascending from the left.
class RiskMatrix {
public:
    explicit RiskMatrix(int scale = 3);

    int scale() const { return m_scale; }
    // 0 outside the grid.
    qint64 count(int impact, int likelihood) const;
    // Ignores a cell outside the grid (a risk scored under another method's scale).
    void add(int impact, int likelihood, qint64 n);
    qint64 total() const;
    qint64 highest() const;
    QList<QList<qint64>> rows() const;
    bool operator==(const RiskMatrix& o) const { return m_scale == o.m_scale && m_counts == o.m_counts; }

private:
    int m_scale;
    QList<qint64> m_counts; // impact-major, both from 1
};

} // namespace daicho
