#include "ReviewProgressModel.h"

#include <QLocale>

namespace daicho {

void ReviewProgressModel::setProgress(QList<ReviewService::Progress> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ReviewProgressModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewProgressModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewProgressModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReviewService::Progress& p = m_rows.at(index.row());
    const int percent = p.assets == 0 ? 100 : static_cast<int>(p.reviewedCount() * 100 / p.assets);
    if (role == UnitIdRole)
        return p.unitId;
    if (role == PercentRole)
        return percent;
    if (role == Qt::TextAlignmentRole && index.column() != Unit && index.column() != SignedOff)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Unit:
        return p.name;
    case Assets:
        return locale.toString(p.assets);
    case Confirmed:
        return locale.toString(p.reviewed.value(ReviewOutcome::Confirmed));
    case NeedsFix:
        return locale.toString(p.reviewed.value(ReviewOutcome::NeedsFix));
    case ToDispose:
        return locale.toString(p.reviewed.value(ReviewOutcome::ToDispose));
    case Left:
        return locale.toString(p.assets - p.reviewedCount());
    case Progress:
        return QStringLiteral("%1%").arg(percent);
    case SignedOff:
        return p.signoff
                   ? tr("%1, %2").arg(p.signoff->signedBy,
                                      p.signoff->signedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   : QString();
    default:
        return {};
    }
}

QVariant ReviewProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Unit:
        return tr("Department");
    case Assets:
        return tr("Assets");
    case Confirmed:
        return enumLabel(ReviewOutcome::Confirmed);
    case NeedsFix:
        return enumLabel(ReviewOutcome::NeedsFix);
    case ToDispose:
        return enumLabel(ReviewOutcome::ToDispose);
    case Left:
        return tr("Not reviewed");
    case Progress:
        return tr("Progress");
    case SignedOff:
        return tr("Signed off");
    default:
        return {};
    }
}

} // namespace daicho
