#pragma once

#include "RiskTerms.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace daicho {

// A risk (第8条): an asset facing a threat of 第3条. It keeps its inputs, what they gave and the
// method it was scored under (RiskMethod::text()), so a later change of method, bands or of the
// asset's rating does not silently rescore it; the residual inputs are those expected after
// treatment.
//
// IPA method: threatLevel × vulnerabilityLevel (1-3 each) give `likelihood` (被害発生可能性) by
// the lookup table, and `impact` is the asset's 重要度. 5×5 method: `likelihood` (発生の可能性)
// and `impact` (発生時の損失) are given, 1-5 each, and threatLevel/vulnerabilityLevel stay 0.
struct Risk {
    qint64 id = 0;
    qint64 assetId = 0;
    QString threatKey; // the threat catalogue's key
    QString method = QStringLiteral("ipa");
    QString methodSnapshot;     // RiskMethod::text() when scored
    int threatLevel = 0;        // 脅威の起こりやすさ 1-3 (IPA)
    int vulnerabilityLevel = 0; // 脆弱性のつけ込みやすさ 1-3 (IPA)
    int impact = 0;             // 重要度 (IPA, from the asset) or 発生時の損失 (5×5)
    int likelihood = 0;         // 被害発生可能性 (IPA) or 発生の可能性 (5×5)
    int value = 0;              // リスク値
    RiskBand band = RiskBand::Low;
    std::optional<Treatment> treatment;
    QString plan;
    qint64 ownerId = 0;
    QDate dueOn;
    RiskStatus status = RiskStatus::Open;
    // After treatment; all 0 when not assessed. The IPA method keeps the asset's 重要度 as the
    // residual impact; the 5×5 method takes both residual inputs.
    int residualThreat = 0;
    int residualVulnerability = 0;
    int residualImpact = 0;
    int residualLikelihood = 0;
    int residualValue = 0;
    std::optional<RiskBand> residualBand;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    bool hasResidual() const { return residualLikelihood != 0; }
};

} // namespace daicho
