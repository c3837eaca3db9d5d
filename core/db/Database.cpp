#include "Database.h"

#include "DatabaseError.h"
#include "Migrations.h"
#include "QtStatement.h"
#include "Query.h"
#include "ServerLocation.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace daicho {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("daicho-%1").arg(counter.fetchAndAddRelaxed(1));
}

StatementFactory& sqliteFactory()
{
    static StatementFactory factory;
    return factory;
}

Database::InterruptFactory& sqliteInterruptFactory()
{
    static Database::InterruptFactory factory;
    return factory;
}

// Why the register could not be read during the open, from the error of its first statements.
Problem readFailure(const Database& db, const QSqlError& error)
{
    const QString fallback = QCoreApplication::translate("Database", "%1 cannot be read as a Daicho register: %2")
                                 .arg(db.path(), Query::errorText(error));
    if (db.isServer())
        return Problem(QString(), fallback);
    return DatabaseError::problem(db.path(), DatabaseError::codeOf(error), error.databaseText(), fallback);
}
} // namespace

Database::Database(QString path, const Dialect& dialect)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
    , m_dialect(&dialect)
{
}

Database::~Database()
{
    m_statements.clear(); // statements go before the connection they belong to
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::displayName() const
{
    if (!m_isServer)
        return QFileInfo(m_path).fileName();
    const QUrl url(m_path);
    return QStringLiteral("%1 (%2)").arg(url.path().mid(1), url.host());
}

bool Database::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, OpenMode mode)
{
    return isServerLocation(location) ? openServer(location, mode) : openFile(location, mode);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, OpenMode mode)
{
    using R = Result<std::unique_ptr<Database>>;
    const bool inMemory = path == QLatin1String(":memory:");
    const QFileInfo info(path);
    const bool exists = inMemory || info.exists();
    if (!exists && mode == OpenMode::MustExist)
        return R::failure(tr("The register %1 does not exist. Create it first with \"init\".").arg(path));
    if (exists && !inMemory && mode == OpenMode::MustBeNew)
        return R::failure(
            tr("%1 already exists; a register is never overwritten. Choose another file name.").arg(path));
    if (exists && !inMemory && info.isDir())
        return R::failure(tr("%1 is a folder, not a register file.").arg(path));
    // SQLite would make a new register in it, and the user would see their register empty.
    if (exists && !inMemory && info.size() == 0)
        return R(Problems{DatabaseError::emptyFile(path)});
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return R::failure(tr("Cannot create the folder %1.").arg(info.absolutePath()));

    std::unique_ptr<Database> db(new Database(path, Dialect::sqlite()));
    db->m_isNew = !exists;
    {
        // Released before finishOpen(), which removes the connection when it refuses the file.
        QSqlDatabase connection = QSqlDatabase::addDatabase(db->m_dialect->driverName(), db->m_connectionName);
        connection.setDatabaseName(path);
        if (!connection.open()) {
            const QSqlError error = connection.lastError();
            return R(Problems{DatabaseError::problem(path, DatabaseError::codeOf(error), error.databaseText(),
                                                     tr("Cannot open the register %1: %2").arg(path, error.text()))});
        }
    }
    db->m_statementFactory = sqliteFactory();
    return finishOpen(std::move(db), mode);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& location, OpenMode mode)
{
    using R = Result<std::unique_ptr<Database>>;
    Result<ServerLocation> parsed = ServerLocation::parse(location);
    if (!parsed)
        return R(parsed.problems());
    const ServerLocation& where = parsed.value();
    // Messages and window titles name the register without its password.
    std::unique_ptr<Database> db(new Database(where.display, Dialect::postgresql()));
    db->m_isServer = true;
    if (!QSqlDatabase::isDriverAvailable(db->m_dialect->driverName()))
        return R::failure(tr("This installation cannot reach PostgreSQL: the Qt driver QPSQL is missing (Debian "
                             "package libqt6sql6-psql)."));
    QSqlDatabase connection = QSqlDatabase::addDatabase(db->m_dialect->driverName(), db->m_connectionName);
    connection.setHostName(where.host);
    connection.setPort(where.port);
    connection.setDatabaseName(where.database);
    connection.setUserName(where.user);
    if (!where.password.isEmpty())
        connection.setPassword(where.password);
    connection.setConnectOptions(where.options);
    if (!connection.open())
        return R::failure(tr("Cannot connect to the register %1: %2").arg(db->m_path, connection.lastError().text()));
    return finishOpen(std::move(db), mode);
}

