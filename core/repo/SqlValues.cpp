#include "SqlValues.h"

#include "common/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace daicho::sql {

QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant timestamp(const QDateTime& t)
{
    return t.isValid() ? QVariant(Timestamp::toText(t)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime toTimestamp(const QVariant& v)
{
    return v.isNull() ? QDateTime() : Timestamp::fromText(v.toString());
}

QVariant optionalBool(const std::optional<bool>& b)
{
    return b ? QVariant(*b ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<bool> toOptionalBool(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt() != 0;
}

QVariant id(qint64 value)
{
    return value == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(value);
}

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QVariant textArray(const QStringList& texts)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

QVariant idArray(const QList<qint64>& ids)
{
    QStringList items;
    for (qint64 id : ids)
        items << QString::number(id);
    return QString(QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']'));
}

const QString& unitSubtree()
{
    static const QString cte =
        QStringLiteral("WITH RECURSIVE subtree(id) AS (SELECT CAST(:unit AS BIGINT)"
                       " UNION ALL SELECT u.id FROM org_units u JOIN subtree s ON u.parent_id = s.id) ");
    return cte;
}

} // namespace daicho::sql
