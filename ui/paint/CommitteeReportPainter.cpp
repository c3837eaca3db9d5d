#include "CommitteeReportPainter.h"

#include "HeatMapPainter.h"
#include "common/JapaneseEra.h"
#include "domain/Enums.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace daicho {

namespace {
constexpr auto ja = Language::Japanese;
constexpr int kResolution = 300; // dpi of the PDF: fine lines, small files (text stays text)

struct Column {
    QString header;
    qreal width; // share of the text width
    Qt::Alignment align = Qt::AlignLeft;
};

// Runs the layout twice: once to count the pages (nothing painted), once to paint them with
// "n / N" known. One code path for both, so the count can never disagree with the pages.
class Layout {
public:
    Layout(QPagedPaintDevice& device, QPainter* painter, const QString& banner, const QString& running, int pages)
        : m_device(device)
        , m_painter(painter)
        , m_banner(banner)
        , m_running(running)
        , m_pages(pages)
        , m_font(CommitteeReportPainter::reportFont())
    {
        const QPageLayout layout = device.pageLayout();
        m_page = QRectF(layout.fullRectPixels(kResolution));
        const qreal mm = kResolution / 25.4;
        m_body = m_page.adjusted(18 * mm, 22 * mm, -18 * mm, -20 * mm);
        m_y = m_body.top();
        if (m_painter)
            decorate();
    }

    int page() const { return m_pageNumber; }
    qreal mm() const { return kResolution / 25.4; }
    const QRectF& body() const { return m_body; }
    QPainter* painter() const { return m_painter; }
    QFont font(qreal points, bool bold = false) const
    {
        QFont f = m_font;
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    qreal lineHeight(const QFont& f) const { return QFontMetricsF(f, &m_device).height(); }

    void newPage()
    {
        if (m_painter)
            m_device.newPage();
        ++m_pageNumber;
        m_y = m_body.top();
        if (m_painter)
            decorate();
    }
    // Room for `height` more on this page, or a new one.
    void need(qreal height)
    {
        if (m_y + height > m_body.bottom() && m_y > m_body.top())
            newPage();
    }
    void skip(qreal height) { m_y += height; }

    void text(const QString& line, const QFont& f, Qt::Alignment align = Qt::AlignLeft, const QColor& ink = Qt::black)
    {
        const qreal h = lineHeight(f) * 1.25;
        need(h);
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(ink);
            m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), h), align | Qt::AlignVCenter, line);
        }
        m_y += h;
    }
    void heading(const QString& title)
    {
        const QFont f = font(15, true);
        need(lineHeight(f) * 4);
        text(title, f);
        if (m_painter) {
            m_painter->setPen(QPen(QColor(0x1f, 0x4e, 0x79), mm() * 0.5));
            m_painter->drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
        }
        m_y += mm() * 4;
    }

    void table(const QList<Column>& columns, const QList<QStringList>& rows,
               const std::function<QColor(int row, int column)>& fill = {})
    {
        const QFont f = font(9);
        const QFont bold = font(9, true);
        const qreal h = lineHeight(f) * 1.55;
        qreal total = 0;
        for (const Column& c : columns)
            total += c.width;
        QList<qreal> widths;
        for (const Column& c : columns)
            widths << m_body.width() * c.width / total;
        const auto row = [&](const QStringList& cells, bool header, int index) {
            if (m_painter) {
                qreal x = m_body.left();
                m_painter->setFont(header ? bold : f);
                const QFontMetricsF metrics(header ? bold : f, &m_device);
                for (int c = 0; c < columns.size(); ++c) {
                    const QRectF cell(x, m_y, widths.at(c), h);
                    QColor background =
                        header ? QColor(0xdd, 0xeb, 0xf7) : (index % 2 ? QColor(0xf5, 0xf5, 0xf5) : QColor(Qt::white));
                    if (!header && fill) {
                        const QColor custom = fill(index, c);
                        if (custom.isValid())
                            background = custom;
                    }
                    m_painter->fillRect(cell, background);
                    m_painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), mm() * 0.15));
                    m_painter->drawRect(cell);
                    m_painter->setPen(Qt::black);
                    const QRectF inner = cell.adjusted(mm() * 1.2, 0, -mm() * 1.2, 0);
                    const QString shown = metrics.elidedText(cells.value(c), Qt::ElideRight, inner.width());
                    m_painter->drawText(inner, (header ? Qt::AlignCenter : columns.at(c).align) | Qt::AlignVCenter,
                                        shown);
                    x += widths.at(c);
                }
            }
            m_y += h;
        };
        QStringList headers;
        for (const Column& c : columns)
            headers << c.header;
        need(h * 2);
        row(headers, true, -1);
        for (int i = 0; i < rows.size(); ++i) {
            if (m_y + h > m_body.bottom()) {
                newPage();
                row(headers, true, -1); // the header again on every page the table runs over
            }
            row(rows.at(i), false, i);
        }
        m_y += mm() * 5;
    }

    void heatmaps(const HeatMapPainter& left, const HeatMapPainter& right)
    {
        const qreal gap = mm() * 6;
        const qreal side = (m_body.width() - gap) / 2;
        need(side);
        if (m_painter) {
            left.paint(*m_painter, QRectF(m_body.left(), m_y, side, side));
            right.paint(*m_painter, QRectF(m_body.left() + side + gap, m_y, side, side));
        }
        m_y += side + mm() * 6;
    }

