#include "ReviewPanel.h"

#include "ProgressBarDelegate.h"
#include "ReviewProgressModel.h"
#include "service/Register.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace daicho {

ReviewPanel::ReviewPanel(Register& reg, QWidget* parent)
    : QWidget(parent)
    , m_reg(reg)
    , m_campaign(new QLabel(this))
    , m_open(new QPushButton(tr("Open Campaign…"), this))
    , m_confirm(new QPushButton(tr("Confirm a Section…"), this))
    , m_signOff(new QPushButton(tr("Sign Off Department…"), this))
    , m_view(new QTableView(this))
    , m_model(new ReviewProgressModel(this))
{
    m_confirm->setToolTip(tr("After looking through a section's holdings, mark every one not reviewed yet as %1")
                              .arg(enumLabel(ReviewOutcome::Confirmed)));
    connect(m_open, &QPushButton::clicked, this, &ReviewPanel::openCampaign);
    connect(m_confirm, &QPushButton::clicked, this, &ReviewPanel::confirmSection);
    connect(m_signOff, &QPushButton::clicked, this, &ReviewPanel::signOffSelected);

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ReviewProgressModel::Progress,
                                     new ProgressBarDelegate(ReviewProgressModel::PercentRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(ReviewProgressModel::Unit, QHeaderView::Stretch);
    for (int column = ReviewProgressModel::Assets; column <= ReviewProgressModel::Left; ++column)
        m_view->setColumnWidth(column, 72);
    m_view->setColumnWidth(ReviewProgressModel::Progress, 160);
    m_view->setColumnWidth(ReviewProgressModel::SignedOff, 200);
    m_view->setAccessibleName(tr("Review progress per department"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_campaign, 1);
    top->addWidget(m_open);
    top->addWidget(m_confirm);
    top->addWidget(m_signOff);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
}

void ReviewPanel::refresh()
{
    Result<std::optional<ReviewCampaign>> campaign = m_reg.reviews().current();
    Result<QList<ReviewService::Progress>> progress = m_reg.reviews().progress();
    if (!campaign || !progress) {
        Q_EMIT failed(!campaign ? campaign.errorText() : progress.errorText());
        return;
    }
    const QLocale locale;
    const bool open = campaign.value() && campaign.value()->isOpen();
    if (campaign.value()) {
        qint64 assets = 0;
        qint64 done = 0;
        for (const ReviewService::Progress& p : progress.value()) {
            assets += p.assets;
            done += p.reviewedCount();
        }
        m_campaign->setText(
            tr("<b>Review of fiscal year %1</b>, due %2: %3 of %4 assets reviewed")
                .arg(campaign.value()->fiscalYear)
                .arg(campaign.value()->dueOn.toString(Qt::ISODate), locale.toString(done), locale.toString(assets)));
    } else {
        m_campaign->setText(tr("No review campaign for this fiscal year yet."));
    }
    m_open->setEnabled(!campaign.value() && m_reg.mayManage().ok());
    m_confirm->setEnabled(open && m_reg.mayEditAssets());
    m_signOff->setEnabled(open);
    m_model->setProgress(progress.value());
}

void ReviewPanel::openCampaign()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Open Review Campaign"));
    auto* year = new QSpinBox(&dialog);
    const QDate today = m_reg.clock().nowUtc().date();
    year->setRange(fiscalYearOf(today), fiscalYearOf(today) + 1);
    year->setValue(fiscalYearOf(today));
    auto* due = new QDateEdit(QDate(fiscalYearOf(today) + 1, 1, 31), &dialog);
    due->setCalendarPopup(true);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Fiscal year"), year);
    form->addRow(tr("Due date"), due);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Result<qint64> id = m_reg.reviews().openCampaign(year->value(), due->date()); !id)
        Q_EMIT failed(id.errorText());
    refresh();
}

void ReviewPanel::confirmSection()
{
    Result<QList<OrgUnit>> units = m_reg.org().units();
    if (!units)
        return;
    QStringList names;
    QList<qint64> ids;
    for (const OrgUnit& u : units.value())
        if (u.kind == UnitKind::Section && u.active) {
            names << u.name;
            ids << u.id;
        }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Confirm a Section"),
                              tr("Section whose holdings you have looked through (those not reviewed yet become %1):")
                                  .arg(enumLabel(ReviewOutcome::Confirmed)),
                              names, 0, false, &ok);
    if (!ok)
        return;
    Result<qint64> confirmed = m_reg.reviews().confirmSection(ids.value(names.indexOf(chosen)));
    if (!confirmed)
        Q_EMIT failed(confirmed.errorText());
    else
        Q_EMIT reviewed();
    refresh();
}

void ReviewPanel::signOffSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        Q_EMIT failed(tr("Choose the department to sign off in the list."));
        return;
    }
    const ReviewService::Progress& p = m_model->progress(rows.first().row());
    bool ok = false;
    const QString comment = QInputDialog::getText(this, tr("Sign Off Department"),
                                                  tr("Comment on the review of %1 (optional):").arg(p.name),
                                                  QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (Result<qint64> id = m_reg.reviews().signOff(p.unitId, comment); !id)
        Q_EMIT failed(id.errorText());
    refresh();
}

} // namespace daicho
