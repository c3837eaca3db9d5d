#include "AssetRisksPanel.h"

#include "RiskDialog.h"
#include "RiskSuggestDialog.h"
#include "WarningLabel.h"
#include "commands/HoldingCommand.h"
#include "commands/RiskCommand.h"
#include "models/RiskListModel.h"
#include "service/Register.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace daicho {

namespace {
enum HoldingRole { HoldingIdRole = Qt::UserRole + 1, OtherAssetRole, HolderRole, HeldRole };
constexpr Axis kAxes[] = {Axis::Confidentiality, Axis::Integrity, Axis::Availability};
} // namespace

AssetRisksPanel::AssetRisksPanel(Register& reg, CommandContext& commands, QUndoStack* undo, QWidget* parent)
    : QWidget(parent)
    , m_reg(reg)
    , m_commands(commands)
    , m_undo(undo)
    , m_title(new QLabel(this))
    , m_effective(new QLabel(this))
    , m_finding(new WarningLabel(this))
    , m_riskView(new QTableView(this))
    , m_risks(new RiskListModel(reg, this))
    , m_holdingView(new QListView(this))
    , m_holdings(new QStandardItemModel(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_suggest(new QPushButton(tr("Suggest…"), this))
    , m_edit(new QPushButton(tr("Change…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_link(new QPushButton(tr("Link…"), this))
    , m_unlink(new QPushButton(tr("Unlink"), this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_effective->setWordWrap(true);
    m_effective->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_finding->hide();

    m_riskView->setModel(m_risks);
    m_riskView->setObjectName(QStringLiteral("assetRisks"));
    m_riskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_riskView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_riskView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_riskView->verticalHeader()->hide();
    m_riskView->setWordWrap(false);
    // The asset is the panel's: its code and name need no columns here.
    m_riskView->setColumnHidden(RiskListModel::Code, true);
    m_riskView->setColumnHidden(RiskListModel::Name, true);
    m_riskView->horizontalHeader()->setSectionResizeMode(RiskListModel::Threat, QHeaderView::Stretch);
    m_riskView->setAccessibleName(tr("Risks of the asset"));
    connect(m_riskView, &QTableView::activated, this, &AssetRisksPanel::editRisk);
    connect(m_riskView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssetRisksPanel::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &AssetRisksPanel::addRisk);
    connect(m_suggest, &QPushButton::clicked, this, &AssetRisksPanel::suggestRisks);
    connect(m_edit, &QPushButton::clicked, this, &AssetRisksPanel::editRisk);
    connect(m_remove, &QPushButton::clicked, this, &AssetRisksPanel::removeRisk);

    auto* riskBox = new QGroupBox(tr("Risks (Article 8)"), this);
    auto* riskLayout = new QVBoxLayout(riskBox);
    riskLayout->addWidget(m_riskView);
    auto* riskButtons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_suggest, m_edit, m_remove})
        riskButtons->addWidget(b);
    riskButtons->addStretch(1);
    riskLayout->addLayout(riskButtons);

    m_holdingView->setModel(m_holdings);
    m_holdingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holdingView->setAccessibleName(tr("Holdings"));
    connect(m_holdingView, &QListView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT assetRequested(index.data(OtherAssetRole).toLongLong()); });
    connect(m_holdingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssetRisksPanel::updateButtons);
    auto* linkMenu = new QMenu(this);
    linkMenu->addAction(tr("An Asset It Holds…"), this, [this] {
        bool ok = false;
        const QString code = QInputDialog::getText(this, tr("Link"), tr("ID of the asset %1 holds:").arg(m_asset.code),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            linkAsset(code.trimmed(), true);
    });
    linkMenu->addAction(tr("An Asset Holding It…"), this, [this] {
        bool ok = false;
        const QString code =
            QInputDialog::getText(this, tr("Link"), tr("ID of the asset that holds %1:").arg(m_asset.code),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok)
            linkAsset(code.trimmed(), false);
    });
    m_link->setMenu(linkMenu);
    connect(m_unlink, &QPushButton::clicked, this, &AssetRisksPanel::unlinkSelected);

    auto* holdingBox = new QGroupBox(tr("Holdings and effective rating"), this);
    auto* holdingLayout = new QVBoxLayout(holdingBox);
    holdingLayout->addWidget(m_effective);
    holdingLayout->addWidget(m_finding);
    holdingLayout->addWidget(m_holdingView);
    auto* holdingButtons = new QHBoxLayout;
    holdingButtons->addWidget(m_link);
    holdingButtons->addWidget(m_unlink);
    holdingButtons->addStretch(1);
    holdingLayout->addLayout(holdingButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(riskBox, 3);
    layout->addWidget(holdingBox, 2);
    clear();
}

void AssetRisksPanel::showAsset(const Asset& asset)
{
    m_asset = asset;
    reload();
}

void AssetRisksPanel::clear()
{
    m_asset = Asset();
    m_title->setText(tr("Choose an asset in the register to see its risks and holdings."));
    m_risks->clear();
    m_holdings->clear();
    m_effective->clear();
    m_finding->hide();
    updateButtons();
}

void AssetRisksPanel::reload()
{
    if (m_asset.id == 0) {
        clear();
        return;
    }
    if (Result<std::optional<Asset>> fresh = m_reg.assets().find(m_asset.id); fresh && fresh.value())
        m_asset = *fresh.value();
    m_title->setText(QStringLiteral("%1　%2").arg(m_asset.code, m_asset.name));

    // Risks, with their threats named.
    QHash<QString, Threat> threats;
    for (const Threat& t : m_reg.threats().all().value())
        threats.insert(t.key, t);
    QList<RiskRepository::Row> rows;
    for (const Risk& r : m_reg.risks().forAsset(m_asset.id).value()) {
        RiskRepository::Row row;
        row.risk = r;
        row.assetCode = m_asset.code;
        row.assetName = m_asset.name;
        row.sectionId = m_asset.sectionId;
        row.threatNameJa = threats.value(r.threatKey).nameJa;
        row.threatNameEn = threats.value(r.threatKey).nameEn;
        rows << row;
    }
    m_risks->showRows(rows);

    // Holdings both ways.
    m_holdings->clear();
    const auto add = [this](const Holding& h, bool holds) {
        const qint64 other = holds ? h.heldId : h.holderId;
        Result<std::optional<Asset>> a = m_reg.assets().find(other);
        const QString name =
            a && a.value() ? QStringLiteral("%1　%2　%3")
                                 .arg(a.value()->code, a.value()->name,
                                      ClassificationScheme::ratingLabel(a.value()->confidentiality,
                                                                        a.value()->integrity, a.value()->availability))
                           : QString::number(other);
        auto* item = new QStandardItem((holds ? tr("Holds: %1") : tr("Held by: %1")).arg(name));
        item->setData(h.id, HoldingIdRole);
        item->setData(other, OtherAssetRole);
        item->setData(h.holderId, HolderRole);
        item->setData(h.heldId, HeldRole);
        m_holdings->appendRow(item);
    };
    for (const Holding& h : m_reg.holdings().heldBy(m_asset.id).value())
        add(h, true);
    for (const Holding& h : m_reg.holdings().holdersOf(m_asset.id).value())
        add(h, false);

    // The effective rating, and where each raised level comes from.
    Result<EffectiveRating> rating = m_reg.holdings().effective(m_asset.id);
    QStringList lines;
    if (rating) {
        const EffectiveRating& e = rating.value();
        lines << tr("Effective rating: %1")
                     .arg(ClassificationScheme::ratingLabel(e.level(Axis::Confidentiality).effective,
                                                            e.level(Axis::Integrity).effective,
                                                            e.level(Axis::Availability).effective));
        for (Axis axis : kAxes) {
            const EffectiveLevel& level = e.level(axis);
            if (level.inherited())
                lines << tr("%1 %2 (own: %3) from %4 %5, %n link(s) down", nullptr, int(level.path.size() - 1))
                             .arg(axisLabel(axis).text(), level.effective,
                                  level.own.isEmpty() ? tr("unrated") : level.own, level.sourceCode, level.sourceName);
        }
        m_finding->setText(tr("Rated below what it holds: raise its rating to the effective one."));
        m_finding->setVisible(e.isFinding());
    }
    m_effective->setText(lines.join(QLatin1Char('\n')));
    updateButtons();
}

QString AssetRisksPanel::effectiveText() const
{
    return m_effective->text();
}

bool AssetRisksPanel::showsFinding() const
{
    return !m_finding->isHidden();
}

int AssetRisksPanel::currentRiskRow() const
{
    const QModelIndexList rows = m_riskView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AssetRisksPanel::updateButtons()
{
    const bool editable = m_asset.id != 0 && m_reg.assets().mayEdit(m_asset);
    const QString reason = m_asset.id != 0 && !editable ? tr("You may not change this asset.") : QString();
    for (QPushButton* b : {m_add, m_suggest, m_link})
        b->setEnabled(editable);
    m_add->setToolTip(reason);
    m_link->setToolTip(reason);
    m_suggest->setToolTip(
        reason.isEmpty() ? tr("Propose the threats usual for this asset's category, segment and rating") : reason);
    m_edit->setEnabled(editable && currentRiskRow() >= 0);
    m_remove->setEnabled(editable && currentRiskRow() >= 0);
    m_unlink->setEnabled(editable && m_holdingView->selectionModel()->hasSelection());
}

void AssetRisksPanel::addRisk()
{
    Risk fresh;
    fresh.assetId = m_asset.id;
    RiskDialog dialog(m_reg, m_asset, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Risk risk = dialog.risk();
    m_undo->push(new RiskCommand(m_commands, std::nullopt, risk, tr("Record risk of %1").arg(m_asset.code)));
}

void AssetRisksPanel::suggestRisks()
{
    Result<QList<RiskService::Suggestion>> suggestions = m_reg.risks().suggest(m_asset.id);
    if (!suggestions) {
        m_commands.failed(suggestions.errorText());
        return;
    }
    RiskSuggestDialog dialog(m_reg, m_asset, suggestions.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<Risk> chosen = dialog.chosen();
    if (chosen.isEmpty())
        return;
    // One step to undo for all the risks accepted together.
    auto* all = new RiskCommand(m_commands, std::nullopt, std::nullopt,
                                tr("Record %n suggested risk(s) of %1", nullptr, int(chosen.size())).arg(m_asset.code));
    for (const Risk& r : chosen)
        new RiskCommand(m_commands, std::nullopt, r, QString(), all);
    m_undo->push(all);
}

void AssetRisksPanel::editRisk()
{
    const int row = currentRiskRow();
    if (row < 0)
        return;
    const Risk before = m_risks->row(row).risk;
    RiskDialog dialog(m_reg, m_asset, before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undo->push(new RiskCommand(m_commands, before, dialog.risk(), tr("Change risk of %1").arg(m_asset.code)));
}

void AssetRisksPanel::removeRisk()
{
    const int row = currentRiskRow();
    if (row < 0)
        return;
    m_undo->push(
        new RiskCommand(m_commands, m_risks->row(row).risk, std::nullopt, tr("Remove risk of %1").arg(m_asset.code)));
}

void AssetRisksPanel::linkAsset(const QString& code, bool holds)
{
    Result<std::optional<Asset>> other = m_reg.assets().findByCode(code);
    if (!other || !other.value()) {
        m_commands.failed(tr("No asset has the ID \"%1\".").arg(code));
        return;
    }
    Holding h;
    h.holderId = holds ? m_asset.id : other.value()->id;
    h.heldId = holds ? other.value()->id : m_asset.id;
    m_undo->push(new HoldingCommand(m_commands, h, true, tr("Link %1 and %2").arg(m_asset.code, other.value()->code)));
}

void AssetRisksPanel::unlinkSelected()
{
    const QModelIndexList rows = m_holdingView->selectionModel()->selectedIndexes();
    if (rows.isEmpty())
        return;
    Holding h;
    h.id = rows.first().data(HoldingIdRole).toLongLong();
    h.holderId = rows.first().data(HolderRole).toLongLong();
    h.heldId = rows.first().data(HeldRole).toLongLong();
    m_undo->push(new HoldingCommand(m_commands, h, false, tr("Unlink %1").arg(m_asset.code)));
}

} // namespace daicho
