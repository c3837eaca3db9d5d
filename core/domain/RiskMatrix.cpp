#include "RiskMatrix.h"

#include <algorithm>
#include <numeric>

namespace daicho {

RiskMatrix::RiskMatrix(int scale)
    : m_scale(scale)
    , m_counts(scale * scale, 0)
{
}

qint64 RiskMatrix::count(int impact, int likelihood) const
{
    if (impact < 1 || impact > m_scale || likelihood < 1 || likelihood > m_scale)
        return 0;
    return m_counts.at((impact - 1) * m_scale + likelihood - 1);
}

void RiskMatrix::add(int impact, int likelihood, qint64 n)
{
    if (impact < 1 || impact > m_scale || likelihood < 1 || likelihood > m_scale)
        return;
    m_counts[(impact - 1) * m_scale + likelihood - 1] += n;
}

qint64 RiskMatrix::total() const
{
    return std::accumulate(m_counts.cbegin(), m_counts.cend(), qint64(0));
}

qint64 RiskMatrix::highest() const
{
    return m_counts.isEmpty() ? 0 : *std::max_element(m_counts.cbegin(), m_counts.cend());
}

QList<QList<qint64>> RiskMatrix::rows() const
{
    QList<QList<qint64>> rows;
    for (int impact = m_scale; impact >= 1; --impact) {
        QList<qint64> row;
        for (int likelihood = 1; likelihood <= m_scale; ++likelihood)
            row << count(impact, likelihood);
        rows << row;
    }
    return rows;
}

} // namespace daicho
