#include "FindingsPanel.h"

#include "FindingsModel.h"
#include "compliance/ComplianceRules.h"
#include "editor/EnumCombo.h"
#include "editor/RegisterChoices.h"
#include "service/Register.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace daicho {

FindingsPanel::FindingsPanel(Register& reg, QWidget* parent)
    : QWidget(parent)
    , m_reg(reg)
    , m_rule(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new FindingsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_rule->addItem(tr("All rules"), QString());
    for (const auto& rule : ComplianceRules::all())
        m_rule->addItem(QStringLiteral("%1（%2）").arg(rule->title(), rule->article()), rule->id());
    fillEnumCombo<Severity>(m_severity, true);
    m_severity->setItemText(0, tr("All severities"));
    for (QComboBox* box : {m_rule, m_severity, m_unit}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
        connect(box, &QComboBox::currentIndexChanged, this, &FindingsPanel::applyFilter);
    }
    m_rule->setAccessibleName(tr("Rule"));
    m_severity->setAccessibleName(tr("Severity"));
    m_unit->setAccessibleName(tr("Organisation"));
    auto* check = new QPushButton(tr("Check Again"), this);
    check->setToolTip(tr("Check the register against the regulation's rules now"));
    connect(check, &QPushButton::clicked, this, &FindingsPanel::refresh);

    m_sorted->setSourceModel(m_model);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(FindingsModel::Message, QHeaderView::Stretch);
    m_view->setColumnWidth(FindingsModel::SeverityColumn, 90);
    m_view->setColumnWidth(FindingsModel::Rule, 260);
    m_view->setColumnWidth(FindingsModel::Article, 90);
    m_view->setColumnWidth(FindingsModel::Asset, 100);
    m_view->setAccessibleName(tr("Findings"));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.data(FindingsModel::AssetIdRole).toLongLong(); id != 0)
            Q_EMIT assetRequested(id);
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_rule);
    filters->addWidget(m_severity);
    filters->addWidget(m_unit);
    filters->addStretch(1);
    filters->addWidget(check);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    m_summary->setText(tr("Not checked yet."));
}

void FindingsPanel::fillUnits()
{
    const QSignalBlocker blocker(m_unit);
    RegisterChoices::fillUnits(m_unit, m_reg);
}

void FindingsPanel::refreshIfNeverChecked()
{
    if (!m_checked)
        refresh();
}

void FindingsPanel::refresh()
{
    fillUnits();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QElapsedTimer timer;
    timer.start();
    Result<QList<Finding>> found = m_reg.compliance().check();
    QApplication::restoreOverrideCursor();
    if (!found) {
        Q_EMIT failed(found.errorText());
        return;
    }
    m_checked = true;
    m_all = found.take();
    applyFilter();
}

void FindingsPanel::setRuleFilter(const QString& rule)
{
    m_rule->setCurrentIndex(std::max(0, m_rule->findData(rule)));
}

void FindingsPanel::applyFilter()
{
    const QString rule = m_rule->currentData().toString();
    const std::optional<Severity> severity = enumComboValue<Severity>(m_severity);
    // The units under the one chosen (itself included).
    QSet<qint64> units;
    if (const qint64 top = m_unit->currentData().toLongLong(); top != 0)
        units = unitsUnder(m_reg.org().units().value(), top);
    QList<Finding> shown;
    for (const Finding& f : std::as_const(m_all))
        if ((rule.isEmpty() || f.rule == rule) && (!severity || f.severity == *severity) &&
            (units.isEmpty() || units.contains(f.unitId)))
            shown << f;
    const ComplianceService::Summary summary = ComplianceService::summarise(shown);
    const QLocale locale;
    m_summary->setText(tr("%1 findings: %2 errors, %3 warnings")
                           .arg(locale.toString(shown.size()),
                                locale.toString(summary.bySeverity.value(Severity::Error)),
                                locale.toString(summary.bySeverity.value(Severity::Warning))));
    m_model->setFindings(shown);
}

QList<Finding> FindingsPanel::shown() const
{
    QList<Finding> list;
    for (int row = 0; row < m_model->rowCount(); ++row)
        list << m_model->finding(row);
    return list;
}

} // namespace daicho
