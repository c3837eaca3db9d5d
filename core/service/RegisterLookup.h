#pragma once

#include "domain/AssetValidator.h"

#include <QHash>
#include <QSet>

namespace daicho {

class Database;

// ValidationLookup over the database, remembering the units and people it has found for the
// life of one operation, so a bulk change does not ask the same question a hundred thousand
// times. Keep one only while nothing it found can be deleted (one transaction).
class RegisterLookup : public ValidationLookup {
public:
    explicit RegisterLookup(Database& db);

    std::optional<UnitKind> unitKind(qint64 unitId) const override;
    bool personExists(qint64 personId) const override;
    bool assetCodeTaken(const QString& code, qint64 exceptAssetId) const override;
    // The classification scheme new assets are rated under (a register setting), read once.
    QString defaultScheme() const;

private:
    Database& m_db;
    mutable QHash<qint64, UnitKind> m_unitKinds;
    mutable QSet<qint64> m_knownPeople;
    mutable QString m_defaultScheme;
};

} // namespace daicho
