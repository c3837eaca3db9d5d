#include "AssetRepository.h"

#include "SqlValues.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SearchIndex.h"
#include "domain/ClassificationScheme.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace daicho {

namespace {

// Column order shared by SELECT and fromRow().
const QString kColumns = QStringLiteral(
    "id, code, name, category, subtype, section_id, manager_id, custodian_id, system_admin_id, segment, scheme,"
    " confidentiality, integrity, availability, restrictions, restriction_note, personal_data, provision,"
    " provider, service_name, contract_security, provider_checked_on, data_location, ismap_registered,"
    " usage_rules, sns_responsible_id, publishable_info, location, notes, extra, status, disposed_on,"
    " disposal_method, disposal_confirmed_by, created_at, updated_at, version");

// Every writable column, as "column = :column" pairs for UPDATE and as names for INSERT.
const QStringList kWritable{
    QStringLiteral("code"),
    QStringLiteral("name"),
    QStringLiteral("category"),
    QStringLiteral("subtype"),
    QStringLiteral("section_id"),
    QStringLiteral("manager_id"),
    QStringLiteral("custodian_id"),
    QStringLiteral("system_admin_id"),
    QStringLiteral("segment"),
    QStringLiteral("scheme"),
    QStringLiteral("confidentiality"),
    QStringLiteral("integrity"),
    QStringLiteral("availability"),
    QStringLiteral("restrictions"),
    QStringLiteral("restriction_note"),
    QStringLiteral("personal_data"),
    QStringLiteral("provision"),
    QStringLiteral("provider"),
    QStringLiteral("service_name"),
    QStringLiteral("contract_security"),
    QStringLiteral("provider_checked_on"),
    QStringLiteral("data_location"),
    QStringLiteral("ismap_registered"),
    QStringLiteral("usage_rules"),
    QStringLiteral("sns_responsible_id"),
    QStringLiteral("publishable_info"),
    QStringLiteral("location"),
    QStringLiteral("notes"),
    QStringLiteral("extra"),
    QStringLiteral("status"),
    QStringLiteral("disposed_on"),
    QStringLiteral("disposal_method"),
    QStringLiteral("disposal_confirmed_by"),
    QStringLiteral("created_at"),
    QStringLiteral("updated_at"),
    QStringLiteral("version"),
};

QVariant extraJson(const QJsonObject& extra)
{
    if (extra.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
}

// Every writable column with its value, in kWritable's order.
QList<std::pair<QLatin1String, QVariant>> columnValues(const Asset& a)
{
    QList<std::pair<QLatin1String, QVariant>> values;
    values.reserve(kWritable.size());
    const auto b = [&values](const char* column, const QVariant& value) {
        values.append({QLatin1String(column), value});
    };
    b("code", a.code);
    b("name", a.name);
    b("category", sql::optionalEnum(a.category));
    b("subtype", sql::text(a.subtype));
    b("section_id", sql::id(a.sectionId));
    b("manager_id", sql::id(a.managerId));
    b("custodian_id", sql::id(a.custodianId));
    b("system_admin_id", sql::id(a.systemAdminId));
    b("segment", sql::optionalEnum(a.segment));
    b("scheme", a.scheme);
    b("confidentiality", sql::text(a.confidentiality));
    b("integrity", sql::text(a.integrity));
    b("availability", sql::text(a.availability));
    b("restrictions", sql::enumList(a.restrictions));
    b("restriction_note", sql::text(a.restrictionNote));
    b("personal_data", sql::enumList(a.personalData));
    b("provision", enumKey(a.provision));
    b("provider", sql::text(a.provider));
    b("service_name", sql::text(a.serviceName));
    b("contract_security", sql::optionalBool(a.contractHasSecurity));
    b("provider_checked_on", sql::date(a.providerCheckedOn));
    b("data_location", sql::text(a.dataLocation));
    b("ismap_registered", sql::optionalBool(a.ismapRegistered));
    b("usage_rules", sql::optionalBool(a.usageRulesInPlace));
    b("sns_responsible_id", sql::id(a.snsResponsibleId));
    b("publishable_info", sql::text(a.publishableInfo));
    b("location", sql::text(a.location));
    b("notes", sql::text(a.notes));
    b("extra", extraJson(a.extra));
    b("status", enumKey(a.status));
    b("disposed_on", sql::date(a.disposedOn));
    b("disposal_method", sql::text(a.disposalMethod));
    b("disposal_confirmed_by", sql::id(a.disposalConfirmedBy));
    b("created_at", sql::timestamp(a.createdAt));
    b("updated_at", sql::timestamp(a.updatedAt));
    b("version", a.version);
    return values;
}

// The parts of a query that a filter adds: a CTE before it, a WHERE after FROM, the values.
QString filterPrefix(const AssetFilter& filter)
{
    return filter.unitId != 0 ? sql::unitSubtree() : QString();
}

bool searchesIndex(const Dialect& dialect, const AssetFilter& filter)
{
    return dialect.hasSearchIndex() && filter.text.size() >= SearchIndex::kMinIndexedLength;
}

// The search index drives a search: its hits come out in id order and a LIMIT stops the walk
// early, where `id IN (hits)` would first collect every hit (a million for 「A-0」). The
// subquery names its column `hit`, so the index's own columns (code, name…) stay out of scope.
QString filterFrom(const Dialect& dialect, const AssetFilter& filter)
{
    return searchesIndex(dialect, filter)
               ? QStringLiteral(" FROM (SELECT rowid AS hit FROM assets_fts WHERE assets_fts MATCH :match)"
                                " CROSS JOIN assets ON assets.id = hit")
               : QStringLiteral(" FROM assets");
}

QStringList likeColumns(const Dialect& dialect)
{
    QStringList columns{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("notes")};
    if (!dialect.hasSearchIndex())
        columns << QStringLiteral("subtype") << QStringLiteral("location");
    return columns;
}

QString filterWhere(const Dialect& dialect, const AssetFilter& filter)
{
    QStringList conditions;
    if (filter.unitId != 0)
        conditions << QStringLiteral("section_id IN (SELECT id FROM subtree)");
    if (!filter.text.isEmpty() && !searchesIndex(dialect, filter)) {
        // Without a full-text index (PostgreSQL, whose trigram indexes serve these patterns)
        // every column the index would hold is matched, people by name; SQLite's texts too
        // short for its index look at ID, name and notes only.
        const QStringList columns = likeColumns(dialect);
        QStringList matches;
        for (int i = 0; i < columns.size(); ++i)
            matches << QStringLiteral("%1 %2 :like%3 ESCAPE '!'")
                           .arg(columns.at(i), dialect.likeIgnoringCase(), QString::number(i));
        if (!dialect.hasSearchIndex()) {
            const QString person[] = {QStringLiteral("manager_id"), QStringLiteral("custodian_id"),
                                      QStringLiteral("system_admin_id")};
            for (int i = 0; i < 3; ++i)
                matches << QStringLiteral("%1 IN (SELECT id FROM people WHERE name %2 :like_person%3 ESCAPE '!')")
                               .arg(person[i], dialect.likeIgnoringCase(), QString::number(i));
        }
        conditions << QLatin1Char('(') + matches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (filter.category)
        conditions << QStringLiteral("category = :category");
    if (filter.segment)
        conditions << QStringLiteral("segment = :segment");
    if (filter.provision)
        conditions << QStringLiteral("provision = :provision");
    if (filter.status)
        conditions << QStringLiteral("status = :status");
    // Column names from this fixed list, never from a caller's text.
    const std::pair<const QString*, QLatin1String> levels[] = {
        {&filter.confidentiality, QLatin1String("confidentiality")},
        {&filter.integrity, QLatin1String("integrity")},
        {&filter.availability, QLatin1String("availability")}};
    for (const auto& [level, column] : levels) {
        if (*level == AssetFilter::unrated())
            conditions << QString(column) + QStringLiteral(" IS NULL");
        else if (!level->isEmpty())
            conditions << QStringLiteral("%1 = :%1").arg(column);
    }
    // What the user may see: the ids go in as one bound JSON array each.
    if (filter.visibleSections)
        conditions << QStringLiteral("(section_id IN %1 OR id IN %2)")
                          .arg(dialect.idsIn(QStringLiteral(":visible_sections")),
                               dialect.idsIn(QStringLiteral(":visible_assets")));
    // A search may not find a 機密性3 asset by details the user may not see: outside their scope
    // such an asset is found by its ID or name only.
    if (filter.confidentialDetailsHidden && !filter.text.isEmpty())
        conditions << QStringLiteral("(confidentiality IS NULL OR substr(confidentiality, 1, 1) <> '3'"
                                     " OR section_id IN %1 OR id IN %2 OR %3 OR %4)")
                          .arg(dialect.idsIn(QStringLiteral(":detail_sections")),
                               dialect.idsIn(QStringLiteral(":detail_assets")),
                               dialect.contains(QStringLiteral("lower(code)"), QStringLiteral("lower(:plain)")),
                               dialect.contains(QStringLiteral("lower(name)"), QStringLiteral("lower(:plain2)")));
    // 重要度 is the highest importance over the three axes, each level's importance as its
    // scheme defines it: per scheme, one axis at that importance and none above it.
    if (filter.importance > 0) {
        QStringList schemes;
        for (int i = 0; i < ClassificationScheme::all().size(); ++i) {
            const auto list = [&](const char* name) {
                return dialect.textsIn(QStringLiteral(":imp_%1%2").arg(QLatin1String(name)).arg(i));
            };
            schemes << QStringLiteral(
                           "(scheme = :imp_scheme%1 AND confidentiality IS NOT NULL AND integrity IS NOT NULL"
                           " AND availability IS NOT NULL AND (confidentiality IN %2 OR integrity IN %3"
                           " OR availability IN %4) AND confidentiality NOT IN %5 AND integrity NOT IN %6"
                           " AND availability NOT IN %7)")
                           .arg(QString::number(i), list("c"), list("i"), list("a"), list("hc"), list("hi"),
                                list("ha"));
        }
        conditions << QStringLiteral("(") + schemes.join(QStringLiteral(" OR ")) + QStringLiteral(")");
    }
    // This 年度's review: an outcome, or not reviewed at all.
    if (!filter.review.isEmpty()) {
        const QString reviewed =
            QStringLiteral("EXISTS (SELECT 1 FROM asset_reviews r JOIN review_campaigns c ON c.id = r.campaign_id"
                           " WHERE r.asset_id = assets.id AND c.fiscal_year = :review_year%1)");
        conditions << (filter.review == AssetFilter::notReviewed()
                           ? QStringLiteral("NOT ") + reviewed.arg(QString())
                           : reviewed.arg(QStringLiteral(" AND r.outcome = :review")));
    }
    if (filter.onlyAssets)
        conditions << QStringLiteral("id IN ") + dialect.idsIn(QStringLiteral(":only_assets"));
    // The flags are stored as "personal,specific_personal": a key is matched between commas.
    if (filter.personalData == AssetFilter::noPersonalData())
        conditions << QStringLiteral("personal_data IS NULL");
    else if (enumFromKey<PersonalData>(filter.personalData))
        conditions << QStringLiteral("(',' || personal_data || ',') LIKE :personal");
    else if (!filter.personalData.isEmpty())
        conditions << QStringLiteral("0 = 1"); // no such kind of personal data
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindFilter(const Dialect& dialect, Query& q, const AssetFilter& filter)
{
    if (filter.unitId != 0)
        q.bind(QStringLiteral(":unit"), filter.unitId);
    if (filter.category)
        q.bind(QStringLiteral(":category"), enumKey(*filter.category));
    if (filter.segment)
        q.bind(QStringLiteral(":segment"), enumKey(*filter.segment));
    if (filter.provision)
        q.bind(QStringLiteral(":provision"), enumKey(*filter.provision));
    if (filter.status)
        q.bind(QStringLiteral(":status"), enumKey(*filter.status));
    if (!filter.confidentiality.isEmpty() && filter.confidentiality != AssetFilter::unrated())
        q.bind(QStringLiteral(":confidentiality"), filter.confidentiality);
    if (!filter.integrity.isEmpty() && filter.integrity != AssetFilter::unrated())
        q.bind(QStringLiteral(":integrity"), filter.integrity);
    if (!filter.availability.isEmpty() && filter.availability != AssetFilter::unrated())
        q.bind(QStringLiteral(":availability"), filter.availability);
    if (filter.visibleSections) {
        q.bind(QStringLiteral(":visible_sections"), sql::idArray(*filter.visibleSections));
        q.bind(QStringLiteral(":visible_assets"), sql::idArray(filter.visibleAssets));
    }
    if (filter.confidentialDetailsHidden && !filter.text.isEmpty()) {
        q.bind(QStringLiteral(":detail_sections"), sql::idArray(filter.detailSections));
        q.bind(QStringLiteral(":detail_assets"), sql::idArray(filter.detailAssets));
        q.bind(QStringLiteral(":plain"), filter.text).bind(QStringLiteral(":plain2"), filter.text);
    }
    if (filter.importance > 0) {
        const QList<const ClassificationScheme*> schemes = ClassificationScheme::all();
        for (int i = 0; i < schemes.size(); ++i) {
            q.bind(QStringLiteral(":imp_scheme%1").arg(i), schemes.at(i)->key);
            const std::pair<Axis, QLatin1String> axes[] = {{Axis::Confidentiality, QLatin1String("c")},
                                                           {Axis::Integrity, QLatin1String("i")},
                                                           {Axis::Availability, QLatin1String("a")}};
            for (const auto& [axis, letter] : axes) {
                QStringList at, above;
                for (const ClassificationLevel& level : schemes.at(i)->levels(axis)) {
                    if (level.importance == filter.importance)
                        at << level.code;
                    else if (level.importance > filter.importance)
                        above << level.code;
                }
                q.bind(QStringLiteral(":imp_%1%2").arg(letter).arg(i), sql::textArray(at));
                q.bind(QStringLiteral(":imp_h%1%2").arg(letter).arg(i), sql::textArray(above));
            }
        }
    }
    if (!filter.review.isEmpty()) {
        q.bind(QStringLiteral(":review_year"), filter.reviewYear);
        q.bind(QStringLiteral(":review"), filter.review);
    }
    if (filter.onlyAssets)
        q.bind(QStringLiteral(":only_assets"), sql::idArray(*filter.onlyAssets));
    if (enumFromKey<PersonalData>(filter.personalData))
        q.bind(QStringLiteral(":personal"), QStringLiteral("%,") + filter.personalData + QStringLiteral(",%"));
    if (filter.text.isEmpty())
        return;
    if (searchesIndex(dialect, filter)) {
        q.bind(QStringLiteral(":match"), SearchIndex::phrase(filter.text));
        return;
    }
    // LIKE's wildcards in the user's text are matched literally ('!' escapes them).
    QString escaped = filter.text;
    escaped.replace(QLatin1Char('!'), QStringLiteral("!!"))
        .replace(QLatin1Char('%'), QStringLiteral("!%"))
        .replace(QLatin1Char('_'), QStringLiteral("!_"));
    const QString like = QLatin1Char('%') + escaped + QLatin1Char('%');
    for (int i = 0; i < likeColumns(dialect).size(); ++i)
        q.bind(QStringLiteral(":like%1").arg(i), like);
    if (!dialect.hasSearchIndex())
        for (int i = 0; i < 3; ++i)
            q.bind(QStringLiteral(":like_person%1").arg(i), like);
}

QString groupColumnName(AssetRepository::GroupColumn column)
{
    switch (column) {
    case AssetRepository::GroupColumn::Category:
        return QStringLiteral("category");
    case AssetRepository::GroupColumn::Segment:
        return QStringLiteral("segment");
    case AssetRepository::GroupColumn::Confidentiality:
        return QStringLiteral("confidentiality");
    case AssetRepository::GroupColumn::Status:
        return QStringLiteral("status");
    case AssetRepository::GroupColumn::Section:
        break;
    }
    return QStringLiteral("section_id");
}

} // namespace

AssetRepository::AssetRepository(Database& db)
    : m_db(db)
{
}

Asset AssetRepository::fromRow(const Query& q)
{
    Asset a;
    int i = 0;
    const auto next = [&q, &i] { return q.value(i++); };
    a.id = next().toLongLong();
    a.code = next().toString();
    a.name = next().toString();
    a.category = enumFromKey<AssetCategory>(next().toString());
    a.subtype = next().toString();
    a.sectionId = next().toLongLong();
    a.managerId = next().toLongLong();
    a.custodianId = next().toLongLong();
    a.systemAdminId = next().toLongLong();
    a.segment = enumFromKey<NetworkSegment>(next().toString());
    a.scheme = next().toString();
    a.confidentiality = next().toString();
    a.integrity = next().toString();
    a.availability = next().toString();
    a.restrictions = sql::toEnumList<Restriction>(next());
    a.restrictionNote = next().toString();
    a.personalData = sql::toEnumList<PersonalData>(next());
    a.provision = enumFromKey<Provision>(next().toString()).value_or(Provision::InHouse);
    a.provider = next().toString();
    a.serviceName = next().toString();
    a.contractHasSecurity = sql::toOptionalBool(next());
    a.providerCheckedOn = sql::toDate(next());
    a.dataLocation = next().toString();
    a.ismapRegistered = sql::toOptionalBool(next());
    a.usageRulesInPlace = sql::toOptionalBool(next());
    a.snsResponsibleId = next().toLongLong();
    a.publishableInfo = next().toString();
    a.location = next().toString();
    a.notes = next().toString();
    a.extra = QJsonDocument::fromJson(next().toString().toUtf8()).object();
    a.status = enumFromKey<AssetStatus>(next().toString()).value_or(AssetStatus::Active);
    a.disposedOn = sql::toDate(next());
    a.disposalMethod = next().toString();
    a.disposalConfirmedBy = next().toLongLong();
    a.createdAt = sql::toTimestamp(next());
    a.updatedAt = sql::toTimestamp(next());
    a.version = next().toInt();
    return a;
}

Result<qint64> AssetRepository::insert(const Asset& asset)
{
    // The id is chosen by the database, unless an asset comes back under its old one.
    static const QString sql =
        QStringLiteral("INSERT INTO assets (%1) VALUES (?%2)")
            .arg(kWritable.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(kWritable.size() - 1));
    static const QString withId =
        QStringLiteral("INSERT INTO assets (%1, id) VALUES (?%2)")
            .arg(kWritable.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(kWritable.size()));
    Query q(m_db, asset.id > 0 ? withId : sql);
    const QList<std::pair<QLatin1String, QVariant>> values = columnValues(asset);
    for (int i = 0; i < values.size(); ++i)
        q.bind(i, values.at(i).second);
    if (asset.id > 0)
        q.bind(static_cast<int>(values.size()), asset.id);
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    const qint64 id = asset.id > 0 ? asset.id : q.lastInsertId().toLongLong();
    if (Status s = SearchIndex::addAsset(m_db, id); !s)
        return Result<qint64>(s.problems());
    return id;
}

Status AssetRepository::update(const Asset& asset)
{
    static const QString sql = [] {
        QStringList sets;
        for (const QString& c : kWritable)
            sets << c + QStringLiteral(" = ?");
        return QStringLiteral("UPDATE assets SET %1 WHERE id = ? AND version = ?").arg(sets.join(QStringLiteral(", ")));
    }();
    Query q(m_db, sql);
    const QList<std::pair<QLatin1String, QVariant>> values = columnValues(asset);
    for (int i = 0; i < values.size(); ++i)
        q.bind(i, values.at(i).second);
    // Written over the version it was read at only (optimistic locking): a writer that saved in
    // between leaves nothing to update here, and this save is refused rather than overwrite it.
    q.bind(static_cast<int>(values.size()), asset.id).bind(static_cast<int>(values.size()) + 1, asset.version - 1);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(
            QCoreApplication::translate("daicho::AssetRepository",
                                        "Asset %1 was changed by someone else meanwhile; nothing was saved. Reload it "
                                        "and apply the change again.")
                .arg(asset.code));
    return SearchIndex::refreshAsset(m_db, asset.id);
}

Status AssetRepository::remove(qint64 id)
{
    if (Status s = SearchIndex::removeAsset(m_db, id); !s)
        return s;
    Query q(m_db, QStringLiteral("DELETE FROM assets WHERE id = ?"));
    q.bind(0, id);
    return q.exec();
}

Result<std::optional<Asset>> AssetRepository::findOne(const QString& where, const QString& placeholder,
                                                      const QVariant& value) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM assets WHERE %2").arg(kColumns, where));
    q.bind(placeholder, value);
    Result<bool> row = q.first();
    if (!row)
        return Result<std::optional<Asset>>(row.problems());
    if (!row.value())
        return std::optional<Asset>();
    return std::optional<Asset>(fromRow(q));
}

Result<std::optional<Asset>> AssetRepository::find(qint64 id) const
{
    return findOne(QStringLiteral("id = :id"), QStringLiteral(":id"), id);
}

Result<std::optional<Asset>> AssetRepository::findByCode(const QString& code) const
{
    return findOne(QStringLiteral("code = :code"), QStringLiteral(":code"), code);
}

Result<std::optional<qint64>> AssetRepository::idByCode(const QString& code) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM assets WHERE code = ?"));
    q.bind(0, code);
    Result<bool> row = q.first();
    if (!row)
        return Result<std::optional<qint64>>(row.problems());
    return row.value() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

Result<bool> AssetRepository::codeTaken(const QString& code, qint64 exceptId) const
{
    Query q(m_db, QStringLiteral("SELECT 1 FROM assets WHERE code = :code AND id <> :id"));
    q.bind(QStringLiteral(":code"), code).bind(QStringLiteral(":id"), exceptId);
    return q.first();
}

Result<qint64> AssetRepository::count() const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM assets"));
    return q.integer();
}

Result<QList<QPair<QString, qint64>>> AssetRepository::countBy(GroupColumn column, const AssetFilter& filter) const
{
    using R = Result<QList<QPair<QString, qint64>>>;
    const QString name = groupColumnName(column);
    Query q(m_db, filterPrefix(filter) +
                      QStringLiteral("SELECT %1, COUNT(*)%2%3 GROUP BY %1 ORDER BY %1")
                          .arg(name, filterFrom(m_db.dialect(), filter), filterWhere(m_db.dialect(), filter)));
    bindFilter(m_db.dialect(), q, filter);
    if (Status s = q.exec(); !s)
        return R(s.problems());
    QList<QPair<QString, qint64>> counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toLongLong()});
    return q.complete(std::move(counts));
}

