#include "Database.h"

#include "Migrations.h"
#include "QtStatement.h"
#include "Query.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

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

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    using R = Result<std::unique_ptr<Database>>;
    const bool inMemory = path == QLatin1String(":memory:");
    const QFileInfo info(path);
    const bool exists = inMemory || info.exists();
    if (!exists && mode == OpenMode::MustExist)
        return R::failure(tr("The register %1 does not exist. Create it first with \"init\".").arg(path));
    if (exists && !inMemory && info.isDir())
        return R::failure(tr("%1 is a folder, not a register file.").arg(path));
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return R::failure(tr("Cannot create the folder %1.").arg(info.absolutePath()));

    std::unique_ptr<Database> db(new Database(path, Dialect::sqlite()));
    db->m_isNew = !exists;
    QSqlDatabase connection = QSqlDatabase::addDatabase(db->m_dialect->driverName(), db->m_connectionName);
    connection.setDatabaseName(path);
    if (!connection.open())
        return R::failure(tr("Cannot open the register %1: %2").arg(path, connection.lastError().text()));
    db->m_statementFactory = sqliteFactory();

    // Tables but no schema_migrations: another program's database, not an old register.
    // Refused before the connection settings run, since journal_mode = WAL rewrites the header.
    const QStringList tables = connection.tables();
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migrations")))
        return R::failure(
            tr("%1 is a database of another program, not a Daicho register; it has not been changed.").arg(path));
    if (Status s = db->configure(); !s)
        return R(s.problems());
    Result<int> migrated = Migrations::run(*db);
    if (!migrated)
        return R(migrated.problems());
    db->m_schemaVersion = migrated.value();
    return R(std::move(db));
}

void Database::setSqliteStatementFactory(StatementFactory factory)
{
    sqliteFactory() = std::move(factory);
}

std::unique_ptr<Statement> Database::takeStatement(const QString& sql)
{
    if (auto it = m_statements.find(sql); it != m_statements.end()) {
        std::unique_ptr<Statement> statement = std::move(it->second);
        m_statements.erase(it);
        return statement;
    }
    if (m_statementFactory)
        if (std::unique_ptr<Statement> native = m_statementFactory(connection(), sql))
            return native;
    return std::make_unique<QtStatement>(connection(), sql);
}

void Database::returnStatement(const QString& sql, std::unique_ptr<Statement> statement)
{
    // Bounded: the application uses a fixed set of statements; anything beyond is not kept.
    constexpr size_t kMaxStatements = 256;
    if (!statement->prepared() || m_statements.count(sql) || m_statements.size() >= kMaxStatements)
        return;
    m_statements.emplace(sql, std::move(statement));
}

Status Database::configure()
{
    for (const QString& statement : m_dialect->connectionSetup()) {
        Query q(*this, statement);
        if (Status s = q.exec(); !s) {
            // The first statement that touches the file is where SQLite notices it is not a database.
            return Status::failure(
                tr("%1 cannot be read as a Daicho register: %2").arg(m_path, s.problems().value(0).message));
        }
    }
    return success();
}

} // namespace daicho
