#include "ReviewEvidenceExporter.h"

#include "CsvWriter.h"
#include "LedgerExporter.h"
#include "XlsxWriter.h"
#include "service/Register.h"

#include <QFileInfo>
#include <QTimeZone>

namespace daicho {

namespace {
QString localTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

ReviewEvidenceExporter::ReviewEvidenceExporter(Register& reg)
    : m_register(reg)
{
}

QStringList ReviewEvidenceExporter::reviewHeaders() const
{
    return {QStringLiteral("資産ID"),     QStringLiteral("資産名称"), QStringLiteral("所管課室"),
            QStringLiteral("棚卸し結果"), QStringLiteral("コメント"), QStringLiteral("確認者"),
            QStringLiteral("確認日時")};
}

Result<qint64> ReviewEvidenceExporter::exportFile(const QString& path, const QString& bannerText)
{
    using R = Result<qint64>;
    ReviewService& reviews = m_register.reviews();
    Result<std::optional<ReviewCampaign>> campaign = reviews.current();
    if (!campaign)
        return R(campaign.problems());
    if (!campaign.value())
        return R::failure(tr("No review campaign for this fiscal year yet."));
    const QString banner = bannerText.isEmpty() ? LedgerExporter::defaultBanner() : bannerText;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto rowOf = [](const ReviewEvidence& e) {
        return QStringList{e.code,
                           e.name,
                           e.section,
                           enumLabel(e.outcome, Language::Japanese),
                           e.comment,
                           e.reviewedBy,
                           localTime(e.reviewedAt)};
    };
    qint64 written = 0;
    Status rowStatus = success();
    const auto writeReviews = [&](TableSink& sink) {
        return reviews.evidence([&](const ReviewEvidence& e) {
            rowStatus = sink.writeRow(rowOf(e));
            ++written;
            return rowStatus.ok();
        });
    };

    const ReviewCampaign& c = *campaign.value();
    const QString city = m_register.setting(QStringLiteral("city_name")).valueOr({});
    const QString title = QStringLiteral("%1 %2年度 情報資産の棚卸し（期限 %3）【%4】")
                              .arg(city)
                              .arg(c.fiscalYear)
                              .arg(c.dueOn.toString(Qt::ISODate), banner)
                              .trimmed();

    if (suffix == QLatin1String("csv")) {
        Result<std::unique_ptr<CsvWriter>> csv = CsvWriter::create(path);
        if (!csv)
            return R(csv.problems());
        // The classification banner heads the CSV file too, in a title row above the header.
        if (Status s = csv.value()->writeRow({title}); !s)
            return R(s.problems());
        if (Status s = csv.value()->writeRow(reviewHeaders()); !s)
            return R(s.problems());
        if (Status s = writeReviews(*csv.value()); !s)
            return R(s.problems());
        if (!rowStatus)
            return R(rowStatus.problems());
        if (Status s = csv.value()->finish(); !s)
            return R(s.problems());
        return written;
    }
    if (suffix != QLatin1String("xlsx"))
        return R::failure(tr("%1: choose a file ending in .csv or .xlsx.").arg(path));

    Result<std::unique_ptr<XlsxWriter>> created = XlsxWriter::create(path, banner);
    if (!created)
        return R(created.problems());
    XlsxWriter& xlsx = *created.value();
    XlsxSheetOptions titled;
    titled.title = title;

    Result<QList<ReviewService::Progress>> progress = reviews.progress();
    if (!progress)
        return R(progress.problems());
    const QList<XlsxColumn> progressColumns{
        {QStringLiteral("部局"), 28, {}},        {QStringLiteral("資産数"), 10, {}},
        {QStringLiteral("確認済"), 10, {}},      {QStringLiteral("要修正"), 10, {}},
        {QStringLiteral("廃棄予定"), 10, {}},    {QStringLiteral("未確認"), 10, {}},
        {QStringLiteral("承認者"), 16, {}},      {QStringLiteral("承認日時"), 18, {}},
        {QStringLiteral("承認コメント"), 36, {}}};
    if (Status s = xlsx.addSheet(QStringLiteral("部局別進捗"), progressColumns, titled); !s)
        return R(s.problems());
    for (const ReviewService::Progress& p : progress.value()) {
        QStringList cells{p.name,
                          QString::number(p.assets),
                          QString::number(p.reviewed.value(ReviewOutcome::Confirmed)),
                          QString::number(p.reviewed.value(ReviewOutcome::NeedsFix)),
                          QString::number(p.reviewed.value(ReviewOutcome::ToDispose)),
                          QString::number(p.assets - p.reviewedCount())};
        if (p.signoff)
            cells << p.signoff->signedBy << localTime(p.signoff->signedAt) << p.signoff->comment;
        else
            cells << QString() << QString() << QString();
        if (Status s = xlsx.writeRow(cells); !s)
            return R(s.problems());
    }

    QList<XlsxColumn> reviewColumns;
    const QList<double> widths{14, 36, 20, 12, 40, 14, 18};
    const QStringList headers = reviewHeaders();
    for (int i = 0; i < headers.size(); ++i)
        reviewColumns << XlsxColumn{headers.at(i), widths.value(i, 14), {}};
    if (Status s = xlsx.addSheet(QStringLiteral("棚卸し結果"), reviewColumns, titled); !s)
        return R(s.problems());
    if (Status s = writeReviews(xlsx); !s)
        return R(s.problems());
    if (!rowStatus)
        return R(rowStatus.problems());
    if (Status s = xlsx.finish(); !s)
        return R(s.problems());
    return written;
}

} // namespace daicho