private:
    void decorate()
    {
        const QFont small = font(8);
        const QFont banner = font(10, true);
        const qreal mm = this->mm();
        m_painter->save();
        m_painter->setPen(QColor(0xb0, 0x20, 0x20));
        m_painter->setFont(banner);
        const QRectF top(m_body.left(), m_page.top() + 8 * mm, m_body.width(), 7 * mm);
        const QRectF bottom(m_body.left(), m_page.bottom() - 14 * mm, m_body.width(), 7 * mm);
        m_painter->drawText(top, Qt::AlignHCenter | Qt::AlignVCenter, m_banner);
        m_painter->drawText(bottom, Qt::AlignHCenter | Qt::AlignVCenter, m_banner);
        m_painter->setPen(QColor(0x50, 0x50, 0x50));
        m_painter->setFont(small);
        m_painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter, m_running);
        m_painter->drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                            QStringLiteral("%1 / %2").arg(m_pageNumber).arg(m_pages));
        m_painter->restore();
    }

    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    QString m_banner;
    QString m_running;
    int m_pages;
    QFont m_font;
    QRectF m_page;
    QRectF m_body;
    qreal m_y = 0;
    int m_pageNumber = 1;
};

QString number(qint64 n)
{
    return QLocale(QLocale::Japanese).toString(n);
}

QColor bandColour(RiskBand band)
{
    return HeatMapPainter::bandColour(band).lighter(135);
}
} // namespace

CommitteeReportPainter::CommitteeReportPainter(const CommitteeReport& report, QString banner)
    : m_report(report)
    , m_banner(banner.isEmpty() ? report.banner : std::move(banner))
{
}

QStringList CommitteeReportPainter::sectionTitles()
{
    return {QStringLiteral("表紙"),
            QStringLiteral("概要"),
            QStringLiteral("リスクヒートマップ"),
            QStringLiteral("主要リスク"),
            QStringLiteral("部局別保有資産"),
            QStringLiteral("遵守状況（指摘事項）"),
            QStringLiteral("棚卸し状況"),
            QStringLiteral("前回報告からの変更")};
}

QFont CommitteeReportPainter::reportFont()
{
    const QStringList families = QFontDatabase::families();
    for (const QString& family :
         {QStringLiteral("IPAGothic"), QStringLiteral("IPAexGothic"), QStringLiteral("Noto Sans CJK JP")})
        if (families.contains(family))
            return QFont(family);
    return QFont();
}

