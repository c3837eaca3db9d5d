#pragma once

#include <QSqlDatabase>
#include <QString>

namespace daicho::test {

// Where a test's register lives. By default a SQLite file in the test's temporary folder; with
// DAICHO_TEST_POSTGRES set to a server location (postgresql://user@host:port/database), a schema
// of its own on that server, created empty and dropped at the end, so that the same suite runs
// against both back ends.
class TestBackend {
public:
    static bool isPostgres();
    // A location for a new, empty register; `folder` holds the SQLite file.
    static QString newLocation(const QString& folder, const QString& fileName = QStringLiteral("register.sqlite"));
    // A connection of its own (named `name`) to the register at `location`, outside Daicho's
    // code: another program, another user, or someone with a SQL shell. Opened; the caller
    // closes it and removes it.
    // On a server, `user` connects as another role than the location's.
    static QSqlDatabase connect(const QString& location, const QString& name, const QString& user = {},
                                const QString& password = {});
    // The server location `location` as another login (Daicho's own connection as that user).
    static QString asLogin(const QString& location, const QString& login, const QString& password = {});
    // Runs administrative SQL (roles, grants) on the test server as its superuser.
    static void onServer(const QString& sql);
    // The schema that holds the register at `location` on the test server.
    static QString schemaOf(const QString& location);
    // Removes what newLocation() made on the server (nothing for a file: its folder goes).
    static void drop(const QString& location);
};

} // namespace daicho::test
