#include "RegisterLookup.h"

#include "repo/AssetRepository.h"
#include "repo/OrgUnitRepository.h"
#include "repo/PersonRepository.h"

namespace daicho {

RegisterLookup::RegisterLookup(Database& db)
    : m_db(db)
{
}

std::optional<UnitKind> RegisterLookup::unitKind(qint64 unitId) const
{
    if (!m_unitsLoaded) {
        Result<QList<OrgUnit>> units = OrgUnitRepository(m_db).all();
        if (units)
            for (const OrgUnit& u : units.value())
                m_unitKinds.insert(u.id, u.kind);
        m_unitsLoaded = true;
    }
    const auto it = m_unitKinds.constFind(unitId);
    return it == m_unitKinds.constEnd() ? std::nullopt : std::optional<UnitKind>(*it);
}

bool RegisterLookup::personExists(qint64 personId) const
{
    if (m_knownPeople.contains(personId))
        return true;
    Result<std::optional<Person>> person = PersonRepository(m_db).find(personId);
    if (person && person.value()) {
        m_knownPeople.insert(personId);
        return true;
    }
    return false;
}

bool RegisterLookup::assetCodeTaken(const QString& code, qint64 exceptAssetId) const
{
    Result<bool> taken = AssetRepository(m_db).codeTaken(code, exceptAssetId);
    // A failed query is reported by the write that follows; do not invent a duplicate here.
    return taken && taken.value();
}

} // namespace daicho
