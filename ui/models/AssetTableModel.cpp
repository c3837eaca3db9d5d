#include "AssetTableModel.h"

#include "db/SearchIndex.h"
#include "domain/AssetField.h"
#include "domain/ClassificationScheme.h"
#include "editor/FieldHelp.h"
#include "service/Register.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

#include <algorithm>

namespace daicho {

AssetTableModel::AssetTableModel(Register& reg, QObject* parent)
    : QAbstractTableModel(parent)
    , m_register(reg)
    , m_pages(64)
    , m_findings(64)
    , m_reviews(64)
{
    reload();
}

void AssetTableModel::reload()
{
    beginResetModel();
    m_unitNames.clear();
    m_personNames.clear();
    if (Result<QList<OrgUnit>> units = m_register.org().units())
        for (const OrgUnit& u : units.value())
            m_unitNames.insert(u.id, u.name);
    if (Result<QList<Person>> people = m_register.people().people())
        for (const Person& p : people.value())
            m_personNames.insert(p.id, p.name);
    recount();
    endResetModel();
}

void AssetTableModel::refresh()
{
    m_pages.clear();
    m_findings.clear();
    m_reviews.clear();
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
}

int AssetTableModel::rowOfAsset(qint64 assetId) const
{
    for (const int page : m_pages.keys()) {
        const QList<Asset>* assets = m_pages.object(page);
        for (int i = 0; assets && i < assets->size(); ++i)
            if (assets->at(i).id == assetId)
                return page * kPageSize + i;
    }
    return -1;
}

void AssetTableModel::recount()
{
    Result<std::optional<ReviewCampaign>> campaign = m_register.reviews().current();
    m_campaign = campaign && campaign.value() && campaign.value()->isOpen();
    m_pages.clear();
    m_findings.clear();
    m_reviews.clear();
    const bool searching = !m_filter.text.isEmpty();
    Result<qint64> count = searching ? m_register.assets().count(m_filter, searchCap(m_filter.text) + 1)
                                     : m_register.assets().count(m_filter);
    m_truncated = searching && count && count.value() > searchCap(m_filter.text);
    const qint64 shown = m_truncated ? searchCap(m_filter.text) : (count ? count.value() : 0);
    m_rowCount = static_cast<int>(std::min<qint64>(shown, std::numeric_limits<int>::max()));
    m_lastError = count ? QString() : count.errorText();
    // Without gaps in the ids (no asset ever deleted), row r of the whole register is id
    // first + r: any page is found by its key, however far down it is.
    m_denseIds = false;
    if (m_filter.isEmpty() && m_rowCount > 0) {
        if (Result<std::pair<qint64, qint64>> range = m_register.assets().idRange()) {
            m_firstId = range.value().first;
            m_denseIds = range.value().second - range.value().first + 1 == m_rowCount;
        }
    }
}

int AssetTableModel::searchCap(const QString& text)
{
    return text.size() < SearchIndex::kMinIndexedLength ? kMaxShortSearchRows : kMaxSearchRows;
}

Result<QList<Asset>> AssetTableModel::loadPage(int page) const
{
    const qint64 start = qint64(page) * kPageSize;
    const int size = static_cast<int>(std::min<qint64>(kPageSize, m_rowCount - start));
    if (m_denseIds && m_order.key == AssetSortKey::Id) {
        const qint64 lastId = m_firstId + m_rowCount - 1;
        return m_register.assets().pageFromId(m_order.descending ? lastId - start : m_firstId + start,
                                              m_order.descending, size);
    }
    // OFFSET walks the rows it skips: a page in the second half is read from the far end, in
    // the reverse order, so that the end of a million rows is as near as the start.
    if (!m_truncated && start + size > m_rowCount / 2) {
        AssetOrder reversed = m_order;
        reversed.descending = !reversed.descending;
        Result<QList<Asset>> rows = m_register.assets().page(m_filter, reversed, m_rowCount - start - size, size);
        if (rows) {
            QList<Asset> inOrder = rows.take();
            std::reverse(inOrder.begin(), inOrder.end());
            return inOrder;
        }
        return rows;
    }
    return m_register.assets().page(m_filter, m_order, start, size);
}

void AssetTableModel::setFilter(const AssetFilter& filter)
{
    if (filter == m_filter)
        return;
    // Names of units and people stay as they are: a keystroke in the search box only recounts.
    beginResetModel();
    m_filter = filter;
    recount();
    endResetModel();
}

namespace {
std::optional<AssetSortKey> sortKeyOf(int column)
{
    switch (column) {
    case AssetTableModel::Code:
        return AssetSortKey::Code;
    case AssetTableModel::Name:
        return AssetSortKey::Name;
    case AssetTableModel::Category:
        return AssetSortKey::Category;
    case AssetTableModel::Segment:
        return AssetSortKey::Segment;
    case AssetTableModel::Rating:
        return AssetSortKey::Confidentiality;
    default:
        return std::nullopt;
    }
}
} // namespace

bool AssetTableModel::isSortable(int column)
{
    return sortKeyOf(column).has_value();
}

void AssetTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<AssetSortKey> key = sortKeyOf(column);
    if (!key)
        return;
    const AssetOrder wanted{*key, order == Qt::DescendingOrder};
    if (wanted == m_order)
        return;
    // Every position now holds another asset and pages are fetched by position: a reset.
    beginResetModel();
    m_order = wanted;
    m_pages.clear();
    m_findings.clear();
    m_reviews.clear();
    endResetModel();
}

int AssetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AssetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Asset* AssetTableModel::assetAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / kPageSize;
    QList<Asset>* assets = m_pages.object(page);
    if (!assets) {
        Result<QList<Asset>> loaded = loadPage(page);
        if (!loaded) {
            m_lastError = loaded.errorText();
            return nullptr;
        }
        assets = new QList<Asset>(loaded.take());
        m_pages.insert(page, assets);
        // The page's badges: a few indexed queries for its ids, not a check of the register.
        QList<qint64> ids;
        ids.reserve(assets->size());
        for (const Asset& a : *assets)
            ids << a.id;
        auto* findings = new QHash<qint64, QList<Finding>>;
        if (Result<QList<Finding>> found = m_register.compliance().checkAssets(ids))
            for (const Finding& f : found.value())
                (*findings)[f.assetId] << f;
        m_findings.insert(page, findings);
        auto* reviews = new QHash<qint64, ReviewOutcome>;
        if (Result<QHash<qint64, ReviewOutcome>> outcomes = m_register.reviews().outcomes(ids))
            *reviews = outcomes.take();
        m_reviews.insert(page, reviews);
    }
    const int offset = row % kPageSize;
    return offset < assets->size() ? &assets->at(offset) : nullptr;
}

QList<Finding> AssetTableModel::findingsAt(int row) const
{
    const Asset* asset = assetAt(row);
    const QHash<qint64, QList<Finding>>* findings = asset ? m_findings.object(row / kPageSize) : nullptr;
    return findings ? findings->value(asset->id) : QList<Finding>();
}

QVariant AssetTableModel::display(const Asset& a, int column) const
{
    switch (column) {
    case Code:
        return a.code;
    case Name:
        return a.name;
    case Category:
        return a.category ? categoryLetter(*a.category) : QString();
    case Subtype:
        return a.subtype;
    case Section:
        return m_unitNames.value(a.sectionId);
    case Manager:
        return m_personNames.value(a.managerId);
    case Segment:
        return a.segment ? enumLabel(*a.segment) : QString();
    case Rating:
        return ClassificationScheme::ratingLabel(a.confidentiality, a.integrity, a.availability);
    case Importance: {
        const ClassificationScheme* scheme = ClassificationScheme::find(a.scheme);
        const int importance = scheme ? scheme->importance(a.confidentiality, a.integrity, a.availability) : 0;
        return importance > 0 ? QVariant(importance) : QVariant(tr("unclassified"));
    }
    case Provision:
        return enumLabel(a.provision);
    case Status:
        return enumLabel(a.status);
    default:
        return {};
    }
}

