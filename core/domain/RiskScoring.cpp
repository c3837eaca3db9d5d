#include "RiskScoring.h"

namespace daicho {

namespace {
bool inRange(int level)
{
    return level >= 1 && level <= 3;
}
} // namespace

int RiskScoring::likelihood(int threat, int vulnerability)
{
    if (!inRange(threat) || !inRange(vulnerability))
        return 0;
    // Rows: 脅威 3, 2, 1; columns: 脆弱性 3, 2, 1. A likely threat meets a weakness fully; an
    // unlikely one stays unlikely however weak the asset is.
    static constexpr int table[3][3] = {{3, 2, 1}, {2, 1, 1}, {1, 1, 1}};
    return table[3 - threat][3 - vulnerability];
}

int RiskScoring::value(int importance, int likelihood)
{
    if (!inRange(importance) || !inRange(likelihood))
        return 0;
    return importance * likelihood;
}

RiskBand RiskScoring::band(int value)
{
    if (value >= 6)
        return RiskBand::High;
    if (value == 4)
        return RiskBand::Medium;
    return RiskBand::Low;
}

Problems RiskScoring::score(const RiskMethod& method, int importance, Risk& r)
{
    Problems problems;
    const int top = method.scale();
    const auto inRange = [](int level, int max) { return level >= 1 && level <= max; };
    const bool ipa = method.kind() == RiskMethod::Kind::Ipa;
    const bool residual = ipa ? (r.residualThreat != 0 || r.residualVulnerability != 0)
                              : (r.residualImpact != 0 || r.residualLikelihood != 0);
    if (ipa) {
        if (!inRange(r.threatLevel, 3))
            problems << Problem{QStringLiteral("threat_level"), tr("Likelihood of the threat: choose 1, 2 or 3")};
        if (!inRange(r.vulnerabilityLevel, 3))
            problems << Problem{QStringLiteral("vulnerability_level"), tr("Vulnerability: choose 1, 2 or 3")};
        if (residual && (!inRange(r.residualThreat, 3) || !inRange(r.residualVulnerability, 3)))
            problems << Problem{QStringLiteral("residual_threat"),
                                tr("Residual risk: give both the threat and the vulnerability after treatment (1-3)")};
        // 重要度 comes from the asset's rating: an unrated asset cannot be scored yet.
        if (!inRange(importance, 3))
            problems << Problem{QStringLiteral("impact"),
                                tr("The asset is not rated for confidentiality, integrity and availability yet, so its importance is unknown")};
    } else {
        if (!inRange(r.likelihood, top))
            problems << Problem{QStringLiteral("likelihood"), tr("Likelihood: choose 1 to %1").arg(top)};
        if (!inRange(r.impact, top))
            problems << Problem{QStringLiteral("impact"), tr("Impact: choose 1 to %1").arg(top)};
        if (residual && (!inRange(r.residualLikelihood, top) || !inRange(r.residualImpact, top)))
            problems << Problem{
                QStringLiteral("residual_likelihood"),
                tr("Residual risk: give both the likelihood and the impact after treatment (1-%1)").arg(top)};
    }
    if (!problems.isEmpty())
        return problems;

    r.method = method.key();
    r.methodSnapshot = method.text();
    if (ipa) {
        r.impact = importance;
        r.likelihood = likelihood(r.threatLevel, r.vulnerabilityLevel);
        r.residualImpact = residual ? importance : 0;
        r.residualLikelihood = residual ? likelihood(r.residualThreat, r.residualVulnerability) : 0;
    } else {
        r.threatLevel = r.vulnerabilityLevel = r.residualThreat = r.residualVulnerability = 0;
        if (!residual)
            r.residualImpact = r.residualLikelihood = 0;
    }
    r.value = method.value(r.impact, r.likelihood);
    r.band = method.band(r.value);
    r.residualValue = residual ? method.value(r.residualImpact, r.residualLikelihood) : 0;
    r.residualBand = residual ? std::optional<RiskBand>(method.band(r.residualValue)) : std::nullopt;
    return problems;
}

} // namespace daicho
