#include "Finding.h"

namespace daicho {

template <> const QList<EnumEntry<Severity>>& enumEntries<Severity>()
{
    static const QList<EnumEntry<Severity>> entries{
        {Severity::Error, "error", {"エラー", "Error"}},
        {Severity::Warning, "warning", {"警告", "Warning"}},
        {Severity::Info, "info", {"情報", "Information"}},
    };
    return entries;
}

} // namespace daicho
