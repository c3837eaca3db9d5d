#pragma once

#include "compliance/Finding.h"
#include "domain/Review.h"
#include "domain/RiskMatrix.h"
#include "domain/RiskMethod.h"
#include "domain/RiskTerms.h"
#include "repo/RiskRepository.h"
#include "report/ReportChanges.h"
#include "service/ReviewService.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace daicho {

// What the security committee (情報セキュリティ対策委員会) decides from: every figure of the report,
// counted in core for the whole city or one unit's subtree, limited to what the signed-in user may
// see. The PDF, the printout and the workbook are views of this one model.
struct CommitteeReport {
    // 表紙
    QString city;
    QString scopeName; // 全庁 or the unit's name
    qint64 scopeUnitId = 0;
    QDate date;
    // The classification the report carries: 機密性2, or 機密性3 when it names an asset rated so
    // (the assets of the top risks are the only ones it names).
    QString banner = QStringLiteral("機密性2");

    // 概要
    qint64 assets = 0;                               // active
    QList<QPair<QString, qint64>> byCategory;        // category key → count, in the regulation's order
    QList<QPair<QString, qint64>> bySegment;         // segment key → count
    QList<QPair<QString, qint64>> byConfidentiality; // level code → count; "" for unrated
    qint64 risks = 0;
    QMap<RiskBand, qint64> risksByBand;

    // リスクヒートマップ
    RiskMethod method = RiskMethod::ipa();
    QString riskMethod; // method.key(): "ipa" or "5x5"
    RiskMatrix inherent;
    RiskMatrix residual;

    // 主要リスク
    QList<RiskRepository::Row> topRisks;

    // 部局別保有資産
    struct Department {
        qint64 unitId = 0;
        QString name;
        qint64 assets = 0;
        QMap<QString, qint64> byCategory;
        qint64 highRisks = 0;
    };
    QList<Department> departments;

    // 遵守状況（指摘事項）
    struct RuleCount {
        QString rule;
        QString title;
        QString article;
        Severity severity = Severity::Warning;
        qint64 count = 0;
    };
    QList<RuleCount> findingsByRule; // every rule, zero included, in the rules' order
    QMap<Severity, qint64> findingsBySeverity;

    // 棚卸し状況
    std::optional<ReviewCampaign> campaign;
    QList<ReviewService::Progress> review;

    // 前回報告からの変更
    ReportChanges changes;

    // The findings per rule, as recorded with an issued report.
    QHash<QString, qint64> findingCounts() const;
    qint64 reviewedAssets() const;
    qint64 reviewAssets() const;
};

class Register;

// Counts the report from the register's services (no SQL of its own).
class CommitteeReportBuilder {
public:
    explicit CommitteeReportBuilder(Register& reg);
    // scopeUnitId 0 for the whole city. The changes are those since the previous report for the
    // scope, or since `since`.
    Result<CommitteeReport> build(qint64 scopeUnitId = 0, const std::optional<QDate>& since = std::nullopt,
                                  int topRisks = 10) const;

private:
    Register& m_reg;
};

} // namespace daicho