Result<QList<qint64>> AssetRepository::namingPerson(qint64 personId) const
{
    // The person's id once, as a one-row table: `?1` (numbered parameters) is SQLite's only.
    Query q(m_db, QStringLiteral("WITH p(id) AS (SELECT CAST(? AS BIGINT)) SELECT a.id FROM p, assets a"
                                 " WHERE a.status = 'active' AND (a.manager_id = p.id OR a.custodian_id = p.id"
                                 " OR a.system_admin_id = p.id OR a.sns_responsible_id = p.id) ORDER BY a.id"));
    q.bind(0, personId);
    return q.ids();
}

Result<QMap<int, qint64>> AssetRepository::countByImportance(const AssetFilter& filter) const
{
    using R = Result<QMap<int, qint64>>;
    Query q(m_db, filterPrefix(filter) +
                      QStringLiteral("SELECT scheme, confidentiality, integrity, availability, COUNT(*)%1%2"
                                     " GROUP BY 1, 2, 3, 4")
                          .arg(filterFrom(m_db.dialect(), filter), filterWhere(m_db.dialect(), filter)));
    bindFilter(m_db.dialect(), q, filter);
    if (Status s = q.exec(); !s)
        return R(s.problems());
    QMap<int, qint64> counts{{0, 0}, {1, 0}, {2, 0}, {3, 0}};
    while (q.next()) {
        const ClassificationScheme* scheme = ClassificationScheme::find(q.value(0).toString());
        const int importance =
            scheme ? scheme->importance(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()) : 0;
        counts[importance] += q.value(4).toLongLong();
    }
    return q.complete(std::move(counts));
}

