#pragma once

#include "common/Result.h"
#include "domain/Person.h"

#include <optional>

namespace daicho {

class Database;

class PersonRepository {
public:
    explicit PersonRepository(Database& db);

    Result<qint64> insert(const Person& person);
    Status update(const Person& person);
    Status remove(qint64 id);
    // How many assets and role assignments name the person.
    Result<qint64> references(qint64 id) const;
    Result<std::optional<Person>> find(qint64 id) const;
    Result<QList<Person>> findByName(const QString& name) const;
    Result<QList<Person>> all() const;
    Result<qint64> count() const;

private:
    Database& m_db;
};

} // namespace daicho
