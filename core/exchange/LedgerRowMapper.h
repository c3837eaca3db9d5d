#pragma once

#include "LedgerColumns.h"
#include "TableSource.h"
#include "common/Problem.h"
#include "domain/Asset.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <iterator>

namespace daicho {

// One ledger row turned into an asset, with the names it refers to still unresolved: the
// importer finds or creates the units and people they name.
struct LedgerRow {
    qint64 line = 0;
    Asset asset;
    AssetFieldSet present; // fields the file gives a value or an empty cell for
    QString bodyName;
    QString departmentName;
    QString sectionName;
    static constexpr AssetField kPersonFields[] = {AssetField::Manager, AssetField::Custodian, AssetField::SystemAdmin,
                                                   AssetField::SnsResponsible, AssetField::DisposalConfirmedBy};
    std::array<QString, std::size(kPersonFields)> personNames; // in kPersonFields' order; empty for none
    QString& personName(AssetField field)
    {
        return personNames[std::find(std::begin(kPersonFields), std::end(kPersonFields), field) -
                           std::begin(kPersonFields)];
    }
    Problems problems;  // values that could not be read; field = AssetField key
    bool blank = false; // every cell empty: not a row at all
};

class LedgerRowMapper {
    Q_DECLARE_TR_FUNCTIONS(LedgerRowMapper)

public:
    explicit LedgerRowMapper(LedgerHeader header);

    LedgerRow map(const SourceRow& source) const;
    const LedgerHeader& header() const { return m_header; }

private:
    void apply(AssetField field, const QString& text, LedgerRow& row) const;
    LedgerHeader m_header;
};

} // namespace daicho
