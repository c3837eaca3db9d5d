#include "RiskMapPanel.h"

#include "HeatMapView.h"
#include "editor/EnumCombo.h"
#include "editor/FieldHelp.h"
#include "editor/RegisterChoices.h"
#include "models/RiskListModel.h"
#include "service/Register.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace daicho {

namespace {
// An optional enumeration filter: "all" first, then the regulation's labels.
template <typename E> QComboBox* filterCombo(QWidget* parent, const QString& all)
{
    auto* box = new QComboBox(parent);
    fillEnumCombo<E>(box, true);
    box->setItemText(0, all);
    return box;
}
} // namespace

RiskMapPanel::RiskMapPanel(Register& reg, QWidget* parent)
    : QWidget(parent)
    , m_reg(reg)
    , m_unit(new QComboBox(this))
    , m_segment(filterCombo<NetworkSegment>(this, tr("All segments")))
    , m_category(filterCombo<AssetCategory>(this, tr("All categories")))
    , m_group(filterCombo<ThreatGroup>(this, tr("All threat groups")))
    , m_band(filterCombo<RiskBand>(this, tr("All bands")))
    , m_summary(new QLabel(this))
    , m_inherent(new HeatMapView(false, this))
    , m_residual(new HeatMapView(true, this))
    , m_cellTitle(new QLabel(tr("Click a cell of a heat map to list its risks."), this))
    , m_table(new QTableView(this))
    , m_list(new RiskListModel(reg, this))
{
    m_unit->setAccessibleName(tr("Organisation"));
    m_segment->setAccessibleName(tr("Segment"));
    m_category->setAccessibleName(tr("Category"));
    m_group->setAccessibleName(tr("Threat group"));
    m_band->setAccessibleName(tr("Band"));
    // Each filter and each of its choices says what it means in the regulation.
    FieldHelp::apply(m_unit, FieldHelp::Term::Unit);
    FieldHelp::apply(m_segment, AssetField::Segment);
    FieldHelp::tipItems<NetworkSegment>(m_segment);
    FieldHelp::apply(m_category, AssetField::Category);
    FieldHelp::tipItems<AssetCategory>(m_category);
    FieldHelp::apply(m_group, FieldHelp::Term::ThreatGroup);
    FieldHelp::tipItems<ThreatGroup>(m_group);
    FieldHelp::apply(m_band, FieldHelp::Term::RiskBand);
    FieldHelp::tipItems<RiskBand>(m_band);
    for (QComboBox* box : {m_unit, m_segment, m_category, m_group, m_band}) {
        // Narrow when closed; the list shows the labels whole.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }

    auto* filters = new QHBoxLayout;
    for (QComboBox* box : {m_unit, m_segment, m_category, m_group, m_band}) {
        filters->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
    }
    filters->addStretch(1);
    auto* save = new QPushButton(tr("Save Image…"), this);
    save->setToolTip(tr("Save both heat maps as a PNG image for a report"));
    connect(save, &QPushButton::clicked, this, &RiskMapPanel::saveImage);
    filters->addWidget(save);

    auto* maps = new QHBoxLayout;
    maps->addWidget(m_inherent, 1);
    maps->addWidget(m_residual, 1);

    m_table->setModel(m_list);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(RiskListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RiskListModel::Threat, QHeaderView::Stretch);
    for (int column : {int(RiskListModel::Code), int(RiskListModel::Value), int(RiskListModel::Band),
                       int(RiskListModel::Treatment), int(RiskListModel::Status), int(RiskListModel::Residual)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Risks of the cell"));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT assetRequested(m_list->data(index, RiskListModel::AssetIdRole).toLongLong());
    });
    connect(m_list, &RiskListModel::failed, this, &RiskMapPanel::failed);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addLayout(maps, 3);
    layout->addWidget(m_cellTitle);
    layout->addWidget(m_table, 2);

    for (HeatMapView* view : {m_inherent, m_residual})
        connect(view, &HeatMapView::cellActivated, this, &RiskMapPanel::showCell);
    fillUnits();
}

void RiskMapPanel::fillUnits()
{
    m_filling = true;
    RegisterChoices::fillUnits(m_unit, m_reg);
    m_filling = false;
}

RiskFilter RiskMapPanel::filter() const
{
    RiskFilter f;
    f.unitId = m_unit->currentData().toLongLong();
    f.segment = enumComboValue<NetworkSegment>(m_segment);
    f.category = enumComboValue<AssetCategory>(m_category);
    f.group = enumComboValue<ThreatGroup>(m_group);
    f.band = enumComboValue<RiskBand>(m_band);
    return f;
}

void RiskMapPanel::setFilter(const RiskFilter& f)
{
    m_filling = true;
    fillUnits();
    m_filling = true;
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(f.unitId)));
    setEnumCombo(m_segment, f.segment);
    setEnumCombo(m_category, f.category);
    setEnumCombo(m_group, f.group);
    setEnumCombo(m_band, f.band);
    m_filling = false;
    refresh();
}

void RiskMapPanel::refresh()
{
    const RiskMethod method = m_reg.risks().method();
    Result<RiskService::HeatMap> map = m_reg.risks().heatmap(filter());
    if (!map) {
        Q_EMIT failed(map.errorText());
        return;
    }
    const QLocale locale;
    m_inherent->setData(map.value().inherent, method,
                        tr("Inherent risk (%1)").arg(locale.toString(map.value().inherent.total())));
    m_residual->setData(map.value().residual, method,
                        tr("Residual risk after treatment (%1)").arg(locale.toString(map.value().residual.total())));
    m_summary->setText(tr("Method: %1").arg(method.label().text()));
    // The list follows the new counts.
    if (const std::optional<RiskCell> cell = m_list->cell())
        showCell(*cell);
}

void RiskMapPanel::showCell(const RiskCell& cell)
{
    (cell.residual ? m_inherent : m_residual)->setSelected(std::nullopt);
    (cell.residual ? m_residual : m_inherent)->setSelected(cell);
    const HeatMapPainter& painter = (cell.residual ? m_residual : m_inherent)->painter();
    m_cellTitle->setText(
        (cell.residual ? tr("Residual: %1") : tr("Inherent: %1")).arg(painter.describe(cell.impact, cell.likelihood)));
    m_list->showCell(cell, filter());
}

QImage RiskMapPanel::image(const QSize& size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    const qreal half = size.width() / 2.0;
    for (const auto& [view, left] : {std::pair{m_inherent, 0.0}, std::pair{m_residual, half}}) {
        HeatMapPainter painter = view->painter();
        painter.setSelected(std::nullopt);
        painter.setFont(font());
        painter.paint(p, QRectF(left, 0, half, size.height()));
    }
    return image;
}

void RiskMapPanel::saveImage()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Heat Maps"), tr("heat-maps.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!image().save(path, "PNG"))
        QMessageBox::warning(this, tr("Save Heat Maps"), tr("Could not write %1.").arg(path));
}

} // namespace daicho
