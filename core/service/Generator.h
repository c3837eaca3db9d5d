#pragma once

#include "common/Result.h"
#include "domain/Asset.h"
#include "domain/Risk.h"
#include "domain/Threat.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace daicho {

class Register;
struct OrgUnit;

// Fills a register with a realistic synthetic city: heads and staff for every unit, with their
// 第5条 roles, and assets spread over the sections with plausible segments, ratings and
// provision, about three risks per rated asset (the threats RiskSuggester proposes for it) and
// holdings (information kept on its section's systems, some systems on servers). For tests,
// demos and benchmarks; the same seed gives the same register.
class Generator {
    Q_DECLARE_TR_FUNCTIONS(Generator)

public:
    explicit Generator(Register& reg, quint32 seed = 1);

    // Adds `count` assets (and the people they need) in one transaction.
    Result<qint64> generate(qint64 count);
    // Assets only, without risks and holdings (for tests of what does not need them).
    void setWithRisks(bool withRisks) { m_withRisks = withRisks; }

private:
    struct SectionStaff {
        qint64 sectionId = 0;
        qint64 manager = 0;
        QList<qint64> staff;
    };

    Status ensurePeople();
    Result<qint64> addPerson(const QString& title, qint64 unitId);
    Status ensureRole(Role role, qint64 personId, qint64 unitId);
    Asset makeAsset(const SectionStaff& section, const QString& code);
    // Risks and holdings for a batch of assets just created.
    Status addRisksAndHoldings(const QList<Asset>& assets);
    QList<Risk> makeRisks(const Asset& asset);
    QString personName();
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(static_cast<int>(m_random.bounded(static_cast<quint32>(list.size()))));
    }
    bool chance(int percent) { return m_random.bounded(100) < percent; }

    Register& m_register;
    QRandomGenerator m_random;
    QList<SectionStaff> m_sections;
    // Risks and holdings draw from their own sequence, so that the assets a seed gives stay
    // the same whatever is generated beside them.
    QRandomGenerator m_riskRandom;
    QList<Threat> m_threats;
    QHash<qint64, QList<qint64>> m_holders; // section → its latest systems, devices and media
    bool m_withRisks = true;
    bool m_ipa = true; // the register's risk method, read once per generation
};

} // namespace daicho
