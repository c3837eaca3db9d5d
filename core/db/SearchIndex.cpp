#include "SearchIndex.h"

#include "Database.h"
#include "Query.h"

namespace daicho {

namespace {

// One row of the index for each asset the condition selects; `?` parameters follow.
QString documents(const QString& condition)
{
    return QStringLiteral("INSERT INTO assets_fts (rowid, code, name, subtype, location, notes, people)"
                          " SELECT a.id, a.code, a.name, a.subtype, a.location, a.notes,"
                          " (SELECT group_concat(p.name, ' ') FROM people p"
                          "   WHERE p.id IN (a.manager_id, a.custodian_id, a.system_admin_id))"
                          " FROM assets a WHERE ") +
           condition;
}

bool indexed(Database& db)
{
    return db.dialect().hasSearchIndex();
}

} // namespace

QStringList SearchIndex::schema(const Dialect& dialect)
{
    if (!dialect.hasSearchIndex()) {
        return dialect.substringIndexes(QStringLiteral("assets"),
                                        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("subtype"),
                                         QStringLiteral("location"), QStringLiteral("notes")}) +
               dialect.substringIndexes(QStringLiteral("people"), {QStringLiteral("name")});
    }
    return {
        QStringLiteral("CREATE VIRTUAL TABLE assets_fts USING fts5(code, name, subtype, location, notes, people,"
                       " tokenize = 'trigram')"),
        documents(QStringLiteral("1 = 1")),
    };
}

Status SearchIndex::addAsset(Database& db, qint64 assetId)
{
    if (!indexed(db) || db.searchIndexDeferred())
        return success();
    Query add(db, documents(QStringLiteral("a.id = ?")));
    add.bind(0, assetId);
    return add.exec();
}

Status SearchIndex::refreshAsset(Database& db, qint64 assetId)
{
    if (!indexed(db) || db.searchIndexDeferred())
        return success();
    if (Status s = removeAsset(db, assetId); !s)
        return s;
    return addAsset(db, assetId);
}

Status SearchIndex::removeAsset(Database& db, qint64 assetId)
{
    if (!indexed(db) || db.searchIndexDeferred())
        return success();
    Query remove(db, QStringLiteral("DELETE FROM assets_fts WHERE rowid = ?"));
    remove.bind(0, assetId);
    return remove.exec();
}

Status SearchIndex::addAssetsAfter(Database& db, qint64 afterId)
{
    if (!indexed(db))
        return success();
    Query add(db, documents(QStringLiteral("a.id > ?")));
    add.bind(0, afterId);
    return add.exec();
}

Status SearchIndex::refreshPerson(Database& db, qint64 personId)
{
    if (!indexed(db))
        return success();
    const QString named = QStringLiteral("(a.manager_id = ? OR a.custodian_id = ? OR a.system_admin_id = ?)");
    Query remove(db, QStringLiteral("DELETE FROM assets_fts WHERE rowid IN (SELECT a.id FROM assets a WHERE ") + named +
                         QLatin1Char(')'));
    Query add(db, documents(named));
    for (Query* q : {&remove, &add}) {
        for (int i = 0; i < 3; ++i)
            q->bind(i, personId);
        if (Status s = q->exec(); !s)
            return s;
    }
    return success();
}

QString SearchIndex::phrase(const QString& text)
{
    QString quoted = text;
    // FTS5 reads its query as a C string: a NUL (pasted binary) ended it inside the quotes
    // ("unterminated string") and the search failed. Dropped: the rest of the text is searched.
    quoted.remove(QChar(u'\0'));
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace daicho
