#pragma once

#include "domain/EnumTable.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

// How domain values are written to and read from columns; shared by every repository so that
// a value reads back exactly as it was written (the audit check relies on it).
namespace daicho::sql {

QVariant date(const QDate& d);
QDate toDate(const QVariant& v);
QVariant timestamp(const QDateTime& t);
QDateTime toTimestamp(const QVariant& v);
QVariant optionalBool(const std::optional<bool>& b);
std::optional<bool> toOptionalBool(const QVariant& v);
QVariant id(qint64 value);
QVariant text(const QString& value);
// Ids as one JSON array ("[1,2,3]"), bound as a single parameter and read with json_each().
QVariant idArray(const QList<qint64>& ids);
// The same for texts (level codes, keys).
QVariant textArray(const QStringList& texts);

// The CTE `subtree(id)`: the unit bound to :unit and every unit below it (the tree is small;
// SQLite and PostgreSQL both run WITH RECURSIVE), for filters by organisation node.
const QString& unitSubtree();

template <typename E> QVariant enumList(const QList<E>& values)
{
    QStringList keys;
    for (E v : values)
        keys << enumKey(v);
    return keys.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(keys.join(QLatin1Char(',')));
}

template <typename E> QList<E> toEnumList(const QVariant& v)
{
    QList<E> values;
    const QString joined = v.toString();
    for (const QStringView key : QStringView(joined).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const std::optional<E> e = enumFromKey<E>(key))
            values << *e;
    return values;
}

template <typename E> QVariant optionalEnum(const std::optional<E>& value)
{
    return value ? QVariant(enumKey(*value)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace daicho::sql
