#include "RegisterLookup.h"

#include "domain/ClassificationScheme.h"
#include "repo/AssetRepository.h"
#include "repo/OrgUnitRepository.h"
#include "repo/PersonRepository.h"
#include "repo/SettingsRepository.h"

namespace daicho {

RegisterLookup::RegisterLookup(Database& db)
    : m_db(db)
{
}

std::optional<UnitKind> RegisterLookup::unitKind(qint64 unitId) const
{
    if (const auto it = m_unitKinds.constFind(unitId); it != m_unitKinds.constEnd())
        return *it;
    // Only what exists is remembered: a unit created later in the same batch is found then.
    Result<std::optional<OrgUnit>> unit = OrgUnitRepository(m_db).find(unitId);
    if (!unit || !unit.value())
        return std::nullopt;
    m_unitKinds.insert(unitId, unit.value()->kind);
    return unit.value()->kind;
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

QString RegisterLookup::defaultScheme() const
{
    if (m_defaultScheme.isEmpty()) {
        const Result<QString> key =
            SettingsRepository(m_db).value(QStringLiteral("classification_scheme"), ClassificationScheme::defaultKey());
        m_defaultScheme = key ? key.value() : ClassificationScheme::defaultKey();
    }
    return m_defaultScheme;
}

} // namespace daicho
