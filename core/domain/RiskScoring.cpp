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

} // namespace daicho
