#include "Language.h"

#include <atomic>

namespace daicho {

namespace {
std::atomic<Language> g_language{Language::Japanese};
}

Language LanguageSetting::current()
{
    return g_language.load();
}

void LanguageSetting::setCurrent(Language language)
{
    g_language.store(language);
}

Language LanguageSetting::fromCode(const QString& code)
{
    return code.trimmed().toLower().startsWith(QLatin1String("en")) ? Language::English : Language::Japanese;
}

QString LanguageSetting::code(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("ja");
}

QString Label::text(Language language) const
{
    return QString::fromUtf8(language == Language::English ? en : ja);
}

bool Label::matches(const QString& candidate) const
{
    return candidate == QString::fromUtf8(ja) || candidate.compare(QString::fromUtf8(en), Qt::CaseInsensitive) == 0;
}

} // namespace daicho
