#include "RiskSuggestDialog.h"

#include "service/Register.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace daicho {

RiskSuggestDialog::RiskSuggestDialog(Register& reg, const Asset& asset,
                                     const QList<RiskService::Suggestion>& suggestions, QWidget* parent)
    : QDialog(parent)
    , m_suggestions(suggestions)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Suggested Risks for %1").arg(asset.code));
    m_model->setHorizontalHeaderLabels({tr("Threat"), tr("Risk value"), tr("Why")});
    QHash<QString, QString> names;
    for (const Threat& t : reg.threats().all().value())
        names.insert(t.key, t.name());
    for (const RiskService::Suggestion& s : suggestions) {
        auto* threat = new QStandardItem(names.value(s.risk.threatKey, s.risk.threatKey));
        threat->setCheckable(true);
        threat->setCheckState(Qt::Checked);
        threat->setEditable(false);
        auto* value = new QStandardItem(
            s.risk.value > 0 ? QStringLiteral("%1（%2）").arg(s.risk.value).arg(enumLabel(s.risk.band)) : QString());
        value->setEditable(false);
        auto* why = new QStandardItem(s.reasons.join(QStringLiteral("; ")));
        why->setEditable(false);
        why->setToolTip(s.reasons.join(QLatin1Char('\n')));
        m_model->appendRow({threat, value, why});
    }
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();

    auto* note = new QLabel(
        suggestions.isEmpty()
            ? tr("No further threats are usual for this asset; add one by hand if it faces another.")
            : tr("Threats usual for an asset of this category, segment, provision and rating that it has no risk "
                 "for yet. Tick those to record; change their figures afterwards if they differ."),
        this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record Ticked Risks"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!suggestions.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(720, 360);
}

QList<Risk> RiskSuggestDialog::chosen() const
{
    QList<Risk> risks;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row, 0)->checkState() == Qt::Checked)
            risks << m_suggestions.at(row).risk;
    return risks;
}

} // namespace daicho
