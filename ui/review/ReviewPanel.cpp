#include "ReviewPanel.h"

#include "ProgressBarDelegate.h"
#include "ReviewProgressModel.h"
#include "SectionsLeftModel.h"
#include "domain/AssetFilter.h"
#include "exchange/ReviewEvidenceExporter.h"
#include "service/Register.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
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
    , m_mine(new QPushButton(tr("Show What Is Left to Review"), this))
    , m_evidence(new QPushButton(tr("Export Evidence…"), this))
    , m_leftTitle(new QLabel(this))
    , m_leftView(new QTableView(this))
    , m_leftModel(new SectionsLeftModel(this))
{
    m_mine->setToolTip(tr("List the assets you look after that are not reviewed yet in the register"));
    m_evidence->setToolTip(tr("Write the year's reviews and sign-offs for the committee (.xlsx or .csv)"));
    connect(m_mine, &QPushButton::clicked, this, [this] {
        AssetFilter filter;
        filter.review = AssetFilter::notReviewed();
        Q_EMIT assetFilterRequested(filter);
    });
    connect(m_evidence, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export Review Evidence"), QStringLiteral("棚卸し結果_機密性2.xlsx"),
                                         tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportEvidence(path);
    });
    m_leftView->setObjectName(QStringLiteral("sectionsLeft"));
    m_leftView->setModel(m_leftModel);
    m_leftView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leftView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leftView->verticalHeader()->hide();
    m_leftView->verticalHeader()->setDefaultSectionSize(m_leftView->fontMetrics().height() + 10);
    m_leftView->horizontalHeader()->setStretchLastSection(true);
    m_leftView->setColumnWidth(SectionsLeftModel::Department, 180);
    m_leftView->setColumnWidth(SectionsLeftModel::Section, 180);
    m_leftView->setAccessibleName(tr("Sections with assets left to review"));
    connect(m_leftView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        AssetFilter filter;
        filter.unitId = index.data(SectionsLeftModel::SectionIdRole).toLongLong();
        filter.review = AssetFilter::notReviewed();
        Q_EMIT assetFilterRequested(filter);
    });
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
    top->addWidget(m_mine);
    top->addWidget(m_evidence);
    auto* leftBox = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(leftBox);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_leftTitle);
    leftLayout->addWidget(m_leftView, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(leftBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
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
    m_evidence->setEnabled(campaign.value().has_value());
    m_mine->setEnabled(campaign.value().has_value());

    Result<QList<ReviewService::SectionLeft>> left = m_reg.reviews().sectionsLeft();
    if (!left) {
        Q_EMIT failed(left.errorText());
        return;
    }
    const QDate today = m_reg.clock().nowUtc().date();
    const bool overdue = open && campaign.value()->dueOn < today;
    if (!campaign.value())
        m_leftTitle->clear();
    else if (left.value().isEmpty())
        m_leftTitle->setText(tr("Every section has reviewed all its assets."));
    else if (overdue)
        m_leftTitle->setText(tr("<span style=\"color:#b02020\"><b>Overdue since %1:</b></span> %n section(s) still "
                                "have assets not reviewed (double-click one to list them)",
                                nullptr, int(left.value().size()))
                                 .arg(campaign.value()->dueOn.addDays(1).toString(Qt::ISODate)));
    else
        m_leftTitle->setText(tr("<b>Left to review</b> by %1: %n section(s) (double-click one to list its assets)",
                                nullptr, int(left.value().size()))
                                 .arg(campaign.value()->dueOn.toString(Qt::ISODate)));
    m_leftModel->setRows(left.value(), overdue);
}

void ReviewPanel::exportEvidence(const QString& path)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<qint64> written = ReviewEvidenceExporter(m_reg).exportFile(path);
    QGuiApplication::restoreOverrideCursor();
    if (!written)
        Q_EMIT failed(written.errorText());
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
