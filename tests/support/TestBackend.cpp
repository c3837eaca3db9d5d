#include "TestBackend.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace daicho::test {

namespace {
QString serverBase()
{
    return qEnvironmentVariable("DAICHO_TEST_POSTGRES");
}

// A connection `name` to the server of `location` (opened), as `user` when given, in `schema`
// when given.
QSqlDatabase serverConnection(const QString& location, const QString& name, const QString& user, const QString& schema,
                              const QString& password = {})
{
    const QUrl url(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(user.isEmpty() ? url.userName() : user);
    db.setPassword(password);
    const QString searchPath = schema.isEmpty() ? QString() : QStringLiteral(" -c search_path=") + schema;
    db.setConnectOptions(QStringLiteral("options='-c client_min_messages=warning%1'").arg(searchPath));
    db.open();
    return db;
}

// Runs administrative SQL on the test database through a connection of its own.
void admin(const QString& sql)
{
    const QString name = QStringLiteral("daicho-test-admin");
    {
        QSqlDatabase db =
            QSqlDatabase::contains(name) ? QSqlDatabase::database(name) : serverConnection(serverBase(), name, {}, {});
        if (!db.isOpen()) {
            if (!db.open())
                qFatal("cannot reach the test server %s: %s", qPrintable(serverBase()),
                       qPrintable(db.lastError().text()));
        }
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
}

} // namespace

QString TestBackend::schemaOf(const QString& location)
{
    const QString options = QUrlQuery(QUrl(location)).queryItemValue(QStringLiteral("options"), QUrl::FullyDecoded);
    return options.section(QLatin1Char('='), 1);
}

void TestBackend::onServer(const QString& sql)
{
    admin(sql);
}

bool TestBackend::isPostgres()
{
    return !serverBase().isEmpty();
}

QString TestBackend::newLocation(const QString& folder, const QString& fileName)
{
    if (!isPostgres())
        return QDir(folder).filePath(fileName);
    // Names from the process id and a counter: suites run in parallel on one server.
    static QAtomicInteger<int> counter;
    const QString schema =
        QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    admin(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
    admin(QStringLiteral("CREATE SCHEMA %1").arg(schema));
    QUrl url(serverBase());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("options"), QStringLiteral("-csearch_path=") + schema);
    url.setQuery(query);
    return url.toString();
}

QSqlDatabase TestBackend::connect(const QString& location, const QString& name, const QString& user,
                                  const QString& password)
{
    if (!location.startsWith(QLatin1String("postgres"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        db.open();
        return db;
    }
    return serverConnection(location, name, user, schemaOf(location), password);
}

void TestBackend::drop(const QString& location)
{
    if (!isPostgres() || !location.startsWith(QLatin1String("postgres")))
        return;
    const QString schema = schemaOf(location);
    if (schema.isEmpty())
        return;
    admin(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
    // The register's group role (PostgresAccounts), if its users got server logins.
    admin(QStringLiteral("DO $$ BEGIN EXECUTE format('DROP ROLE IF EXISTS %I', left('daicho_' || current_database()"
                         " || '_%1', 63)); EXCEPTION WHEN OTHERS THEN NULL; END $$")
              .arg(schema));
}

QString TestBackend::asLogin(const QString& location, const QString& login, const QString& password)
{
    QUrl url(location);
    url.setUserName(login);
    url.setPassword(password);
    return url.toString();
}

} // namespace daicho::test