Result<qint64> AssetRepository::countUnclassified(const AssetFilter& filter) const
{
    const QString where = filterWhere(m_db.dialect(), filter);
    const QString unrated = QStringLiteral("(confidentiality IS NULL OR integrity IS NULL OR availability IS NULL)");
    Query q(m_db,
            filterPrefix(filter) + QStringLiteral("SELECT COUNT(*)") + filterFrom(m_db.dialect(), filter) +
                (where.isEmpty() ? QStringLiteral(" WHERE ") + unrated : where + QStringLiteral(" AND ") + unrated));
    bindFilter(m_db.dialect(), q, filter);
    return q.integer();
}

Status AssetRepository::forEach(const std::function<bool(const Asset&)>& visit) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM assets ORDER BY id").arg(kColumns));
    if (Status s = q.exec(); !s)
        return s;
    while (q.next())
        if (!visit(fromRow(q)))
            break;
    return q.readStatus();
}

Result<QList<Asset>> AssetRepository::page(const AssetFilter& filter, qint64 offset, int limit) const
{
    return page(filter, AssetOrder{}, offset, limit);
}

Result<QList<Asset>> AssetRepository::page(const AssetFilter& filter, const AssetOrder& order, qint64 offset,
                                           int limit) const
{
    // Column names come from this fixed list, never from a caller's text.
    const auto column = [](AssetSortKey key) {
        switch (key) {
        case AssetSortKey::Code:
            return QStringLiteral("code");
        case AssetSortKey::Name:
            return QStringLiteral("name");
        case AssetSortKey::Category:
            return QStringLiteral("category");
        case AssetSortKey::Segment:
            return QStringLiteral("segment");
        case AssetSortKey::Confidentiality:
            return QStringLiteral("confidentiality");
        case AssetSortKey::Id:
            break;
        }
        return QStringLiteral("id");
    };
    // In a search, id order is the index's own order (the same ids, named `hit`).
    const QString id = searchesIndex(m_db.dialect(), filter) ? QStringLiteral("hit") : QStringLiteral("id");
    const QString direction = order.descending ? QStringLiteral(" DESC") : QString();
    QString orderBy = (order.key == AssetSortKey::Id ? id : column(order.key)) + direction;
    if (order.key != AssetSortKey::Id)
        orderBy += QStringLiteral(", ") + id + direction;
    Query q(m_db, filterPrefix(filter) + QStringLiteral("SELECT %1%2%3 ORDER BY %4 LIMIT :limit OFFSET :offset")
                                             .arg(kColumns, filterFrom(m_db.dialect(), filter),
                                                  filterWhere(m_db.dialect(), filter), orderBy));
    bindFilter(m_db.dialect(), q, filter);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset);
    if (Status s = q.exec(); !s)
        return Result<QList<Asset>>(s.problems());
    QList<Asset> assets;
    while (q.next())
        assets << fromRow(q);
    return q.complete(std::move(assets));
}

