#include "InspectionRepository.h"

#include "SqlValues.h"
#include "db/Query.h"

namespace daicho {

namespace {
const QString kItem =
    QStringLiteral("SELECT id, key, article, text_ja, text_en, position, active, version FROM inspection_items");
const QString kResponse = QStringLiteral("SELECT id, fiscal_year, section_id, item_id, answer, comment, answered_by,"
                                         " answered_at, version FROM inspection_responses");

InspectionItem itemRow(const Query& q)
{
    InspectionItem i;
    i.id = q.value(0).toLongLong();
    i.key = q.value(1).toString();
    i.article = q.value(2).toString();
    i.textJa = q.value(3).toString();
    i.textEn = q.value(4).toString();
    i.position = q.value(5).toInt();
    i.active = q.value(6).toInt() != 0;
    i.version = q.value(7).toInt();
    return i;
}

InspectionResponse responseRow(const Query& q)
{
    InspectionResponse r;
    r.id = q.value(0).toLongLong();
    r.fiscalYear = q.value(1).toInt();
    r.sectionId = q.value(2).toLongLong();
    r.itemId = q.value(3).toLongLong();
    r.answer = enumFromKey<InspectionAnswer>(q.value(4).toString()).value_or(InspectionAnswer::NotDone);
    r.comment = q.value(5).toString();
    r.answeredBy = q.value(6).toString();
    r.answeredAt = sql::toTimestamp(q.value(7));
    r.version = q.value(8).toInt();
    return r;
}

template <typename T, typename Row> Result<QList<T>> collect(Query& q, Row row)
{
    if (Status s = q.exec(); !s)
        return Result<QList<T>>(s.problems());
    QList<T> list;
    while (q.next())
        list << row(q);
    return q.complete(std::move(list));
}

template <typename T, typename Row> Result<std::optional<T>> one(Query& q, Row row)
{
    Result<bool> found = q.first();
    if (!found)
        return Result<std::optional<T>>(found.problems());
    return found.value() ? std::optional<T>(row(q)) : std::nullopt;
}
} // namespace

InspectionRepository::InspectionRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> InspectionRepository::insert(const InspectionItem& i)
{
    Query q(m_db, QStringLiteral("INSERT INTO inspection_items (key, article, text_ja, text_en, position, active,"
                                 " version) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(0, i.key).bind(1, i.article).bind(2, i.textJa).bind(3, sql::text(i.textEn));
    q.bind(4, i.position).bind(5, i.active ? 1 : 0).bind(6, i.version);
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    return q.lastInsertId().toLongLong();
}

Status InspectionRepository::update(const InspectionItem& i)
{
    Query q(m_db, QStringLiteral("UPDATE inspection_items SET article = ?, text_ja = ?, text_en = ?, position = ?,"
                                 " active = ?, version = ? WHERE id = ?"));
    q.bind(0, i.article).bind(1, i.textJa).bind(2, sql::text(i.textEn)).bind(3, i.position);
    q.bind(4, i.active ? 1 : 0).bind(5, i.version).bind(6, i.id);
    return q.exec();
}

Result<std::optional<InspectionItem>> InspectionRepository::item(qint64 id) const
{
    Query q(m_db, kItem + QStringLiteral(" WHERE id = ?"));
    q.bind(0, id);
    return one<InspectionItem>(q, itemRow);
}

Result<std::optional<InspectionItem>> InspectionRepository::itemByKey(const QString& key) const
{
    Query q(m_db, kItem + QStringLiteral(" WHERE key = ?"));
    q.bind(0, key);
    return one<InspectionItem>(q, itemRow);
}

Result<QList<InspectionItem>> InspectionRepository::items() const
{
    Query q(m_db, kItem + QStringLiteral(" ORDER BY position, id"));
    return collect<InspectionItem>(q, itemRow);
}

Result<qint64> InspectionRepository::insert(const InspectionResponse& r)
{
    Query q(m_db, QStringLiteral("INSERT INTO inspection_responses (fiscal_year, section_id, item_id, answer, comment,"
                                 " answered_by, answered_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(0, r.fiscalYear).bind(1, r.sectionId).bind(2, r.itemId).bind(3, enumKey(r.answer));
    q.bind(4, sql::text(r.comment)).bind(5, r.answeredBy).bind(6, sql::timestamp(r.answeredAt)).bind(7, r.version);
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    return q.lastInsertId().toLongLong();
}

Status InspectionRepository::update(const InspectionResponse& r)
{
    Query q(m_db, QStringLiteral("UPDATE inspection_responses SET answer = ?, comment = ?, answered_by = ?,"
                                 " answered_at = ?, version = ? WHERE id = ?"));
    q.bind(0, enumKey(r.answer)).bind(1, sql::text(r.comment)).bind(2, r.answeredBy);
    q.bind(3, sql::timestamp(r.answeredAt)).bind(4, r.version).bind(5, r.id);
    return q.exec();
}

Status InspectionRepository::remove(qint64 responseId)
{
    Query q(m_db, QStringLiteral("DELETE FROM inspection_responses WHERE id = ?"));
    q.bind(0, responseId);
    return q.exec();
}

Result<std::optional<InspectionResponse>> InspectionRepository::response(int fiscalYear, qint64 sectionId,
                                                                         qint64 itemId) const
{
    Query q(m_db, kResponse + QStringLiteral(" WHERE fiscal_year = ? AND section_id = ? AND item_id = ?"));
    q.bind(0, fiscalYear).bind(1, sectionId).bind(2, itemId);
    return one<InspectionResponse>(q, responseRow);
}

Result<QList<InspectionResponse>> InspectionRepository::responses(int fiscalYear, qint64 sectionId) const
{
    Query q(m_db, kResponse + QStringLiteral(" WHERE (? = -1 OR fiscal_year = ?) AND (? = 0 OR section_id = ?)"
                                             " ORDER BY id"));
    q.bind(0, fiscalYear).bind(1, fiscalYear).bind(2, sectionId).bind(3, sectionId);
    return collect<InspectionResponse>(q, responseRow);
}

Result<QHash<qint64, QHash<InspectionAnswer, qint64>>> InspectionRepository::countBySection(int fiscalYear) const
{
    using Counts = QHash<qint64, QHash<InspectionAnswer, qint64>>;
    Query q(m_db, QStringLiteral("SELECT r.section_id, r.answer, COUNT(*) FROM inspection_responses r"
                                 " JOIN inspection_items i ON i.id = r.item_id AND i.active = 1"
                                 " WHERE r.fiscal_year = ? GROUP BY r.section_id, r.answer"));
    q.bind(0, fiscalYear);
    if (Status s = q.exec(); !s)
        return Result<Counts>(s.problems());
    Counts counts;
    while (q.next())
        if (const std::optional<InspectionAnswer> a = enumFromKey<InspectionAnswer>(q.value(1).toString()))
            counts[q.value(0).toLongLong()][*a] = q.value(2).toLongLong();
    return q.complete(std::move(counts));
}

} // namespace daicho
