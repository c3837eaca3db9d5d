#pragma once

#include "domain/EnumTable.h"

#include <QComboBox>

#include <algorithm>
#include <optional>

namespace daicho {

// Combo boxes over an enumeration: the regulation's labels shown, the stable key as item data.
template <typename E> void fillEnumCombo(QComboBox* box, bool blankFirst)
{
    box->clear();
    if (blankFirst)
        box->addItem(QString(), QString());
    for (E value : enumValues<E>())
        box->addItem(enumLabel(value), enumKey(value));
}

template <typename E> void setEnumCombo(QComboBox* box, std::optional<E> value)
{
    box->setCurrentIndex(std::max(0, box->findData(value ? enumKey(*value) : QString())));
}

template <typename E> std::optional<E> enumComboValue(const QComboBox* box)
{
    return enumFromKey<E>(box->currentData().toString());
}

// Yes / no / not recorded, for the optional facts of outsourcing and cloud use.
inline void fillTriStateCombo(QComboBox* box, const QString& yes, const QString& no)
{
    box->clear();
    box->addItem(QString(), QVariant());
    box->addItem(yes, true);
    box->addItem(no, false);
}

inline void setTriStateCombo(QComboBox* box, std::optional<bool> value)
{
    box->setCurrentIndex(value ? (*value ? 1 : 2) : 0);
}

inline std::optional<bool> triStateComboValue(const QComboBox* box)
{
    const QVariant data = box->currentData();
    return data.isValid() ? std::optional<bool>(data.toBool()) : std::nullopt;
}

} // namespace daicho
