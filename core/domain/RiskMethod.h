#pragma once

#include "RiskTerms.h"
#include "common/Language.h"

#include <QJsonObject>

#include <optional>

namespace daicho {

// How a register scores risks (DESIGN.md §2), chosen per register: the IPA method (重要度 ×
// 被害発生可能性 on a 3×3 grid, bands fixed by the guideline) or the 5×5 method (発生の可能性 ×
// 発生時の損失, bands set by the register). Each risk keeps the snapshot() it was scored under, so
// a later change of method or bands does not silently re-band it.
class RiskMethod {
public:
    enum class Kind { Ipa, FiveByFive };

    static RiskMethod ipa();
    // Bands: value >= highFrom is 大, >= mediumFrom is 中, below is 小.
    static RiskMethod fiveByFive(int highFrom = 12, int mediumFrom = 5);
    // Reads a snapshot() back; nullopt for anything else (a damaged setting).
    static std::optional<RiskMethod> fromSnapshot(const QJsonObject& json);
    static std::optional<RiskMethod> fromText(const QString& json);

    Kind kind() const { return m_kind; }
    QString key() const; // "ipa" or "5x5", as stored with each risk
    Label label() const;
    // The side of the heat map, and the highest input on each axis: 3 or 5.
    int scale() const { return m_kind == Kind::Ipa ? 3 : 5; }
    int highFrom() const { return m_highFrom; }
    int mediumFrom() const { return m_mediumFrom; }
    int maxValue() const { return scale() * scale(); }

    // The value of a cell, and its band.
    int value(int impact, int likelihood) const { return impact * likelihood; }
    RiskBand band(int value) const;
    // Empty when the bands make sense (1 < mediumFrom < highFrom <= maxValue()); else why not.
    QString bandProblem() const;

    QJsonObject snapshot() const;
    QString text() const; // snapshot() as compact JSON, as stored
    bool operator==(const RiskMethod& o) const
    {
        return m_kind == o.m_kind && m_highFrom == o.m_highFrom && m_mediumFrom == o.m_mediumFrom;
    }
    bool operator!=(const RiskMethod& o) const { return !(*this == o); }

private:
    RiskMethod(Kind kind, int highFrom, int mediumFrom);
    Kind m_kind;
    int m_highFrom;
    int m_mediumFrom;
};

} // namespace daicho