Result<int> CommitteeReportPainter::paint(QPagedPaintDevice& device, const std::function<bool(int)>& progress) const
{
    const CommitteeReport& r = m_report;
    const QString running =
        QStringLiteral("%1 情報セキュリティ対策委員会 報告（%2）").arg(r.city, r.scopeName).trimmed();
    const QStringList titles = sectionTitles();
    int pages = 1;
    for (bool dry : {true, false}) {
        std::unique_ptr<QPainter> painter;
        if (!dry) {
            painter = std::make_unique<QPainter>();
            if (!painter->begin(&device))
                return Result<int>::failure(tr("The report cannot be drawn on this device."));
            painter->setRenderHint(QPainter::Antialiasing);
        }
        Layout page(device, painter.get(), m_banner, running, pages);
        const auto step = [&](int percent) { return dry || !progress || progress(percent); };

        // 表紙
        page.skip(page.body().height() * 0.25);
        page.text(r.city, page.font(16), Qt::AlignHCenter);
        page.text(QStringLiteral("情報セキュリティ対策委員会 報告"), page.font(24, true), Qt::AlignHCenter);
        page.text(QStringLiteral("情報資産管理台帳に基づく現況"), page.font(14), Qt::AlignHCenter);
        page.skip(page.mm() * 20);
        page.text(QStringLiteral("対象: %1").arg(r.scopeName), page.font(12), Qt::AlignHCenter);
        page.text(QStringLiteral("作成日: %1").arg(JapaneseEra::formatBoth(r.date)), page.font(12), Qt::AlignHCenter);
        page.skip(page.mm() * 30);
        page.text(QStringLiteral("【%1】取扱注意").arg(m_banner), page.font(12, true), Qt::AlignHCenter,
                  QColor(0xb0, 0x20, 0x20));
        if (!step(10))
            return Result<int>::failure(tr("Cancelled."));

        // 概要
        page.newPage();
        page.heading(titles.at(1));
        QList<QStringList> overview{{QStringLiteral("情報資産（有効）"), number(r.assets)}};
        for (const auto& [key, n] : r.byCategory)
            overview << QStringList{
                QStringLiteral("　分類 ") +
                    enumLabel(enumFromKey<AssetCategory>(key).value_or(AssetCategory::Information), ja),
                number(n)};
        for (const auto& [key, n] : r.bySegment)
            overview << QStringList{QStringLiteral("　") +
                                        enumLabel(enumFromKey<NetworkSegment>(key).value_or(NetworkSegment::None), ja),
                                    number(n)};
        for (const auto& [level, n] : r.byConfidentiality)
            overview << QStringList{QStringLiteral("　") +
                                        (level.isEmpty() ? QStringLiteral("未分類") : QStringLiteral("機密性") + level),
                                    number(n)};
        overview << QStringList{QStringLiteral("リスク"), number(r.risks)};
        for (RiskBand band : enumValues<RiskBand>())
            overview << QStringList{QStringLiteral("　リスク（%1）").arg(enumLabel(band, ja)),
                                    number(r.risksByBand.value(band))};
        for (Severity severity : enumValues<Severity>())
            overview << QStringList{QStringLiteral("指摘事項（%1）").arg(enumLabel(severity, ja)),
                                    number(r.findingsBySeverity.value(severity))};
        if (r.campaign)
            overview << QStringList{
                QStringLiteral("棚卸し %1年度（期限 %2）")
                    .arg(r.campaign->fiscalYear)
                    .arg(JapaneseEra::format(r.campaign->dueOn)),
                QStringLiteral("%1 / %2").arg(number(r.reviewedAssets()), number(r.reviewAssets()))};
        page.table({{QStringLiteral("項目"), 3}, {QStringLiteral("件数"), 1, Qt::AlignRight}}, overview);

        // リスクヒートマップ
        page.newPage();
        page.heading(titles.at(2));
        page.text(QStringLiteral("評価方法: %1").arg(r.method.label().text(ja)), page.font(10));
        HeatMapPainter inherent(r.inherent, r.method, QStringLiteral("固有リスク"));
        HeatMapPainter residual(r.residual, r.method, QStringLiteral("残留リスク（対応後）"));
        inherent.setFont(page.font(9));
        residual.setFont(page.font(9));
        page.heatmaps(inherent, residual);
        if (!step(40))
            return Result<int>::failure(tr("Cancelled."));

        // 主要リスク
        page.newPage();
        page.heading(titles.at(3));
        QList<QStringList> top;
        int rank = 0;
        for (const RiskRepository::Row& row : r.topRisks)
            top << QStringList{QString::number(++rank),
                               row.assetCode,
                               row.assetName,
                               row.threatNameJa,
                               QString::number(row.risk.value),
                               enumLabel(row.risk.band, ja),
                               row.risk.treatment ? enumLabel(*row.risk.treatment, ja) : QStringLiteral("未定"),
                               row.risk.dueOn.isValid() ? row.risk.dueOn.toString(Qt::ISODate) : QString()};
        page.table({{QStringLiteral("順位"), 0.6, Qt::AlignRight},
                    {QStringLiteral("資産ID"), 1.4},
                    {QStringLiteral("資産名称"), 3},
                    {QStringLiteral("脅威"), 2.2},
                    {QStringLiteral("値"), 0.6, Qt::AlignRight},
                    {QStringLiteral("区分"), 0.7, Qt::AlignCenter},
                    {QStringLiteral("対応"), 0.8, Qt::AlignCenter},
                    {QStringLiteral("期限"), 1.3}},
                   top, [&](int row, int column) {
                       return column == 5 ? bandColour(r.topRisks.at(row).risk.band) : QColor();
                   });

        // 部局別保有資産
        page.newPage();
        page.heading(titles.at(4));
        QList<Column> columns{{QStringLiteral("部局"), 3}, {QStringLiteral("資産数"), 1, Qt::AlignRight}};
        for (AssetCategory c : enumValues<AssetCategory>())
            columns << Column{enumLabel(c, ja), 1.6, Qt::AlignRight};
        columns << Column{QStringLiteral("リスク（大）"), 1.1, Qt::AlignRight};
        QList<QStringList> departments;
        for (const CommitteeReport::Department& d : r.departments) {
            QStringList row{d.name, number(d.assets)};
            for (AssetCategory c : enumValues<AssetCategory>())
                row << number(d.byCategory.value(enumKey(c)));
            row << number(d.highRisks);
            departments << row;
        }
        page.table(columns, departments);
        if (!step(70))
            return Result<int>::failure(tr("Cancelled."));

        // 遵守状況（指摘事項）
        page.newPage();
        page.heading(titles.at(5));
        QList<QStringList> rules;
        for (const CommitteeReport::RuleCount& rule : r.findingsByRule)
            rules << QStringList{rule.article, rule.title, enumLabel(rule.severity, ja), number(rule.count)};
        page.table({{QStringLiteral("条項"), 1.2},
                    {QStringLiteral("内容"), 5},
                    {QStringLiteral("重大度"), 0.9, Qt::AlignCenter},
                    {QStringLiteral("件数"), 1, Qt::AlignRight}},
                   rules, [&](int row, int column) {
                       const CommitteeReport::RuleCount& rule = r.findingsByRule.at(row);
                       return column == 3 && rule.count > 0 && rule.severity == Severity::Error
                                  ? QColor(0xf8, 0xd0, 0xd0)
                                  : QColor();
                   });

        // 棚卸し状況
        page.newPage();
        page.heading(titles.at(6));
        if (!r.campaign) {
            page.text(QStringLiteral("今年度の棚卸しはまだ開始されていません。"), page.font(10));
        } else {
            page.text(
                QStringLiteral("%1年度の棚卸し（期限 %2）: %3 件中 %4 件確認済")
                    .arg(r.campaign->fiscalYear)
                    .arg(JapaneseEra::format(r.campaign->dueOn), number(r.reviewAssets()), number(r.reviewedAssets())),
                page.font(10));
            QList<QStringList> review;
            for (const ReviewService::Progress& p : r.review)
                review << QStringList{
                    p.name,
                    number(p.assets),
                    number(p.reviewed.value(ReviewOutcome::Confirmed)),
                    number(p.reviewed.value(ReviewOutcome::NeedsFix)),
                    number(p.reviewed.value(ReviewOutcome::ToDispose)),
                    number(p.assets - p.reviewedCount()),
                    p.signoff
                        ? QStringLiteral("%1（%2）")
                              .arg(p.signoff->signedBy, JapaneseEra::format(p.signoff->signedAt.toLocalTime().date()))
                        : QString()};
            page.table({{QStringLiteral("部局"), 3},
                        {QStringLiteral("資産数"), 1, Qt::AlignRight},
                        {QStringLiteral("確認済"), 1, Qt::AlignRight},
                        {QStringLiteral("要修正"), 1, Qt::AlignRight},
                        {QStringLiteral("廃棄予定"), 1, Qt::AlignRight},
                        {QStringLiteral("未確認"), 1, Qt::AlignRight},
                        {QStringLiteral("承認"), 2.6}},
                       review);
        }
        // 前回報告からの変更
        page.newPage();
        page.heading(titles.at(7));
        const ReportChanges& c = r.changes;
        page.text(
            c.previous ? QStringLiteral("前回報告（%1、%2）以降の変更")
                             .arg(JapaneseEra::format(c.previous->issuedAt.toLocalTime().date()), c.previous->issuedBy)
            : c.since.isValid() ? QStringLiteral("%1 以降の変更").arg(JapaneseEra::format(c.since.toLocalTime().date()))
                                : QStringLiteral("前回の報告がないため、台帳の記録開始以降の変更"),
            page.font(10));
        page.table({{QStringLiteral("項目"), 3}, {QStringLiteral("件数"), 1, Qt::AlignRight}},
                   {{QStringLiteral("情報資産の追加"), number(c.assetsAdded)},
                    {QStringLiteral("情報資産の廃棄"), number(c.assetsDisposed)},
                    {QStringLiteral("情報資産の再分類（機密性・完全性・可用性）"), number(c.assetsReclassified)},
                    {QStringLiteral("リスクの登録"), number(c.risksOpened)},
                    {QStringLiteral("リスクの対応完了"), number(c.risksClosed)}});
        if (!c.findings.isEmpty()) {
            QList<QStringList> findings;
            // Named as in 遵守状況: the rule's title and article, for readers who do not know the IDs.
            QHash<QString, QString> names;
            for (const CommitteeReport::RuleCount& rule : r.findingsByRule)
                names.insert(rule.rule, QStringLiteral("%1（%2）").arg(rule.title, rule.article));
            for (const ReportChanges::RuleChange& f : c.findings)
                findings << QStringList{names.value(f.rule, f.rule), number(f.before), number(f.now),
                                        (f.now > f.before ? QStringLiteral("+") : QString()) +
                                            number(f.now - f.before)};
            page.text(QStringLiteral("指摘事項の件数（前回 → 今回）"), page.font(10, true));
            page.table({{QStringLiteral("規則"), 3},
                        {QStringLiteral("前回"), 1, Qt::AlignRight},
                        {QStringLiteral("今回"), 1, Qt::AlignRight},
                        {QStringLiteral("増減"), 1, Qt::AlignRight}},
                       findings);
        }
        pages = page.page();
        if (!dry && !step(100))
            return Result<int>::failure(tr("Cancelled."));
    }
    return pages;
}

Status CommitteeReportPainter::writePdf(const QString& path, const std::function<bool(int)>& progress) const
{
    // Written to a temporary file beside the target and moved over it only when complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1: cannot write the report: %2").arg(path, file.errorString()));
    // Owner-only, like every export of the register (CsvWriter); refused on FAT, which is fine.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(kResolution);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        pdf.setTitle(QStringLiteral("情報セキュリティ対策委員会 報告（%1）").arg(m_report.scopeName));
        pdf.setCreator(QStringLiteral("Daicho"));
        if (Result<int> pages = paint(pdf, progress); !pages) {
            file.cancelWriting();
            return Status(pages.problems());
        }
    }
    if (!file.commit())
        return Status::failure(tr("%1: cannot write the report: %2").arg(path, file.errorString()));
    return success();
}

} // namespace daicho
