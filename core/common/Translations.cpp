#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace daicho {

namespace {
// Marks the translators Daicho installed, so that switchTo finds and removes them.
const char* const kOwnTranslator = "daichoTranslator";
} // namespace

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
    qtTranslator->setObjectName(QLatin1String(kOwnTranslator));
    if (qtTranslator->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* ownTranslator = new QTranslator(&app);
    ownTranslator->setObjectName(QLatin1String(kOwnTranslator));
    if (ownTranslator->load(QStringLiteral(":/i18n/daicho_") + code))
        QCoreApplication::installTranslator(ownTranslator);
    else
        delete ownTranslator;
}

void Translations::switchTo(QCoreApplication& app, Language language)
{
    const QList<QTranslator*> installed =
        app.findChildren<QTranslator*>(QLatin1String(kOwnTranslator), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    install(app, language);
}

} // namespace daicho
