#include "Register.h"

#include "AccessPolicy.h"
#include "TemplateService.h"
#include "common/Clock.h"
#include "db/ServerAccounts.h"
#include "db/Transaction.h"
#include "repo/SettingsRepository.h"
#include "repo/UserRepository.h"

#include <QJsonObject>

namespace daicho {

Register::Register(std::unique_ptr<Database> db, const Clock& clock)
    : m_db(std::move(db))
    , m_audit(*m_db, clock)
    , m_ctx{*m_db, clock, m_audit, systemUser(), std::nullopt, std::nullopt}
    , m_org(m_ctx)
    , m_people(m_ctx)
    , m_assets(m_ctx)
    , m_users(m_ctx)
    , m_risks(m_ctx)
    , m_threats(m_ctx)
    , m_holdings(m_ctx)
    , m_compliance(m_ctx)
    , m_reviews(m_ctx)
    , m_inspections(m_ctx)
    , m_reports(m_ctx)
{
}

Status Register::signIn(const QString& login, const QString& password)
{
    return signIn(m_users.authenticate(login, password));
}

Status Register::createFirstAdministrator(const QString& personName, const QString& login, const QString& password)
{
    if (Status made = makeFirstAdministrator(personName, login, password); !made)
        return made;
    // Signing in is a transaction of its own, begun once the account's has ended.
    return signIn(login.trimmed(), password);
}

Status Register::makeFirstAdministrator(const QString& personName, const QString& login, const QString& password)
{
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status();
    Person person;
    person.name = personName.trimmed();
    Result<qint64> personId = m_people.createPerson(person);
    if (!personId)
        return Status(personId.problems());
    if (Result<qint64> user = m_users.createUser(login.trimmed(), personId.value(), password, true); !user)
        return Status(user.problems());
    return tx.commit();
}

Result<QString> Register::serverUser()
{
    Result<QString> login = ServerAccounts(*m_db).connectionLogin();
    if (!login || login.value().isEmpty())
        return login;
    Result<std::optional<User>> user = UserRepository(*m_db).findByLogin(login.value());
    if (!user)
        return Result<QString>(user.problems());
    return user.value() ? login.value() : QString();
}

Status Register::signInAsServerUser()
{
    Status s = signIn(m_users.authenticateConnection());
    m_signedInByServer = s.ok();
    return s;
}

Status Register::signIn(const Result<User>& user)
{
    if (!user)
        return Status(user.problems());
    Result<AccessScope> scope = AccessPolicy::scopeOf(m_ctx, user.value());
    if (!scope)
        return Status(scope.problems());
    m_ctx.user = user.value();
    m_ctx.actor = user.value().login;
    m_ctx.scope = scope.value();
    return success();
}

Status Register::mayManage() const
{
    return AccessPolicy::allowManage(m_ctx);
}

bool Register::mayCreateAssets() const
{
    return !m_ctx.scope || m_ctx.scope->everything || !m_ctx.scope->sections.isEmpty();
}

bool Register::mayEditAssets() const
{
    return mayCreateAssets() || !m_ctx.scope->assets.isEmpty();
}

void Register::signOut()
{
    m_ctx.user.reset();
    m_ctx.actor = systemUser();
    m_ctx.scope = AccessScope{}; // nothing until someone signs in again
    m_signedInByServer = false;
}

Result<bool> Register::requiresSignIn() const
{
    Result<qint64> users = m_users.count();
    if (!users)
        return Result<bool>(users.problems());
    return users.value() > 0;
}

QString Register::systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Result<std::unique_ptr<Register>> Register::open(const QString& path, const Clock& clock)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
    if (!db)
        return Result<std::unique_ptr<Register>>(db.problems());
    return open(db.take(), clock);
}

Result<std::unique_ptr<Register>> Register::open(std::unique_ptr<Database> db, const Clock& clock)
{
    using R = Result<std::unique_ptr<Register>>;
    std::unique_ptr<Register> reg(new Register(std::move(db), clock));
    // A register with users grants nothing until someone signs in.
    Result<bool> guarded = reg->requiresSignIn();
    if (!guarded)
        return R(guarded.problems());
    if (guarded.value())
        reg->m_ctx.scope = AccessScope{};
    return reg;
}

Result<std::unique_ptr<Register>> Register::create(const QString& path, const Clock& clock)
{
    using R = Result<std::unique_ptr<Register>>;
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustBeNew);
    if (!db)
        return R(db.problems());
    return std::unique_ptr<Register>(new Register(db.take(), clock));
}

Result<std::unique_ptr<Register>> Register::openOrCreateDefault(const QString& path, const Clock& clock)
{
    using R = Result<std::unique_ptr<Register>>;
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return R(db.problems());
    if (!db.value()->isNew())
        return open(std::move(db.take()), clock);
    R created(std::unique_ptr<Register>(new Register(db.take(), clock)));
    if (Status s = TemplateService(*created.value()).apply(TemplateService::noshiro()); !s)
        return R(s.problems());
    return created;
}

Result<QString> Register::setting(const QString& key, const QString& fallback) const
{
    return SettingsRepository(*m_db).value(key, fallback);
}

Status Register::setSetting(const QString& key, const QString& value)
{
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status();
    SettingsRepository repo(*m_db);
    Result<QString> before = repo.value(key);
    if (!before)
        return Status(before.problems());
    if (Status s = repo.setValue(key, value); !s)
        return s;
    const QString keyName = QStringLiteral("key");
    const QString valueName = QStringLiteral("value");
    // Settings have no numeric id; the key travels in the event's content.
    if (Status s = m_audit.append(m_ctx.actor, QStringLiteral("setting"), 0, QStringLiteral("update"),
                                  QJsonObject{{keyName, key}, {valueName, before.value()}},
                                  QJsonObject{{keyName, key}, {valueName, value}});
        !s)
        return s;
    return tx.commit();
}

} // namespace daicho
