#include "CsvEncoding.h"

namespace daicho {

std::optional<CsvEncoding> csvEncodingFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("auto"))
        return CsvEncoding::Auto;
    if (key == QLatin1String("utf-8") || key == QLatin1String("utf8"))
        return CsvEncoding::Utf8;
    if (key == QLatin1String("cp932") || key == QLatin1String("shift_jis") || key == QLatin1String("sjis") ||
        key == QLatin1String("windows-31j") || key == QLatin1String("shift-jis") || key == QLatin1String("ms932"))
        return CsvEncoding::Cp932;
    return std::nullopt;
}

QString csvEncodingName(CsvEncoding e)
{
    switch (e) {
    case CsvEncoding::Auto:
        return QStringLiteral("auto");
    case CsvEncoding::Utf8:
        return QStringLiteral("utf-8");
    case CsvEncoding::Cp932:
        return QStringLiteral("cp932");
    }
    return {};
}

QString csvEncodingDisplayName(CsvEncoding e)
{
    switch (e) {
    case CsvEncoding::Auto:
        return QStringLiteral("auto");
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Cp932:
        return QStringLiteral("Shift_JIS (CP932)");
    }
    return {};
}

} // namespace daicho
