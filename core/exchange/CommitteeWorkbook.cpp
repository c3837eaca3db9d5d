#include "CommitteeWorkbook.h"

#include "XlsxWriter.h"
#include "common/JapaneseEra.h"
#include "domain/Enums.h"
#include "report/CommitteeReport.h"

namespace daicho {

namespace {
constexpr auto ja = Language::Japanese;

quint32 bandFill(RiskBand band)
{
    switch (band) {
    case RiskBand::High:
        return 0xE04F4F; // 受容できない: the heat map's colours
    case RiskBand::Medium:
        return 0xF2C94C;
    case RiskBand::Low:
        break;
    }
    return 0x5B9BD5;
}

XlsxCell text(const QString& t)
{
    return XlsxCell{t, std::nullopt, 0, false};
}

XlsxCell bold(const QString& t)
{
    return XlsxCell{t, std::nullopt, 0, true};
}

QList<XlsxColumn> columns(const QList<std::pair<const char*, double>>& list)
{
    QList<XlsxColumn> c;
    for (const auto& [header, width] : list)
        c << XlsxColumn{QString::fromUtf8(header), width, {}};
    return c;
}

Status summary(XlsxWriter& x, const CommitteeReport& r, const XlsxSheetOptions& titled)
{
    if (Status s = x.addSheet(QStringLiteral("概要"), columns({{"区分", 22}, {"項目", 34}, {"件数", 12}}), titled); !s)
        return s;
    QList<QList<XlsxCell>> rows{
        {text(QStringLiteral("報告")), text(QStringLiteral("作成日")), text(JapaneseEra::formatBoth(r.date))},
        {text(QStringLiteral("報告")), text(QStringLiteral("対象")), text(r.scopeName)},
        {text(QStringLiteral("情報資産")), bold(QStringLiteral("合計")), XlsxCell::of(r.assets)},
    };
    for (const auto& [key, n] : r.byCategory)
        rows << QList<XlsxCell>{
            text(QStringLiteral("分類")),
            text(enumLabel(enumFromKey<AssetCategory>(key).value_or(AssetCategory::Information), ja)), XlsxCell::of(n)};
    for (const auto& [key, n] : r.bySegment)
        rows << QList<XlsxCell>{text(QStringLiteral("通信経路区分")),
                                text(enumLabel(enumFromKey<NetworkSegment>(key).value_or(NetworkSegment::None), ja)),
                                XlsxCell::of(n)};
    for (const auto& [level, n] : r.byConfidentiality)
        rows << QList<XlsxCell>{text(QStringLiteral("機密性")),
                                text(level.isEmpty() ? QStringLiteral("未分類") : QStringLiteral("機密性") + level),
                                XlsxCell::of(n)};
    rows << QList<XlsxCell>{text(QStringLiteral("リスク")), bold(QStringLiteral("合計")), XlsxCell::of(r.risks)};
    for (RiskBand band : enumValues<RiskBand>())
        rows << QList<XlsxCell>{text(QStringLiteral("リスク")), text(enumLabel(band, ja)),
                                XlsxCell{QString(), double(r.risksByBand.value(band)), bandFill(band), false}};
    for (Severity severity : enumValues<Severity>())
        rows << QList<XlsxCell>{text(QStringLiteral("指摘事項")), text(enumLabel(severity, ja)),
                                XlsxCell::of(r.findingsBySeverity.value(severity))};
    if (r.campaign) {
        rows << QList<XlsxCell>{text(QStringLiteral("棚卸し")),
                                text(QStringLiteral("%1年度 確認済（期限 %2）")
                                         .arg(r.campaign->fiscalYear)
                                         .arg(JapaneseEra::format(r.campaign->dueOn))),
                                XlsxCell::of(r.reviewedAssets())};
        rows << QList<XlsxCell>{text(QStringLiteral("棚卸し")), text(QStringLiteral("対象資産")),
                                XlsxCell::of(r.reviewAssets())};
    }
    for (const QList<XlsxCell>& row : rows)
        if (Status s = x.writeCells(row); !s)
            return s;
    return success();
}

Status heatmaps(XlsxWriter& x, const CommitteeReport& r, const XlsxSheetOptions& titled)
{
    const bool ipa = r.method.kind() == RiskMethod::Kind::Ipa;
    const QString impact = ipa ? QStringLiteral("重要度") : QStringLiteral("発生時の損失");
    const QString likelihood = ipa ? QStringLiteral("被害発生可能性") : QStringLiteral("発生の可能性");
    const int n = r.method.scale();
    QList<XlsxColumn> cols{{impact + QStringLiteral(" ＼ ") + likelihood, 24, {}}};
    for (int l = 1; l <= n; ++l)
        cols << XlsxColumn{QString::number(l), 10, {}};
    XlsxSheetOptions options = titled;
    options.autoFilter = false;
    if (Status s = x.addSheet(QStringLiteral("ヒートマップ"), cols, options); !s)
        return s;
    for (const auto& [title, matrix] :
         {std::pair{QStringLiteral("固有リスク"), &r.inherent}, std::pair{QStringLiteral("残留リスク"), &r.residual}}) {
        if (Status s = x.writeCells({bold(title)}); !s)
            return s;
        for (int i = n; i >= 1; --i) { // the highest impact on top, as on screen
            QList<XlsxCell> row{text(impact + QLatin1Char(' ') + QString::number(i))};
            for (int l = 1; l <= n; ++l)
                row << XlsxCell{QString(), double(matrix->count(i, l)), bandFill(r.method.band(r.method.value(i, l))),
                                false};
            if (Status s = x.writeCells(row); !s)
                return s;
        }
        if (Status s = x.writeCells({}); !s)
            return s;
    }
    return success();
}

Status topRisks(XlsxWriter& x, const CommitteeReport& r, const XlsxSheetOptions& titled)
{
    if (Status s = x.addSheet(QStringLiteral("主要リスク"),
                              columns({{"順位", 6},
                                       {"資産ID", 14},
                                       {"資産名称", 30},
                                       {"脅威", 22},
                                       {"値", 6},
                                       {"区分", 8},
                                       {"リスク対応", 10},
                                       {"対応計画", 36},
                                       {"期限", 12},
                                       {"状況", 10}}),
                              titled);
        !s)
        return s;
    int rank = 0;
    for (const RiskRepository::Row& row : r.topRisks) {
        const Risk& risk = row.risk;
        if (Status s = x.writeCells({XlsxCell::of(++rank), text(row.assetCode), text(row.assetName),
                                     text(row.threatNameJa), XlsxCell::of(risk.value),
                                     XlsxCell{enumLabel(risk.band, ja), std::nullopt, bandFill(risk.band), false},
                                     text(risk.treatment ? enumLabel(*risk.treatment, ja) : QString()), text(risk.plan),
                                     text(risk.dueOn.toString(Qt::ISODate)), text(enumLabel(risk.status, ja))});
            !s)
            return s;
    }
    return success();
}

Status findings(XlsxWriter& x, const CommitteeReport& r, const XlsxSheetOptions& titled)
{
    if (Status s =
            x.addSheet(QStringLiteral("指摘事項"),
                       columns({{"規則", 30}, {"内容", 40}, {"条項", 14}, {"重大度", 10}, {"件数", 10}}), titled);
        !s)
        return s;
    for (const CommitteeReport::RuleCount& rule : r.findingsByRule)
        if (Status s = x.writeCells({text(rule.rule), text(rule.title), text(rule.article),
                                     text(enumLabel(rule.severity, ja)), XlsxCell::of(rule.count)});
            !s)
            return s;
    return success();
}

Status departments(XlsxWriter& x, const CommitteeReport& r, const XlsxSheetOptions& titled)
{
    QList<std::pair<const char*, double>> list{{"部局", 28}, {"資産数", 10}};
    QList<XlsxColumn> cols = columns(list);
    for (AssetCategory c : enumValues<AssetCategory>())
        cols << XlsxColumn{enumLabel(c, ja), 10, {}};
    cols << XlsxColumn{QStringLiteral("リスク（大）"), 12, {}};
    if (Status s = x.addSheet(QStringLiteral("部局別保有資産"), cols, titled); !s)
        return s;
    for (const CommitteeReport::Department& d : r.departments) {
        QList<XlsxCell> row{text(d.name), XlsxCell::of(d.assets)};
        for (AssetCategory c : enumValues<AssetCategory>())
            row << XlsxCell::of(d.byCategory.value(enumKey(c)));
        row << XlsxCell::of(d.highRisks);
        if (Status s = x.writeCells(row); !s)
            return s;
    }
    return success();
}

Status review(XlsxWriter& x, const CommitteeReport& r, const XlsxSheetOptions& titled)
{
    if (Status s = x.addSheet(QStringLiteral("棚卸し"),
                              columns({{"部局", 28},
                                       {"資産数", 10},
                                       {"確認済", 10},
                                       {"要修正", 10},
                                       {"廃棄予定", 10},
                                       {"未確認", 10},
                                       {"承認者", 14},
                                       {"承認日", 20}}),
                              titled);
        !s)
        return s;
    for (const ReviewService::Progress& p : r.review) {
        QList<XlsxCell> row{text(p.name),
                            XlsxCell::of(p.assets),
                            XlsxCell::of(p.reviewed.value(ReviewOutcome::Confirmed)),
                            XlsxCell::of(p.reviewed.value(ReviewOutcome::NeedsFix)),
                            XlsxCell::of(p.reviewed.value(ReviewOutcome::ToDispose)),
                            XlsxCell::of(p.assets - p.reviewedCount())};
        if (p.signoff)
            row << text(p.signoff->signedBy) << text(JapaneseEra::format(p.signoff->signedAt.toLocalTime().date()));
        if (Status s = x.writeCells(row); !s)
            return s;
    }
    return success();
}

Status changes(XlsxWriter& x, const CommitteeReport& r, const XlsxSheetOptions& titled)
{
    if (Status s = x.addSheet(QStringLiteral("前回報告からの変更"),
                              columns({{"項目", 40}, {"件数", 10}, {"前回", 10}, {"今回", 10}}), titled);
        !s)
        return s;
    const ReportChanges& c = r.changes;
    const QString since =
        c.previous
            ? QStringLiteral("前回報告（%1）以降").arg(JapaneseEra::format(c.previous->issuedAt.toLocalTime().date()))
        : c.since.isValid() ? QStringLiteral("%1 以降").arg(JapaneseEra::format(c.since.toLocalTime().date()))
                            : QStringLiteral("記録開始以降");
    QList<QList<XlsxCell>> rows{
        {bold(since)},
        {text(QStringLiteral("情報資産の追加")), XlsxCell::of(c.assetsAdded)},
        {text(QStringLiteral("情報資産の廃棄")), XlsxCell::of(c.assetsDisposed)},
        {text(QStringLiteral("情報資産の再分類")), XlsxCell::of(c.assetsReclassified)},
        {text(QStringLiteral("リスクの登録")), XlsxCell::of(c.risksOpened)},
        {text(QStringLiteral("リスクの対応完了")), XlsxCell::of(c.risksClosed)},
    };
    for (const ReportChanges::RuleChange& f : c.findings)
        rows << QList<XlsxCell>{text(QStringLiteral("指摘事項 ") + f.rule), XlsxCell::of(f.now - f.before),
                                XlsxCell::of(f.before), XlsxCell::of(f.now)};
    for (const QList<XlsxCell>& row : rows)
        if (Status s = x.writeCells(row); !s)
            return s;
    return success();
}
} // namespace

Status CommitteeWorkbook::write(const CommitteeReport& r, const QString& path, const QString& bannerText)
{
    const QString banner = bannerText.isEmpty() ? r.banner : bannerText;
    Result<std::unique_ptr<XlsxWriter>> created = XlsxWriter::create(path, banner);
    if (!created)
        return Status(created.problems());
    XlsxWriter& x = *created.value();
    XlsxSheetOptions titled;
    titled.title = QStringLiteral("%1 情報セキュリティ対策委員会 報告（%2、%3）【%4】")
                       .arg(r.city, r.scopeName, JapaneseEra::format(r.date), banner)
                       .trimmed();
    for (const auto& sheet : {summary, heatmaps, topRisks, findings, departments, review, changes})
        if (Status s = sheet(x, r, titled); !s)
            return s;
    return x.finish();
}

} // namespace daicho
