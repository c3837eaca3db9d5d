#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>

namespace daicho {

class Database;

// Drops a table's secondary indexes for a bulk load and builds them again before the commit:
// one sort per index instead of a hundred thousand B-tree insertions. Unique indexes stay,
// since they are constraints. Both steps run inside the caller's transaction, so a rollback
// brings every index back as it was.
class IndexDeferral {
public:
    IndexDeferral(Database& db, QStringList tables);

    Status drop();
    Status restore();
    int count() const { return static_cast<int>(m_indexes.size()); }

private:
    struct Index {
        QString name;
        QString sql;
    };
    Database& m_db;
    QStringList m_tables;
    QList<Index> m_indexes;
};

} // namespace daicho
