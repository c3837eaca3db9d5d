#pragma once

#include "common/Result.h"
#include "compliance/Finding.h"
#include "domain/Asset.h"
#include "domain/AssetFilter.h"
#include "domain/AssetOrder.h"
#include "domain/Review.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>

namespace daicho {

class Register;

// The register's assets as a table. Rows are fetched from core a page at a time when a view
// asks for them, and only a bounded number of pages is kept, so a million assets cost a few
// pages of memory.
class AssetTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Category,
        Subtype,
        Section,
        Manager,
        Segment,
        Rating,
        Importance,
        Provision,
        Status,
        Review, // 棚卸し: the outcome in this 年度's campaign
        ColumnCount
    };
    static constexpr int kPageSize = 256;
    // How many compliance findings the row's asset has (for tests and sorting views).
    static constexpr int FindingCountRole = Qt::UserRole + 10;
    // A search shows at most this many rows (counting a broad search to the end is what takes time).
    static constexpr int kMaxSearchRows = 10000;
    // The same for one or two characters, which the search index cannot serve: each keystroke
    // scans the table until this many match, so the cap is what keeps typing instant.
    static constexpr int kMaxShortSearchRows = 1000;
    static int searchCap(const QString& text);
    // Whether a search found more than the rows shown.
    bool truncated() const { return m_truncated; }

    explicit AssetTableModel(Register& reg, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorts in SQL on the columns that have an index (ID, name, category, segment, rating);
    // a click on another column leaves the order as it is.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

    // Re-reads the count and drops cached pages (after a change or on opening).
    void reload();
    // Re-reads the rows after assets changed in place (no row added or removed): the view
    // keeps its selection and scroll position.
    void refresh();
    // The row of an asset among the pages read so far; -1 when it is not among them.
    int rowOfAsset(qint64 assetId) const;
    // Shows only the assets the filter selects (counted and paged in SQL).
    void setFilter(const AssetFilter& filter);
    const AssetFilter& filter() const { return m_filter; }
    const Asset* assetAt(int row) const;
    // What the compliance check finds about the asset of a row (its badge).
    QList<Finding> findingsAt(int row) const;
    QString lastError() const { return m_lastError; }

private:
    QVariant display(const Asset& asset, int column) const;
    void recount();
    Result<QList<Asset>> loadPage(int page) const;

    Register& m_register;
    int m_rowCount = 0;
    AssetFilter m_filter;
    AssetOrder m_order;
    bool m_truncated = false;
    bool m_denseIds = false; // the unfiltered register's ids have no gaps
    qint64 m_firstId = 0;
    mutable QCache<int, QList<Asset>> m_pages;
    // The compliance findings of each page read (the badges), dropped with the page.
    mutable QCache<int, QHash<qint64, QList<Finding>>> m_findings;
    // This 年度's review outcomes of each page read; none when no campaign is open.
    mutable QCache<int, QHash<qint64, ReviewOutcome>> m_reviews;
    bool m_campaign = false;
    QHash<qint64, QString> m_unitNames;
    QHash<qint64, QString> m_personNames;
    mutable QString m_lastError;
};

} // namespace daicho
