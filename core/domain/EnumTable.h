#pragma once

#include "common/Language.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace daicho {

// Every enumeration of the regulation is a table of (value, stable key, Japanese and English label).
// The key is what the database and the exchange format store; labels are for people.
template <typename E> struct EnumEntry {
    E value;
    const char* key;
    Label label;
};

// Specialised next to each enumeration: returns its rows in display order.
template <typename E> const QList<EnumEntry<E>>& enumEntries();

template <typename E> QString enumKey(E value)
{
    for (const auto& e : enumEntries<E>())
        if (e.value == value)
            return QString::fromLatin1(e.key);
    return {};
}

template <typename E> std::optional<E> enumFromKey(QStringView key)
{
    for (const auto& e : enumEntries<E>())
        if (key == QLatin1String(e.key))
            return e.value;
    return std::nullopt;
}

template <typename E> QString enumLabel(E value, Language language = LanguageSetting::current())
{
    for (const auto& e : enumEntries<E>())
        if (e.value == value)
            return e.label.text(language);
    return {};
}

template <typename E> QList<E> enumValues()
{
    QList<E> values;
    for (const auto& e : enumEntries<E>())
        values << e.value;
    return values;
}

template <typename E> QStringList enumKeys()
{
    QStringList keys;
    for (const auto& e : enumEntries<E>())
        keys << QString::fromLatin1(e.key);
    return keys;
}

} // namespace daicho
