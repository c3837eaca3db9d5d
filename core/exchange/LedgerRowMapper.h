#pragma once

#include "LedgerColumns.h"
#include "TableSource.h"
#include "common/Problem.h"
#include "domain/Asset.h"

#include <QCoreApplication>
#include <QSet>

namespace daicho {

// One ledger row turned into an asset, with the names it refers to still unresolved: the
// importer finds or creates the units and people they name.
struct LedgerRow {
    qint64 line = 0;
    Asset asset;
    QSet<AssetField> present; // fields the file gives a value or an empty cell for
    QString bodyName;
    QString departmentName;
    QString sectionName;
    QHash<AssetField, QString> personNames; // Manager, Custodian, SystemAdmin, SnsResponsible, DisposalConfirmedBy
    Problems problems;                      // values that could not be read; field = AssetField key
    bool blank = false;                     // every cell empty: not a row at all
};

class LedgerRowMapper {
    Q_DECLARE_TR_FUNCTIONS(LedgerRowMapper)

public:
    explicit LedgerRowMapper(LedgerHeader header);

    LedgerRow map(const SourceRow& source) const;
    const LedgerHeader& header() const { return m_header; }

    static bool isPersonField(AssetField field);

private:
    void apply(AssetField field, const QString& text, LedgerRow& row) const;
    LedgerHeader m_header;
};

} // namespace daicho
