// The server logins of a shared register's users (migration 13, ServerAccounts): made with the
// users, their passwords checked by the server, closed when a user is disabled; a user connecting
// with their own login is signed in by it and is held by the server to 第5条 — no password hashes,
// no role changes, no audit events in another's name or about what they may not see.
// Runs against the test server only (ctest -L postgres).

#include "CoreTestHelpers.h"
#include "TestBackend.h"
#include "TestRegister.h"
#include "audit/AuditVerifier.h"
#include "db/Dialect.h"
#include "db/Migrations.h"
#include "security/Argon2Hasher.h"
#include "service/Register.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace daicho;
using daicho::test::TestBackend;

namespace {

const QString kPassword = QStringLiteral("a long passphrase");

// The first value of a raw query, or an invalid QVariant when the server refused it.
QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

bool runs(const QSqlDatabase& db, const QString& sql, int* rows = nullptr)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (rows)
        *rows = q.numRowsAffected();
    return ok;
}

// Whether the server lets `login` in with `password` (its check, not Daicho's: the test cluster
// asks members of daicho_password_checked for a SCRAM password).
bool serverAccepts(const QString& location, const QString& login, const QString& password)
{
    const QString name = QStringLiteral("password-check");
    bool open = false;
    {
        QSqlDatabase db = TestBackend::connect(location, name, login, password);
        open = db.isOpen();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return open;
}

} // namespace

class TestServerAccounts : public QObject {
    Q_OBJECT

    QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QStringList m_logins;

    QString login(const char* name)
    {
        const QString l = QLatin1String(name) + QLatin1Char('_') + m_suffix;
        m_logins << l;
        return l;
    }

