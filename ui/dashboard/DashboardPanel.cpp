#include "DashboardPanel.h"

#include "models/RiskListModel.h"
#include "paint/HeatMapPainter.h"
#include "service/Register.h"
#include "service/RegisterStats.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTableView>
#include <QValueAxis>

#include <functional>

namespace daicho {

namespace {
const QColor kBar(0x4a, 0x7e, 0xbb);

// A bar chart of counts; a click on a bar calls `clicked` with its index. Bars with colours of
// their own (the bands) are stacked sets, one per bar, so each keeps its place and colour;
// horizontal charts leave room for long names.
QChart* barChart(const QString& title, const QStringList& labels, const QList<qint64>& counts,
                 const std::function<void(int)>& clicked, const QList<QColor>& colours = {}, bool horizontal = false,
                 const QString& axisTitle = {})
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QAbstractBarSeries* series = nullptr;
    if (!colours.isEmpty())
        series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                            : static_cast<QAbstractBarSeries*>(new QStackedBarSeries);
    else
        series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    if (colours.isEmpty()) {
        auto* set = new QBarSet(title);
        set->setColor(kBar);
        set->setLabelColor(Qt::black);
        for (qint64 n : counts)
            *set << static_cast<qreal>(n);
        QObject::connect(set, &QBarSet::clicked, chart, clicked);
        series->append(set);
    } else {
        for (int i = 0; i < counts.size(); ++i) {
            auto* set = new QBarSet(labels.at(i));
            set->setColor(colours.value(i, kBar));
            for (int j = 0; j < counts.size(); ++j)
                *set << (i == j ? static_cast<qreal>(counts.at(i)) : 0.0);
            QObject::connect(set, &QBarSet::clicked, chart, [clicked, i](int) { clicked(i); });
            series->append(set);
        }
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(colours.isEmpty() ? QAbstractBarSeries::LabelsOutsideEnd
                                                : QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(12);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(labels);
    names->setTitleText(axisTitle);
    chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(names);
    auto* values = new QValueAxis;
    qint64 highest = 1;
    for (qint64 n : counts)
        highest = std::max(highest, n);
    values->setRange(0, static_cast<qreal>(highest) * 1.15);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%d"));
    if (horizontal)
        values->setTickCount(3); // millions side by side need the room
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

template <typename E> QStringList labelsOf(const QList<E>& values)
{
    QStringList labels;
    for (E v : values)
        labels << enumLabel(v);
    return labels;
}
} // namespace

DashboardPanel::DashboardPanel(Register& reg, QWidget* parent)
    : QScrollArea(parent)
    , m_reg(reg)
    , m_content(new QWidget(this))
    , m_grid(new QGridLayout(m_content))
    , m_topTable(new QTableView(m_content))
    , m_top(new RiskListModel(reg, this))
{
    m_topTable->setModel(m_top);
    m_topTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topTable->verticalHeader()->hide();
    m_topTable->setWordWrap(false);
    m_topTable->horizontalHeader()->setSectionResizeMode(RiskListModel::Name, QHeaderView::Stretch);
    // Room for what ranks them; the rest is in the heat maps' lists.
    for (int column : {int(RiskListModel::Treatment), int(RiskListModel::Status), int(RiskListModel::Residual)})
        m_topTable->setColumnHidden(column, true);
    m_topTable->setColumnWidth(RiskListModel::Code, 90);
    m_topTable->setColumnWidth(RiskListModel::Value, 60);
    m_topTable->setColumnWidth(RiskListModel::Band, 40);
    m_topTable->setAccessibleName(tr("Top 10 risks"));
    connect(m_topTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT assetRequested(m_top->data(index, RiskListModel::AssetIdRole).toLongLong());
    });
    setWidget(m_content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* topBox = new QWidget(m_content);
    auto* topLayout = new QVBoxLayout(topBox);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* topTitle = new QLabel(tr("<b>Top 10 risks</b> (double-click to open the asset)"), topBox);
    topLayout->addWidget(topTitle);
    topLayout->addWidget(m_topTable);
    m_grid->addWidget(topBox, 2, 2);
    for (int column = 0; column < 3; ++column)
        m_grid->setColumnStretch(column, 1);
    m_grid->setRowStretch(0, 2);
    m_grid->setRowStretch(1, 2);
    m_grid->setRowStretch(2, 3);
}

QChartView* DashboardPanel::place(QChart* chart, int row, int column, int rowSpan, int columnSpan)
{
    auto* view = new QChartView(chart, m_content);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    view->setAccessibleName(chart->title());
    m_grid->addWidget(view, row, column, rowSpan, columnSpan);
    m_views << view;
    return view;
}

void DashboardPanel::clearCharts()
{
    for (QChartView* view : m_views)
        delete view;
    m_views.clear();
}

void DashboardPanel::refresh()
{
    Result<RegisterStats> stats = RegisterStats::collect(m_reg);
    Result<QMap<int, qint64>> importance = m_reg.assets().countByImportance();
    Result<RiskService::Breakdown> risks = m_reg.risks().breakdown();
    Result<QList<RiskRepository::Row>> top = m_reg.risks().top({}, 10);
    Result<QList<OrgUnit>> units = m_reg.org().units();
    for (const Status& s :
         {stats ? success() : Status(stats.problems()), importance ? success() : Status(importance.problems()),
          risks ? success() : Status(risks.problems()), top ? success() : Status(top.problems()),
          units ? success() : Status(units.problems())}) {
        if (!s) {
            Q_EMIT failed(s.errorText());
            return;
        }
    }
    clearCharts();
    const RegisterStats& st = stats.value();

    // Assets: each bar filters the asset table.
    const QList<AssetCategory> categories = enumValues<AssetCategory>();
    QList<qint64> counts;
    QStringList categoryLabels;
    for (AssetCategory c : categories) {
        counts << st.byCategory.value(enumKey(c));
        categoryLabels << categoryLetter(c); // the article's ア/イ/ウ: the full sentences do not fit
    }
    place(barChart(tr("Assets by category (Article 2 (3))"), categoryLabels, counts,
                   [this, categories](int i) {
                       AssetFilter f;
                       f.category = categories.value(i);
                       Q_EMIT assetFilterRequested(f);
                   }),
          0, 0);

    const QList<NetworkSegment> segments = enumValues<NetworkSegment>();
    counts.clear();
    for (NetworkSegment s : segments)
        counts << st.bySegment.value(enumKey(s));
    place(barChart(
              tr("Assets by network segment"), labelsOf(segments), counts,
              [this, segments](int i) {
                  AssetFilter f;
                  f.segment = segments.value(i);
                  Q_EMIT assetFilterRequested(f);
              },
              {}, true),
          0, 1);

    // Confidentiality levels as the schemes in use name them, highest first; unrated last.
    QStringList levels = st.byConfidentiality.keys();
    levels.removeAll(QStringLiteral("unrated"));
    std::sort(levels.begin(), levels.end(), std::greater<QString>());
    if (st.byConfidentiality.value(QStringLiteral("unrated")) > 0)
        levels << QStringLiteral("unrated");
    QStringList levelLabels;
    counts.clear();
    for (const QString& level : levels) {
        levelLabels << (level == QLatin1String("unrated") ? tr("Unrated") : level);
        counts << st.byConfidentiality.value(level);
    }
    place(barChart(
              tr("Assets by confidentiality"), levelLabels, counts,
              [this, levels](int i) {
                  AssetFilter f;
                  f.confidentiality =
                      levels.value(i) == QLatin1String("unrated") ? AssetFilter::unrated() : levels.value(i);
                  Q_EMIT assetFilterRequested(f);
              },
              {}, false, axisLabel(Axis::Confidentiality).text()),
          0, 2);

    counts.clear();
    QStringList importanceLabels;
    for (int level = 3; level >= 1; --level) {
        importanceLabels << QString::number(level);
        counts << importance.value().value(level);
    }
    place(barChart(
              tr("Assets by importance"), importanceLabels, counts,
              [this](int i) {
                  AssetFilter f;
                  f.importance = 3 - i;
                  Q_EMIT assetFilterRequested(f);
              },
              {}, false, tr("Importance")),
          1, 0);

    // Risks: each bar opens the heat maps filtered by it.
    const QList<RiskBand> bands = enumValues<RiskBand>();
    counts.clear();
    QList<QColor> colours;
    for (RiskBand b : bands) {
        counts << risks.value().byBand.value(b);
        colours << HeatMapPainter::bandColour(b);
    }
    place(barChart(
              tr("Risks by band"), labelsOf(bands), counts,
              [this, bands](int i) {
                  RiskFilter f;
                  f.band = bands.value(i);
                  Q_EMIT riskFilterRequested(f);
              },
              colours),
          1, 1);

    const QList<ThreatGroup> groups = enumValues<ThreatGroup>();
    counts.clear();
    for (ThreatGroup g : groups)
        counts << risks.value().byGroup.value(g);
    place(barChart(
              tr("Risks by threat group (Article 3)"), labelsOf(groups), counts,
              [this, groups](int i) {
                  RiskFilter f;
                  f.group = groups.value(i);
                  Q_EMIT riskFilterRequested(f);
              },
              {}, true),
          1, 2);

    // Risks per department (部局), stacked by band: the departments with the most risks.
    const QHash<qint64, OrgUnit> byId = unitsById(units.value());
    QHash<qint64, QMap<RiskBand, qint64>> perDepartment;
    for (auto it = risks.value().bySection.cbegin(); it != risks.value().bySection.cend(); ++it)
        for (auto b = it.value().cbegin(); b != it.value().cend(); ++b)
            perDepartment[departmentOf(byId, it.key())][b.key()] += b.value();
    QList<qint64> departments = perDepartment.keys();
    const auto total = [&perDepartment](qint64 d) {
        qint64 n = 0;
        for (qint64 v : perDepartment.value(d))
            n += v;
        return n;
    };
    std::sort(departments.begin(), departments.end(), [&](qint64 a, qint64 b) { return total(a) > total(b); });
    departments = departments.mid(0, 10);
    std::reverse(departments.begin(), departments.end()); // the largest on top
    auto* chart = new QChart;
    chart->setTitle(tr("Risks per department (top 10)"));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* series = new QHorizontalStackedBarSeries;
    for (RiskBand band : bands) {
        auto* set = new QBarSet(enumLabel(band));
        set->setColor(HeatMapPainter::bandColour(band));
        for (qint64 d : departments)
            *set << static_cast<qreal>(perDepartment.value(d).value(band));
        connect(set, &QBarSet::clicked, chart, [this, departments](int i) {
            RiskFilter f;
            f.unitId = departments.value(i);
            Q_EMIT riskFilterRequested(f);
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    for (qint64 d : departments)
        names->append(byId.value(d).name);
    // Ten names must each fit the height of a bar, or QtCharts cuts them to "…".
    QFont small = names->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    names->setLabelsFont(small);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTickCount(5);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    values->applyNiceNumbers(); // once the series gave it its range
    chart->legend()->setAlignment(Qt::AlignBottom);
    place(chart, 2, 0, 1, 2)->setMinimumHeight(400);

    m_top->showRows(top.value());
}

} // namespace daicho
