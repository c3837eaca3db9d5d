#pragma once

#include "common/Result.h"

namespace daicho {

class Database;

// Register-wide settings (key → text), such as the city name or the classification scheme.
class SettingsRepository {
public:
    explicit SettingsRepository(Database& db);

    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace daicho
