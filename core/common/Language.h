#pragma once

#include <QString>

namespace daicho {

// The regulation's terms are bilingual reference data (they are also used to read ledgers
// written in either language), so they carry both texts; this picks the one to show.
enum class Language { Japanese, English };

class LanguageSetting {
public:
    static Language current();
    static void setCurrent(Language language);
    // "ja" / "en"; anything else falls back to Japanese, the primary language.
    static Language fromCode(const QString& code);
    static QString code(Language language);
};

struct Label {
    const char* ja;
    const char* en;

    QString text(Language language) const;
    QString text() const { return text(LanguageSetting::current()); }
    bool matches(const QString& candidate) const;
};

} // namespace daicho