    QString user(test::TestRegister& reg, const char* name, bool admin, Role role = Role::SecurityManager,
                 qint64 unit = 0)
    {
        const QString l = login(name);
        if (!admin) {
            reg.addUserWithRole(l, kPassword, role, unit);
        } else if (Result<qint64> id = reg->users().createUser(l, reg.addPerson(l), kPassword, true); !id) {
            qFatal("cannot add the user %s: %s", qPrintable(l), qPrintable(id.errorText()));
        }
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestBackend::isPostgres())
            QSKIP("server logins are the shared register's (set DAICHO_TEST_POSTGRES)");
        PasswordHasher::install(Argon2Hasher::forTests());
    }

    void cleanupTestCase()
    {
        for (const QString& l : std::as_const(m_logins))
            TestBackend::onServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(l));
    }

    void aUserGetsALoginTheServerChecks()
    {
        test::TestRegister reg;
        const QString office = user(reg, "office", true);
        TestBackend::onServer(QStringLiteral("GRANT daicho_password_checked TO %1").arg(office));
        QVERIFY(serverAccepts(reg.path(), office, kPassword));
        QVERIFY(!serverAccepts(reg.path(), office, QStringLiteral("not the passphrase")));

        // The password is the server's to check from now on; Daicho's changes reach it.
        QVERIFY(reg->signIn(office, kPassword));
        const QString renewed = QStringLiteral("another long passphrase");
        QVERIFY(reg->users().setPassword(office, renewed));
        QVERIFY(serverAccepts(reg.path(), office, renewed));
        QVERIFY(!serverAccepts(reg.path(), office, kPassword));
        QVERIFY(reg->signIn(office, renewed)); // the register's own hash went along

        // A second register on the server admits the same login without touching its password.
        test::TestRegister other;
        QVERIFY(other->users().createUser(office, other.addPerson(QStringLiteral("事務局")), kPassword, true));
        QVERIFY(serverAccepts(other.path(), office, renewed));
    }

    void theConnectionsLoginSignsIn()
    {
        test::TestRegister reg;
        const QString office = user(reg, "chief", true);
        std::unique_ptr<Register> as = Register::open(TestBackend::asLogin(reg.path(), office)).take();
        QVERIFY(as);
        QCOMPARE(as->serverUser().value(), office);
        Status signedIn = as->signInAsServerUser();
        QVERIFY2(signedIn, qPrintable(signedIn.errorText()));
        QVERIFY(as->signedInByServer());
        QCOMPARE(as->signedInUser()->login, office);
        QVERIFY(as->signedInUser()->isAdmin);

        // The owner's connection is nobody's: its users sign in with their passwords.
        QCOMPARE(reg->serverUser().value(), QString());
        QVERIFY(!reg->signInAsServerUser());

        // A disabled user's login can no longer connect.
        QVERIFY(reg->signIn(office, kPassword));
        const QString clerk = user(reg, "clerk", false, Role::SecurityManager, reg.unitNamed(QStringLiteral("総務課")));
        QVERIFY(reg->users().setEnabled(clerk, false));
        QCOMPARE(scalar(TestBackend::connect(reg.path(), QStringLiteral("adm"), {}),
                        QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(clerk))
                     .toBool(),
                 false);
        QSqlDatabase::removeDatabase(QStringLiteral("adm"));
        QVERIFY(!Register::open(TestBackend::asLogin(reg.path(), clerk)));
        QVERIFY(reg->users().setEnabled(clerk, true));
        QVERIFY(Register::open(TestBackend::asLogin(reg.path(), clerk)));
    }

    void aSectionsLoginIsHeldToItsScope()
    {
        test::TestRegister reg;
        const qint64 soumu = reg.unitNamed(QStringLiteral("総務課"));
        const qint64 zeimu = reg.unitNamed(QStringLiteral("税務課"));
        Asset mine = reg.validAsset(QStringLiteral("SOUMU-1"));
        mine.sectionId = soumu;
        Asset theirs = reg.validAsset(QStringLiteral("ZEIMU-1"));
        theirs.sectionId = zeimu;
        const qint64 mineId = reg->assets().create(mine).value();
        const qint64 theirsId = reg->assets().create(theirs).value();
        const QString office = user(reg, "soumu_office", true);
        QVERIFY(reg->signIn(office, kPassword));
        const QString kanri = user(reg, "kanri", false, Role::SecurityManager, soumu);
        const QString iin = user(reg, "iin", false, Role::Committee, 0);

        // Through Daicho, signed in by the login: their asset changes, audited in their name.
        {
            std::unique_ptr<Register> as = Register::open(TestBackend::asLogin(reg.path(), kanri)).take();
            QVERIFY(as && as->signInAsServerUser());
            Asset changed = as->assets().find(mineId).value().value();
            changed.notes = QStringLiteral("点検済");
            QVERIFY2(as->assets().update(changed), "a section's 管理者 updates their asset");
            // Checking the chain needs all of it, which this login does not see.
            Result<AuditReport> verified = AuditVerifier(as->database()).verify();
            QVERIFY(!verified);
            QVERIFY2(verified.errorText().contains(QStringLiteral("CISO")), qPrintable(verified.errorText()));
        }
        {
            // The committee reads the whole trail, and it holds together.
            std::unique_ptr<Register> as = Register::open(TestBackend::asLogin(reg.path(), iin)).take();
            QVERIFY(as && as->signInAsServerUser());
            Result<AuditReport> verified = AuditVerifier(as->database()).verify();
            QVERIFY2(verified && verified.value().clean(), qPrintable(verified ? QString() : verified.errorText()));
        }

        // With a SQL client of their own.
        {
            QSqlDatabase sql = TestBackend::connect(reg.path(), QStringLiteral("kanri"), kanri);
            QVERIFY2(sql.isOpen(), qPrintable(sql.lastError().text()));
            QVERIFY(runs(sql, QStringLiteral("SELECT login, is_admin FROM users")));
            QVERIFY(!runs(sql, QStringLiteral("SELECT password_hash FROM users")));
            int rows = -1;
            QVERIFY(runs(sql, QStringLiteral("UPDATE users SET is_admin = 1 WHERE login = '%1'").arg(kanri), &rows));
            QCOMPARE(rows, 0);
            QVERIFY(runs(sql, QStringLiteral("UPDATE role_assignments SET role = 'ciso'"), &rows));
            QCOMPARE(rows, 0);
            QVERIFY(runs(sql, QStringLiteral("UPDATE org_units SET name = 'x'"), &rows));
            QCOMPARE(rows, 0);
            // The trail: appended to in one's own name only, never rewritten.
            QVERIFY(!runs(sql, QStringLiteral("INSERT INTO audit_events (at, actor, entity, entity_id, action,"
                                              " prev_hash, hash) VALUES ('2026-11-27', '%1', 'asset', %2, 'update',"
                                              " 'x', 'y')")
                                   .arg(office)
                                   .arg(mineId)));
            QVERIFY(!runs(sql, QStringLiteral("UPDATE audit_events SET actor = 'x'")));
            QVERIFY(!runs(sql, QStringLiteral("DELETE FROM audit_events")));
            // Only the history of what they may see.
            QVERIFY(scalar(sql, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE entity = 'asset'"
                                               " AND entity_id = %1")
                                    .arg(mineId))
                        .toInt() >= 2);
            QCOMPARE(scalar(sql, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE entity = 'asset'"
                                                " AND entity_id = %1")
                                     .arg(theirsId))
                         .toInt(),
                     0);
            QCOMPARE(scalar(sql, QStringLiteral("SELECT COUNT(*) FROM assets")).toInt(), 1);
            // Nor can they give themselves or another a login.
            QVERIFY(!runs(sql, QStringLiteral("SELECT daicho_admit('%1', NULL)").arg(kanri)));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("kanri"));
        QCOMPARE(reg->assets().find(mineId).value()->notes, QStringLiteral("点検済"));
        QVERIFY(AuditVerifier(reg->database()).verify().value().clean());
    }

    void onlyTheOwnerUpdatesAnOlderRegister()
    {
        test::TestRegister reg;
        const QString office = user(reg, "updater", true);
        // As if the register had been made by the version before the last migration.
        const QString schema = TestBackend::schemaOf(reg.path());
        const int latest = Migrations::latestVersion();
        TestBackend::onServer(
            QStringLiteral("DELETE FROM %1.schema_migrations WHERE version = %2").arg(schema).arg(latest));

        Result<std::unique_ptr<Register>> asUser = Register::open(TestBackend::asLogin(reg.path(), office));
        QVERIFY(!asUser);
        QVERIFY2(asUser.errorText().contains(QStringLiteral("OWNER@HOST")), qPrintable(asUser.errorText()));
        const auto versionOnServer = [&reg] {
            return scalar(TestBackend::connect(reg.path(), QStringLiteral("version")),
                          QStringLiteral("SELECT MAX(version) FROM schema_migrations"))
                .toInt();
        };
        QCOMPARE(versionOnServer(), latest - 1);
        QSqlDatabase::removeDatabase(QStringLiteral("version"));

        // The owner's connection may change the schema (every other suite on the server migrates
        // that way); the user's own login may not. Once updated, the login opens it.
        const QString may = Dialect::postgresql().mayChangeSchemaQuery();
        QCOMPARE(scalar(TestBackend::connect(reg.path(), QStringLiteral("owner")), may).toBool(), true);
        QCOMPARE(scalar(TestBackend::connect(reg.path(), QStringLiteral("login"), office), may).toBool(), false);
        for (const char* name : {"owner", "login"})
            QSqlDatabase::removeDatabase(QLatin1String(name));
        TestBackend::onServer(QStringLiteral("INSERT INTO %1.schema_migrations (version, description, applied_at)"
                                             " VALUES (%2, 'restored', '2026-11-27T00:00:00Z')")
                                  .arg(schema)
                                  .arg(latest));
        QVERIFY(Register::open(TestBackend::asLogin(reg.path(), office)));
    }

    void anOwnerThatMayNotCreateRolesIsTold()
    {
        const QString owner = login("plainowner");
        const QString schema = QStringLiteral("plain_") + m_suffix;
        TestBackend::onServer(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
        TestBackend::onServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(owner));
        TestBackend::onServer(QStringLiteral("CREATE ROLE %1 LOGIN").arg(owner));
        TestBackend::onServer(QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2").arg(schema, owner));
        QUrl url(qEnvironmentVariable("DAICHO_TEST_POSTGRES"));
        url.setUserName(owner);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("options"), QStringLiteral("-csearch_path=") + schema);
        url.setQuery(query);
        {
            Result<std::unique_ptr<Register>> reg = Register::create(url.toString());
            QVERIFY2(reg, qPrintable(reg ? QString() : reg.errorText()));
            Person office;
            office.name = QStringLiteral("情報政策課");
            Result<qint64> admin =
                reg.value()->users().createUser(QStringLiteral("admin_") + m_suffix,
                                                reg.value()->people().createPerson(office).value(), kPassword, true);
            QVERIFY(!admin);
            QVERIFY2(admin.errorText().contains(QStringLiteral("CREATEROLE")), qPrintable(admin.errorText()));
            // Nothing of the user was kept.
            QCOMPARE(reg.value()->users().count().value(), 0);
        }
        TestBackend::onServer(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
    }
};

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_serveraccounts.moc"
