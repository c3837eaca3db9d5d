#include "CommitteeReportDialog.h"

#include "paint/CommitteeReportFile.h"
#include "paint/CommitteeReportPainter.h"
#include "report/CommitteeReport.h"
#include "service/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>

namespace daicho {

CommitteeReportDialog::CommitteeReportDialog(Register& reg, QWidget* parent)
    : QDialog(parent)
    , m_reg(reg)
    , m_scope(new QComboBox(this))
    , m_sinceLast(new QCheckBox(tr("Since the last report for this scope"), this))
    , m_since(new QDateEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Committee Report"));
    m_scope->setObjectName(QStringLiteral("reportScope"));
    m_scope->addItem(tr("Whole city"), 0);
    for (const OrgUnit& u : reg.org().units().valueOr({}))
        if (u.active && u.kind != UnitKind::Section)
            m_scope->addItem((u.kind == UnitKind::Department ? QStringLiteral("　") : QString()) + u.name, u.id);
    m_status->setWordWrap(true);
    m_sinceLast->setObjectName(QStringLiteral("sinceLast"));
    m_sinceLast->setChecked(true);
    m_since->setObjectName(QStringLiteral("since"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Otherwise the 年度 so far is the usual period.
    const QDate today = reg.clock().nowUtc().toLocalTime().date();
    m_since->setDate(QDate(today.month() >= 4 ? today.year() : today.year() - 1, 4, 1));
    m_since->setEnabled(false);
    connect(m_sinceLast, &QCheckBox::toggled, m_since, [this](bool last) { m_since->setEnabled(!last); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    QPushButton* xlsx = buttons->addButton(tr("Save as &Excel…"), QDialogButtonBox::ActionRole);
    QPushButton* print = buttons->addButton(tr("P&rint Preview…"), QDialogButtonBox::ActionRole);
    connect(pdf, &QPushButton::clicked, this, [this] { saveAs(tr("PDF (*.pdf)"), QStringLiteral("pdf")); });
    connect(xlsx, &QPushButton::clicked, this,
            [this] { saveAs(tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx")); });
    connect(print, &QPushButton::clicked, this, &CommitteeReportDialog::printPreview);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* intro = new QLabel(tr("The report for the 情報セキュリティ対策委員会: summary, risk heat maps, top risks, "
                                "holdings per department, compliance findings and the year's review, marked "
                                "機密性2 on every page."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Scope:"), m_scope);
    auto* period = new QHBoxLayout;
    period->addWidget(m_sinceLast);
    period->addWidget(m_since);
    period->addStretch(1);
    form->addRow(tr("Changes:"), period);
    form->addRow(m_status);
    form->addRow(buttons);
    resize(560, sizeHint().height());
}

void CommitteeReportDialog::setScope(qint64 unitId)
{
    const int index = m_scope->findData(unitId);
    if (index >= 0)
        m_scope->setCurrentIndex(index);
}

qint64 CommitteeReportDialog::scope() const
{
    return m_scope->currentData().toLongLong();
}

void CommitteeReportDialog::setSince(const std::optional<QDate>& day)
{
    m_sinceLast->setChecked(!day);
    if (day)
        m_since->setDate(*day);
}

std::optional<QDate> CommitteeReportDialog::since() const
{
    return m_sinceLast->isChecked() ? std::nullopt : std::optional<QDate>(m_since->date());
}

Result<CommitteeReport> CommitteeReportDialog::build()
{
    // Counting a large register takes seconds (the compliance check above all): say so.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_status->setText(tr("Counting the register…"));
    m_status->repaint();
    Result<CommitteeReport> report = CommitteeReportBuilder(m_reg).build(scope(), since());
    QGuiApplication::restoreOverrideCursor();
    m_status->clear();
    return report;
}

Status CommitteeReportDialog::save(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    const Result<CommitteeReport> report = build();
    if (!report)
        return Status(report.problems());
    QProgressDialog progress(tr("Drawing the report…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const Status written = CommitteeReportFile::write(m_reg, report.value(), path, [&progress](int percent) {
        progress.setValue(percent);
        return !progress.wasCanceled();
    });
    if (written)
        m_status->setText(tr("Written to %1 in %2 s.").arg(path).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return written;
}

void CommitteeReportDialog::saveAs(const QString& filter, const QString& suffix)
{
    const QString name =
        QStringLiteral("情報セキュリティ対策委員会報告_%1_機密性2.%2")
            .arg(m_reg.clock().nowUtc().toLocalTime().date().toString(QStringLiteral("yyyyMMdd")), suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Committee Report"), name, filter);
    if (path.isEmpty())
        return;
    if (Status s = save(path); !s)
        Q_EMIT failed(s.errorText());
}

void CommitteeReportDialog::printPreview()
{
    const Result<CommitteeReport> report = build();
    if (!report) {
        Q_EMIT failed(report.errorText());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true); // the painter lays out its own margins, as in the PDF
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Committee Report — Print Preview"));
    const CommitteeReportPainter painter(report.value());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&painter, this](QPrinter* target) {
        if (Result<int> pages = painter.paint(*target); !pages)
            Q_EMIT failed(pages.errorText());
    });
    bool printed = false;
    connect(&preview, &QPrintPreviewDialog::accepted, this, [&printed] { printed = true; });
    preview.resize(900, 1000);
    preview.exec();
    if (printed)
        if (Result<qint64> issued =
                m_reg.reports().recordIssue(scope(), QStringLiteral("print"), report.value().findingCounts());
            !issued)
            Q_EMIT failed(issued.errorText());
}

} // namespace daicho
