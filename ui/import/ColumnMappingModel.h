#pragma once

#include "exchange/LedgerImporter.h"

#include <QAbstractTableModel>

namespace daicho {

// The columns of a ledger file and the field each one fills, as the importer matched them by
// name; the field column is editable, and what the user changes becomes the import's mapping.
class ColumnMappingModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FileColumn, Header, Field, Sample, ColumnCount };
    static constexpr int FieldKeyRole = Qt::UserRole + 1; // the AssetField key; empty for none

    explicit ColumnMappingModel(QObject* parent = nullptr);

    void setPreview(const LedgerPreview& preview, const ColumnMapping& chosen);
    // The columns the user mapped differently from the match by name.
    const ColumnMapping& chosen() const { return m_chosen; }
    bool mapsField(AssetField field) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // "A", "B", … "AA": how spreadsheet users name columns.
    static QString columnLetters(int column);

private:
    LedgerPreview m_preview;
    ColumnMapping m_chosen;
};

} // namespace daicho
