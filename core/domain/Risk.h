#pragma once

#include "RiskTerms.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace daicho {

// A risk (第8条): an asset facing a threat of 第3条, scored by the IPA method. It keeps its inputs
// and what they gave, so a later change of method or of the asset's rating does not silently
// rescore it; the residual inputs are those expected after treatment.
struct Risk {
    qint64 id = 0;
    qint64 assetId = 0;
    QString threatKey; // ThreatCatalogue
    QString method = QStringLiteral("ipa");
    int threatLevel = 0;        // 脅威の起こりやすさ 1-3
    int vulnerabilityLevel = 0; // 脆弱性のつけ込みやすさ 1-3
    int importance = 0;         // 重要度 of the asset when scored
    int likelihood = 0;         // 被害発生可能性
    int value = 0;              // リスク値
    std::optional<Treatment> treatment;
    QString plan;
    qint64 ownerId = 0;
    QDate dueOn;
    RiskStatus status = RiskStatus::Open;
    int residualThreat = 0; // 0: not assessed
    int residualVulnerability = 0;
    int residualLikelihood = 0;
    int residualValue = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
};

} // namespace daicho
