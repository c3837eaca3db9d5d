#include "Inspection.h"

namespace daicho {

template <> const QList<EnumEntry<InspectionAnswer>>& enumEntries<InspectionAnswer>()
{
    static const QList<EnumEntry<InspectionAnswer>> entries{
        {InspectionAnswer::Done, "done", {"実施", "Done"}},
        {InspectionAnswer::Partial, "partial", {"一部実施", "Partly done"}},
        {InspectionAnswer::NotDone, "not_done", {"未実施", "Not done"}},
        {InspectionAnswer::NotApplicable, "not_applicable", {"該当なし", "Not applicable"}},
    };
    return entries;
}

qint64 InspectionTally::answered() const
{
    qint64 n = 0;
    for (qint64 v : answers)
        n += v;
    return n;
}

double InspectionTally::rate() const
{
    const qint64 applicable = answered() - answers.value(InspectionAnswer::NotApplicable);
    if (applicable <= 0)
        return -1;
    return (answers.value(InspectionAnswer::Done) + 0.5 * answers.value(InspectionAnswer::Partial)) / applicable;
}

void InspectionTally::add(const InspectionTally& other)
{
    sections += other.sections;
    asked += other.asked;
    for (auto it = other.answers.cbegin(); it != other.answers.cend(); ++it)
        answers[it.key()] += it.value();
}

} // namespace daicho
