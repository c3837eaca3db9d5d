#include "SettingsRepository.h"

#include "db/Database.h"
#include "db/Query.h"

namespace daicho {

SettingsRepository::SettingsRepository(Database& db)
    : m_db(db)
{
}

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback) const
{
    Query q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key);
    Result<bool> row = q.first();
    if (!row)
        return Result<QString>(row.problems());
    return row.value() ? q.value(0).toString() : fallback;
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    // Update-then-insert keeps the SQL portable (no dialect-specific upsert needed here).
    // A null QString would bind as SQL NULL, which the NOT NULL column refuses: an empty
    // setting is stored as the empty text.
    const QString stored = value.isNull() ? QStringLiteral("") : value;
    Query update(m_db, QStringLiteral("UPDATE settings SET value = :value WHERE key = :key"));
    update.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), stored);
    if (Status s = update.exec(); !s)
        return s;
    if (update.numRowsAffected() > 0)
        return success();
    Query insert(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"));
    insert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), stored);
    return insert.exec();
}

} // namespace daicho
