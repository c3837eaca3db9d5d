#pragma once

#include "Language.h"

class QCoreApplication;

namespace daicho {

// Installs Daicho's and Qt's own translations for a language; shared by the GUI and the CLI.
class Translations {
public:
    // The language asked for by DAICHO_LANG, else Japanese (the primary UI language).
    static Language fromEnvironment();
    static void install(QCoreApplication& app, Language language);
    // Replaces the translations installed earlier, for a language chosen while the application
    // runs (the first-run wizard): widgets retranslate on the LanguageChange event this sends.
    static void switchTo(QCoreApplication& app, Language language);
};

} // namespace daicho
