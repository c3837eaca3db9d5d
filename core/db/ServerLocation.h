#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace daicho {

// A shared register's location, postgresql://user[:password]@host[:port]/database[?key=value&…],
// taken apart for libpq. The query's keys are libpq's own connection parameters (sslmode,
// connect_timeout, options…); only plain parameter names are accepted, so that a location cannot
// smuggle a second parameter into the connection string.
struct ServerLocation {
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)

public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; // from the user info or a password= parameter; usually empty (PGPASSWORD, ~/.pgpass)
    QString options;  // libpq's key='value' pairs, ';'-separated, as QPSQL takes them
    QString display;  // the location without any password: what messages, titles and settings show

    static Result<ServerLocation> parse(const QString& location);
};

} // namespace daicho