QVariant AssetTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Asset* asset = assetAt(index.row());
    if (!asset)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Review) {
            if (!m_campaign || asset->status == AssetStatus::Disposed)
                return {};
            const QHash<qint64, ReviewOutcome>* outcomes = m_reviews.object(index.row() / kPageSize);
            return outcomes && outcomes->contains(asset->id) ? QVariant(enumLabel(outcomes->value(asset->id)))
                                                             : QVariant(tr("Not reviewed"));
        }
        return display(*asset, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Category && asset->category)
            return FieldHelp::tipText(FieldHelp::choice(*asset->category));
        if (index.column() == Segment && asset->segment)
            return FieldHelp::tipText(FieldHelp::choice(*asset->segment));
        if (index.column() == Rating) {
            // What each level means, as the asset's own scheme defines it.
            const ClassificationScheme* scheme = ClassificationScheme::find(asset->scheme);
            QStringList levels;
            const std::pair<Axis, QString> axes[] = {{Axis::Confidentiality, asset->confidentiality},
                                                     {Axis::Integrity, asset->integrity},
                                                     {Axis::Availability, asset->availability}};
            for (const auto& [axis, code] : axes)
                if (const ClassificationLevel* level = scheme ? scheme->level(axis, code) : nullptr)
                    levels << FieldHelp::level(axis, *level);
            return levels.isEmpty() ? QVariant() : QVariant(FieldHelp::tipText(levels.join(QLatin1Char('\n'))));
        }
        if (index.column() == Code) {
            QStringList messages;
            for (const Finding& f : findingsAt(index.row()))
                messages << QStringLiteral("%1: %2").arg(enumLabel(f.severity), f.message);
            return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
        }
        return {};
    case Qt::DecorationRole: {
        // A badge on the 資産ID: red for an error of the regulation, yellow for a warning.
        if (index.column() != Code)
            return {};
        const QList<Finding> findings = findingsAt(index.row());
        if (findings.isEmpty())
            return {};
        const bool error = std::any_of(findings.cbegin(), findings.cend(),
                                       [](const Finding& f) { return f.severity == Severity::Error; });
        return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                         : QStyle::SP_MessageBoxWarning);
    }
    case FindingCountRole:
        return static_cast<int>(findingsAt(index.row()).size());
    case Qt::ForegroundRole:
        if (asset->status == AssetStatus::Disposed)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == Importance && !asset->isClassified())
            return QBrush(QColor(0xb0, 0x30, 0x20));
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Rating && asset->confidentiality.startsWith(QLatin1Char('3')))
            return QBrush(QColor(0xfd, 0xe2, 0xe0));
        return {};
    default:
        return {};
    }
}

namespace {
// What a column means in the regulation: its header's tooltip.
QString headerHelp(int column)
{
    using T = FieldHelp::Term;
    switch (column) {
    case AssetTableModel::Code:
        return FieldHelp::toolTip(AssetField::Code);
    case AssetTableModel::Name:
        return FieldHelp::toolTip(AssetField::Name);
    case AssetTableModel::Category:
        return FieldHelp::toolTip(AssetField::Category);
    case AssetTableModel::Subtype:
        return FieldHelp::toolTip(AssetField::Subtype);
    case AssetTableModel::Section:
        return FieldHelp::toolTip(AssetField::Section);
    case AssetTableModel::Manager:
        return FieldHelp::toolTip(AssetField::Manager);
    case AssetTableModel::Segment:
        return FieldHelp::toolTip(AssetField::Segment);
    case AssetTableModel::Rating:
        return FieldHelp::toolTip(T::Rating);
    case AssetTableModel::Importance:
        return FieldHelp::toolTip(T::Importance);
    case AssetTableModel::Provision:
        return FieldHelp::toolTip(AssetField::Provision);
    case AssetTableModel::Status:
        return FieldHelp::toolTip(AssetField::Status);
    case AssetTableModel::Review:
        return FieldHelp::toolTip(T::Review);
    default:
        return {};
    }
}
} // namespace

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        const QString help = headerHelp(section);
        return help.isEmpty() ? QVariant() : QVariant(FieldHelp::tipText(help));
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return enumLabel(AssetField::Code);
    case Name:
        return enumLabel(AssetField::Name);
    case Category:
        return enumLabel(AssetField::Category);
    case Subtype:
        return enumLabel(AssetField::Subtype);
    case Section:
        return enumLabel(AssetField::Section);
    case Manager:
        return enumLabel(AssetField::Manager);
    case Segment:
        return enumLabel(AssetField::Segment);
    case Rating:
        return tr("C/I/A");
    case Importance:
        return tr("Importance");
    case Provision:
        return enumLabel(AssetField::Provision);
    case Status:
        return enumLabel(AssetField::Status);
    case Review:
        return tr("Review");
    default:
        return {};
    }
}

} // namespace daicho
