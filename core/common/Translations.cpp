#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace daicho {

Language Translations::fromEnvironment()
{
    const QString code = qEnvironmentVariable("DAICHO_LANG");
    return code.isEmpty() ? Language::Japanese : LanguageSetting::fromCode(code);
}

void Translations::install(QCoreApplication& app, Language language)
{
    LanguageSetting::setCurrent(language);
    const QString code = LanguageSetting::code(language);

    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(QStringLiteral(":/i18n/daicho_") + code))
        QCoreApplication::installTranslator(ownTranslator);
    else
        delete ownTranslator;
}

} // namespace daicho
