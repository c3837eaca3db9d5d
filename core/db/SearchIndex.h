#pragma once

#include "common/Result.h"

#include <QStringList>

namespace daicho {

class Database;
class Dialect;

// The full-text index over assets (SQLite FTS5 with the trigram tokenizer, so Japanese text
// without spaces is found by any substring of three or more characters): code, name, type,
// location, notes and the names of the people responsible. Derived data: kept in step by the
// repositories, rebuilt in one statement after bulk loads, never audited.
class SearchIndex {
public:
    // The statements migration 3 runs: create the index and fill it from the assets there are.
    static QStringList schema(const Dialect& dialect);

    // Puts a new asset into the index, or re-reads a changed one.
    static Status addAsset(Database& db, qint64 assetId);
    static Status refreshAsset(Database& db, qint64 assetId);
    static Status removeAsset(Database& db, qint64 assetId);
    // Adds every asset with an id above `afterId` (after a bulk load that deferred the index).
    static Status addAssetsAfter(Database& db, qint64 afterId);
    // Re-reads the assets a person is named on (after the person's name changed).
    static Status refreshPerson(Database& db, qint64 personId);

    // The FTS5 query for a user's text: one phrase, quotes doubled, so nothing in it is syntax.
    static QString phrase(const QString& text);
    // Texts shorter than this are searched with LIKE (the trigram index needs three characters).
    static constexpr int kMinIndexedLength = 3;
};

} // namespace daicho