Result<qint64> AssetRepository::count(const AssetFilter& filter) const
{
    if (filter.isEmpty())
        return count();
    Query q(m_db, filterPrefix(filter) + QStringLiteral("SELECT COUNT(*)") + filterFrom(m_db.dialect(), filter) +
                      filterWhere(m_db.dialect(), filter));
    bindFilter(m_db.dialect(), q, filter);
    return q.integer();
}

Result<qint64> AssetRepository::count(const AssetFilter& filter, qint64 cap) const
{
    Query q(m_db, filterPrefix(filter) + QStringLiteral("SELECT COUNT(*) FROM (SELECT 1") +
                      filterFrom(m_db.dialect(), filter) + filterWhere(m_db.dialect(), filter) +
                      QStringLiteral(" LIMIT :cap) AS capped"));
    bindFilter(m_db.dialect(), q, filter);
    q.bind(QStringLiteral(":cap"), cap);
    return q.integer();
}

Result<qint64> AssetRepository::maxId() const
{
    Query q(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM assets"));
    return q.integer();
}

Result<std::pair<qint64, qint64>> AssetRepository::idRange() const
{
    using R = Result<std::pair<qint64, qint64>>;
    Query q(m_db, QStringLiteral("SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0) FROM assets"));
    Result<bool> row = q.first();
    if (!row)
        return R(row.problems());
    return std::pair<qint64, qint64>{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<QList<Asset>> AssetRepository::pageFromId(qint64 firstId, bool descending, int limit) const
{
    Query q(m_db, descending
                      ? QStringLiteral("SELECT %1 FROM assets WHERE id <= ? ORDER BY id DESC LIMIT ?").arg(kColumns)
                      : QStringLiteral("SELECT %1 FROM assets WHERE id >= ? ORDER BY id LIMIT ?").arg(kColumns));
    q.bind(0, firstId).bind(1, limit);
    if (Status s = q.exec(); !s)
        return Result<QList<Asset>>(s.problems());
    QList<Asset> assets;
    while (q.next())
        assets << fromRow(q);
    return q.complete(std::move(assets));
}

Result<QHash<qint64, qint64>> AssetRepository::countBySection(const AssetFilter& filter) const
{
    Query q(m_db, filterPrefix(filter) + QStringLiteral("SELECT section_id, COUNT(*)") +
                      filterFrom(m_db.dialect(), filter) + filterWhere(m_db.dialect(), filter) +
                      QStringLiteral(" GROUP BY section_id"));
    bindFilter(m_db.dialect(), q, filter);
    if (Status s = q.exec(); !s)
        return Result<QHash<qint64, qint64>>(s.problems());
    QHash<qint64, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return q.complete(std::move(counts));
}

Result<QHash<qint64, QMap<QString, qint64>>> AssetRepository::countBySectionAnd(GroupColumn column,
                                                                                const AssetFilter& filter) const
{
    using R = Result<QHash<qint64, QMap<QString, qint64>>>;
    const QString name = groupColumnName(column);
    Query q(m_db, filterPrefix(filter) +
                      QStringLiteral("SELECT section_id, %1, COUNT(*)%2%3 GROUP BY section_id, %1")
                          .arg(name, filterFrom(m_db.dialect(), filter), filterWhere(m_db.dialect(), filter)));
    bindFilter(m_db.dialect(), q, filter);
    if (Status s = q.exec(); !s)
        return R(s.problems());
    QHash<qint64, QMap<QString, qint64>> counts;
    while (q.next())
        counts[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toLongLong());
    return q.complete(std::move(counts));
}

Result<QList<Asset>> AssetRepository::page(qint64 offset, int limit) const
{
    return page(AssetFilter{}, AssetOrder{}, offset, limit);
}

} // namespace daicho
