#pragma once

#include "domain/AssetField.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace daicho {

// The columns of a ledger file: the order Daicho writes them in (the canonical columns of
// DESIGN.md §4 first) and how a header someone else wrote is recognised.
class LedgerColumns {
public:
    // Every column Daicho exports, in order; together they carry an asset without loss.
    static const QList<AssetField>& exportOrder();
    // The field a header names: Japanese or English label, or a common alias, matched
    // ignoring width, spaces and case. nullopt for a column Daicho does not know.
    static std::optional<AssetField> match(const QString& header);
    // Header text Daicho writes for a field (Japanese: the canonical headers).
    static QString header(AssetField field);
};

// The header row of one file: which column holds which field, and the columns nobody knows.
// Columns the user mapped by hand: column index → the field it holds, or nullopt for "no
// field" (kept as an extra attribute, as unknown columns are). Other columns match by name.
using ColumnMapping = QHash<int, std::optional<AssetField>>;

struct LedgerHeader {
    QHash<int, AssetField> fieldAt;  // column index → field
    QHash<AssetField, int> columnOf; // field → column index
    QHash<int, QString> unknown;     // column index → header text, for columns kept as extra attributes
    QStringList texts;               // the header cells as written
    QStringList duplicates;          // headers naming a field that an earlier column already names

    static LedgerHeader fromCells(const QStringList& cells, const ColumnMapping& mapping = {});
    bool has(AssetField field) const { return columnOf.contains(field); }
    // The header as the file wrote it, or Daicho's own when the file has no such column.
    QString textOf(AssetField field) const;
    // How many known fields the row names; a header row names several.
    int knownCount() const { return fieldAt.size(); }
};

} // namespace daicho
