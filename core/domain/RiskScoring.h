#pragma once

#include "Risk.h"
#include "RiskMethod.h"
#include "RiskTerms.h"
#include "common/Problem.h"

#include <QCoreApplication>

namespace daicho {

// The IPA method (中小企業の情報セキュリティ対策ガイドライン 付録7), as municipalities use it:
// 脅威の起こりやすさ and 脆弱性のつけ込みやすさ (1-3 each) give 被害発生可能性 by a lookup table;
// リスク値 = 重要度 × 被害発生可能性, one of 1, 2, 3, 4, 6, 9; 6-9 大, 4 中, 1-3 小.
class RiskScoring {
    Q_DECLARE_TR_FUNCTIONS(RiskScoring)

public:
    // 0 when an input is out of 1..3.
    static int likelihood(int threat, int vulnerability);
    static int value(int importance, int likelihood);
    // The band of a risk value (1..9).
    static RiskBand band(int value);

    // Scores `risk` under `method` from its inputs and, for the IPA method, the asset's 重要度
    // (`importance`, 0 when the asset is not rated): fills in impact, likelihood, value, band, the
    // residual figures and the method snapshot, or says what is wrong with the inputs.
    static Problems score(const RiskMethod& method, int importance, Risk& risk);
};

} // namespace daicho
