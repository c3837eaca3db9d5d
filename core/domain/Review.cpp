#include "Review.h"

namespace daicho {

template <> const QList<EnumEntry<ReviewOutcome>>& enumEntries<ReviewOutcome>()
{
    static const QList<EnumEntry<ReviewOutcome>> entries{
        {ReviewOutcome::Confirmed, "confirmed", {"確認済", "Confirmed"}},
        {ReviewOutcome::NeedsFix, "needs_fix", {"要修正", "Needs correction"}},
        {ReviewOutcome::ToDispose, "to_dispose", {"廃棄予定", "To be disposed of"}},
    };
    return entries;
}

int fiscalYearOf(const QDate& date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

} // namespace daicho
