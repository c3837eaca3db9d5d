#pragma once

#include "domain/RiskFilter.h"
#include "repo/RiskRepository.h"

#include <QAbstractTableModel>

#include <optional>

namespace daicho {

class Register;

// Risks as a table: those of one heat-map cell, fetched a page at a time as the view scrolls
// (a cell may hold a million), or a fixed list such as the top ten.
class RiskListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Threat, Value, Band, Treatment, Status, Residual, ColumnCount };
    enum Role { AssetIdRole = Qt::UserRole + 1, RiskIdRole };
    static constexpr int kPageSize = 200;

    explicit RiskListModel(Register& reg, QObject* parent = nullptr);

    // The risks of `cell` under `filter`; fetched as the view asks.
    void showCell(const RiskCell& cell, const RiskFilter& filter);
    // A list read elsewhere (the top ten).
    void showRows(const QList<RiskRepository::Row>& rows);
    void clear();
    std::optional<RiskCell> cell() const { return m_cell; }
    const RiskRepository::Row& row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void failed(const QString& message);

private:
    Register& m_reg;
    std::optional<RiskCell> m_cell;
    RiskFilter m_filter;
    QList<RiskRepository::Row> m_rows;
    bool m_more = false;
};

} // namespace daicho
