#include "InspectionSummaryModel.h"

#include <QFont>
#include <QLocale>

namespace daicho {

void InspectionSummaryModel::setSummary(InspectionService::Summary summary)
{
    beginResetModel();
    m_summary = std::move(summary);
    endResetModel();
}

int InspectionSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_summary.departments.isEmpty() ? 0 : static_cast<int>(m_summary.departments.size()) + 1;
}

int InspectionSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectionSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool city = index.row() == m_summary.departments.size();
    const InspectionTally& t = city ? m_summary.city : m_summary.departments.at(index.row()).tally;
    const double rate = t.rate();
    if (role == PercentRole)
        return rate < 0 ? -1 : qRound(rate * 100);
    if (role == Qt::FontRole && city) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Unit)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Unit:
        return city ? tr("Whole city") : m_summary.departments.at(index.row()).name;
    case Sections:
        return locale.toString(t.sections);
    case Done:
        return locale.toString(t.answers.value(InspectionAnswer::Done));
    case Partial:
        return locale.toString(t.answers.value(InspectionAnswer::Partial));
    case NotDone:
        return locale.toString(t.answers.value(InspectionAnswer::NotDone));
    case NotApplicable:
        return locale.toString(t.answers.value(InspectionAnswer::NotApplicable));
    case Unanswered:
        return locale.toString(t.unanswered());
    case Rate:
        return rate < 0 ? QStringLiteral("—") : QStringLiteral("%1%").arg(rate * 100, 0, 'f', 1);
    default:
        return {};
    }
}

QVariant InspectionSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Unit:
        return tr("Department");
    case Sections:
        return tr("Sections");
    case Done:
        return enumLabel(InspectionAnswer::Done);
    case Partial:
        return enumLabel(InspectionAnswer::Partial);
    case NotDone:
        return enumLabel(InspectionAnswer::NotDone);
    case NotApplicable:
        return enumLabel(InspectionAnswer::NotApplicable);
    case Unanswered:
        return tr("Unanswered");
    case Rate:
        return tr("Implementation rate");
    default:
        return {};
    }
}

} // namespace daicho