Result<std::unique_ptr<Database>> Database::finishOpen(std::unique_ptr<Database> db, OpenMode mode)
{
    using R = Result<std::unique_ptr<Database>>;
    // Tables but no schema_migrations: another program's database, not an old register.
    // Refused before the connection settings run, since journal_mode = WAL rewrites the header.
    QStringList tables;
    {
        QSqlQuery q(db->connection());
        if (!q.exec(db->m_dialect->tablesQuery()))
            return R(Problems{readFailure(*db, q.lastError())});
        while (q.next())
            tables << q.value(0).toString();
        if (q.lastError().isValid())
            return R(Problems{readFailure(*db, q.lastError())});
    }
    if (db->m_isServer)
        db->m_isNew = tables.isEmpty();
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migrations")))
        return R::failure(
            tr("%1 is a database of another program, not a Daicho register; it has not been changed.").arg(db->m_path));
    if (db->m_isServer && db->m_isNew && mode == OpenMode::MustExist)
        return R::failure(tr("The register %1 does not exist. Create it first with \"init\".").arg(db->m_path));
    if (db->m_isServer && !db->m_isNew && mode == OpenMode::MustBeNew)
        return R::failure(tr("%1 already holds a register; a register is never overwritten.").arg(db->m_path));
    if (Status s = db->configure(); !s)
        return R(s.problems());
    Result<int> migrated = Migrations::run(*db, -1, &db->m_migrationBackupPath);
    if (!migrated)
        return R(migrated.problems());
    db->m_schemaVersion = migrated.value();
    return R(std::move(db));
}

void Database::setSqliteStatementFactory(StatementFactory factory)
{
    sqliteFactory() = std::move(factory);
}

void Database::setSqliteInterruptFactory(InterruptFactory factory)
{
    sqliteInterruptFactory() = std::move(factory);
}

std::function<void()> Database::interrupter() const
{
    if (m_isServer || !sqliteInterruptFactory())
        return {};
    return sqliteInterruptFactory()(connection());
}

Database::CachedStatement* Database::borrowStatement(const QString& sql, std::unique_ptr<Statement>& own)
{
    if (auto it = m_statements.find(sql); it != m_statements.end()) {
        if (!it->second.busy) {
            it->second.busy = true;
            return &it->second;
        }
        own = makeStatement(sql); // the same SQL run inside its own loop
        return nullptr;
    }
    std::unique_ptr<Statement> statement = makeStatement(sql);
    // Bounded: the application uses a fixed set of statements; anything beyond is not kept.
    constexpr size_t kMaxStatements = 256;
    if (!statement->prepared() || m_statements.size() >= kMaxStatements) {
        own = std::move(statement);
        return nullptr;
    }
    // Nodes of an unordered_map stay where they are, so the pointer outlives later inserts.
    CachedStatement& cached = m_statements[sql];
    cached.statement = std::move(statement);
    cached.busy = true;
    return &cached;
}

std::unique_ptr<Statement> Database::makeStatement(const QString& sql) const
{
    if (m_statementFactory)
        if (std::unique_ptr<Statement> native = m_statementFactory(connection(), sql))
            return native;
    return std::make_unique<QtStatement>(connection(), sql, m_dialect->lastInsertIdQuery(), m_dialect->canPrepare(sql),
                                         m_dialect->streamsResults());
}

void Database::flushBeforeCommit(const void* owner, std::function<Status()> flush)
{
    for (auto& [who, pending] : m_flushes) {
        if (who == owner) {
            pending = std::move(flush);
            return;
        }
    }
    m_flushes.emplace_back(owner, std::move(flush));
}

void Database::forgetFlush(const void* owner)
{
    m_flushes.erase(
        std::remove_if(m_flushes.begin(), m_flushes.end(), [owner](const auto& entry) { return entry.first == owner; }),
        m_flushes.end());
}

Status Database::runFlushes()
{
    // Taken first: a flush that writes must not find itself still pending.
    const auto flushes = std::exchange(m_flushes, {});
    for (const auto& entry : flushes)
        if (Status s = entry.second(); !s)
            return s;
    return success();
}

void Database::endTransaction()
{
    m_flushes.clear();
    m_transactionFault.reset();
}

Status Database::configure()
{
    // Fixed statements without parameters, run directly: PostgreSQL prepares no SET.
    for (const QString& statement : m_dialect->connectionSetup()) {
        QSqlQuery q(connection());
        if (!q.exec(statement))
            return Status(Problems{readFailure(*this, q.lastError())});
    }
    return success();
}

} // namespace daicho
