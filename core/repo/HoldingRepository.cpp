#include "HoldingRepository.h"

#include "SqlValues.h"
#include "db/Query.h"

namespace daicho {

namespace {
const QString kSelect = QStringLiteral("SELECT id, holder_id, held_id, created_at, version FROM holdings");

// The chains below a holder. Cycles are refused when links are made; the path check and the
// depth limit keep a walk finite even in a file edited behind the application's back.
QString walk(const Dialect& dialect)
{
    return QStringLiteral("WITH RECURSIVE walk(id, path, depth) AS ("
                          " SELECT held_id, ',' || holder_id || ',' || held_id || ',', 1 FROM holdings"
                          " WHERE holder_id = :from UNION ALL SELECT h.held_id, w.path || h.held_id || ',', w.depth + 1"
                          " FROM holdings h JOIN walk w ON h.holder_id = w.id WHERE w.depth < 64 AND NOT %1) ")
        .arg(dialect.contains(QStringLiteral("w.path"), QStringLiteral("',' || h.held_id || ','")));
}

// The asset columns every walk reads: id, code, name, section, scheme and C/I/A.
const QString kAssetColumns =
    QStringLiteral("a.id, a.code, a.name, a.section_id, a.scheme, a.confidentiality, a.integrity, a.availability");

HoldingRepository::Reached reachedRow(const Query& q)
{
    HoldingRepository::Reached r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.name = q.value(2).toString();
    r.sectionId = q.value(3).toLongLong();
    r.scheme = q.value(4).toString();
    r.confidentiality = q.value(5).toString();
    r.integrity = q.value(6).toString();
    r.availability = q.value(7).toString();
    return r;
}

Holding fromRow(const Query& q)
{
    Holding h;
    h.id = q.value(0).toLongLong();
    h.holderId = q.value(1).toLongLong();
    h.heldId = q.value(2).toLongLong();
    h.createdAt = sql::toTimestamp(q.value(3));
    h.version = q.value(4).toInt();
    return h;
}

Result<QList<Holding>> list(Query& q)
{
    if (Status s = q.exec(); !s)
        return Result<QList<Holding>>(s.problems());
    QList<Holding> holdings;
    while (q.next())
        holdings << fromRow(q);
    return q.complete(std::move(holdings));
}
} // namespace

HoldingRepository::HoldingRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> HoldingRepository::insert(const Holding& h)
{
    Query q(m_db, QStringLiteral("INSERT INTO holdings (holder_id, held_id, created_at, version) VALUES (?, ?, ?, ?)"));
    q.bind(0, h.holderId).bind(1, h.heldId).bind(2, sql::timestamp(h.createdAt)).bind(3, h.version);
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    return q.lastInsertId().toLongLong();
}

Status HoldingRepository::remove(qint64 id)
{
    Query q(m_db, QStringLiteral("DELETE FROM holdings WHERE id = ?"));
    q.bind(0, id);
    return q.exec();
}

Result<std::optional<Holding>> HoldingRepository::find(qint64 id) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    q.bind(0, id);
    Result<bool> row = q.first();
    if (!row)
        return Result<std::optional<Holding>>(row.problems());
    return row.value() ? std::optional<Holding>(fromRow(q)) : std::nullopt;
}

Result<std::optional<Holding>> HoldingRepository::findPair(qint64 holderId, qint64 heldId) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE holder_id = ? AND held_id = ?"));
    q.bind(0, holderId).bind(1, heldId);
    Result<bool> row = q.first();
    if (!row)
        return Result<std::optional<Holding>>(row.problems());
    return row.value() ? std::optional<Holding>(fromRow(q)) : std::nullopt;
}

Result<QList<Holding>> HoldingRepository::heldBy(qint64 holderId) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE holder_id = ? ORDER BY held_id"));
    q.bind(0, holderId);
    return list(q);
}

Result<QList<Holding>> HoldingRepository::holdersOf(qint64 heldId) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE held_id = ? ORDER BY holder_id"));
    q.bind(0, heldId);
    return list(q);
}

Result<QList<Holding>> HoldingRepository::all() const
{
    Query q(m_db, kSelect + QStringLiteral(" ORDER BY id"));
    return list(q);
}

Result<QList<HoldingRepository::Reached>> HoldingRepository::reachedFrom(qint64 holderId) const
{
    // The shortest chain to each asset: the provenance shown is the most direct one.
    Query q(m_db, walk(m_db.dialect()) + QStringLiteral("SELECT %1, w.path FROM walk w JOIN assets a ON a.id = w.id"
                                                        " ORDER BY w.depth, a.id")
                                             .arg(kAssetColumns));
    q.bind(QStringLiteral(":from"), holderId);
    if (Status s = q.exec(); !s)
        return Result<QList<Reached>>(s.problems());
    QList<Reached> reached;
    QSet<qint64> seen;
    while (q.next()) {
        Reached r = reachedRow(q);
        if (seen.contains(r.id))
            continue;
        seen.insert(r.id);
        const QString path = q.value(8).toString();
        for (const QStringView part : QStringView(path).split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.path << part.toLongLong();
        reached << r;
    }
    return q.complete(std::move(reached));
}

Result<QHash<qint64, RatedAsset>> HoldingRepository::linkedAssets() const
{
    using R = Result<QHash<qint64, RatedAsset>>;
    Query q(m_db, QStringLiteral("SELECT %1 FROM assets a WHERE a.id IN (SELECT holder_id FROM holdings UNION"
                                 " SELECT held_id FROM holdings)")
                      .arg(kAssetColumns));
    if (Status s = q.exec(); !s)
        return R(s.problems());
    QHash<qint64, RatedAsset> assets;
    while (q.next()) {
        const RatedAsset r = reachedRow(q);
        assets.insert(r.id, r);
    }
    return q.complete(std::move(assets));
}

namespace {
// Every asset at or below the roots (bound as :roots, a JSON array of ids).
QString below(const Dialect& dialect)
{
    return QStringLiteral("WITH RECURSIVE below(id) AS (SELECT * FROM %1 AS roots UNION"
                          " SELECT h.held_id FROM holdings h JOIN below ON h.holder_id = below.id) ")
        .arg(dialect.idsIn(QStringLiteral(":roots")));
}
} // namespace

Result<QList<Holding>> HoldingRepository::linksBelow(const QList<qint64>& roots) const
{
    Query q(m_db,
            below(m_db.dialect()) + kSelect + QStringLiteral(" WHERE holder_id IN (SELECT id FROM below) ORDER BY id"));
    q.bind(QStringLiteral(":roots"), sql::idArray(roots));
    return list(q);
}

Result<QHash<qint64, RatedAsset>> HoldingRepository::assetsBelow(const QList<qint64>& roots) const
{
    using R = Result<QHash<qint64, RatedAsset>>;
    Query q(m_db,
            below(m_db.dialect()) +
                QStringLiteral("SELECT %1 FROM assets a WHERE a.id IN (SELECT id FROM below)").arg(kAssetColumns));
    q.bind(QStringLiteral(":roots"), sql::idArray(roots));
    if (Status s = q.exec(); !s)
        return R(s.problems());
    QHash<qint64, RatedAsset> assets;
    while (q.next()) {
        const RatedAsset r = reachedRow(q);
        assets.insert(r.id, r);
    }
    return q.complete(std::move(assets));
}

Result<bool> HoldingRepository::reaches(qint64 from, qint64 to) const
{
    Query q(m_db, walk(m_db.dialect()) + QStringLiteral("SELECT 1 FROM walk WHERE id = :to LIMIT 1"));
    q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    return q.first();
}

} // namespace daicho
