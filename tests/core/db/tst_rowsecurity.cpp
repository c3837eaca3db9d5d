// Row-level security of a shared register (migration 12 on PostgreSQL): someone who opens the
// register with a SQL client of their own, under their own login, sees and changes only what
// 第5条 gives them — a section's 管理者 their section's assets and what hangs off them, a committee
// member everything but read only — while the register's owner (the application) is not limited.
// Runs against the test server only (ctest -L postgres).

#include "CoreTestHelpers.h"
#include "TestBackend.h"
#include "TestRegister.h"
#include "security/Argon2Hasher.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace daicho;
using daicho::test::TestBackend;

namespace {

// The codes a raw connection sees, in order.
QStringList codes(const QSqlDatabase& db, const QString& sql = QStringLiteral("SELECT code FROM assets ORDER BY code"))
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QStringList found;
    while (q.next())
        found << q.value(0).toString();
    return found;
}

int changed(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return -1;
    return q.numRowsAffected();
}

} // namespace

class TestRowSecurity : public QObject {
    Q_OBJECT

    QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QStringList m_roles;

    // A Daicho user with a 第5条 role, and so the PostgreSQL login of the same name.
    QString member(test::TestRegister& reg, const char* name, Role role, qint64 unit)
    {
        const QString login = QLatin1String(name) + QLatin1Char('_') + m_suffix;
        reg.addUserWithRole(login, QStringLiteral("a long passphrase"), role, unit);
        // createUser gave them the server login of the same name (ServerAccounts).
        m_roles << login;
        return login;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestBackend::isPostgres())
            QSKIP("row-level security is the shared register's (set DAICHO_TEST_POSTGRES)");
        PasswordHasher::install(Argon2Hasher::forTests());
    }

    void cleanupTestCase()
    {
        for (const QString& role : std::as_const(m_roles)) {
            TestBackend::onServer(QStringLiteral("DROP OWNED BY %1").arg(role));
            TestBackend::onServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        }
    }

    void aSqlClientSeesOnlyWhatTheRegulationGives()
    {
        test::TestRegister reg;
        const qint64 soumu = reg.unitNamed(QStringLiteral("総務課"));
        const qint64 zeimu = reg.unitNamed(QStringLiteral("税務課"));
        QVERIFY(soumu && zeimu);
        Asset mine = reg.validAsset(QStringLiteral("SOUMU-1"));
        mine.sectionId = soumu;
        Asset theirs = reg.validAsset(QStringLiteral("ZEIMU-1"));
        theirs.sectionId = zeimu;
        const qint64 mineId = reg->assets().create(mine).value();
        const qint64 theirsId = reg->assets().create(theirs).value();
        for (qint64 id : {mineId, theirsId}) {
            Risk r;
            r.assetId = id;
            r.threatKey = QStringLiteral("malware");
            r.threatLevel = 2;
            r.vulnerabilityLevel = 2;
            QVERIFY(reg->risks().create(r));
        }
        // The security office's account comes first (the first user is an administrator).
        const QString office = QStringLiteral("office_") + m_suffix;
        QVERIFY(reg->users().createUser(office, reg.addPerson(QStringLiteral("情報　政策")),
                                        QStringLiteral("a long passphrase"), true));
        QVERIFY(reg->signIn(office, QStringLiteral("a long passphrase")));
        const QString kanri = member(reg, "kanri", Role::SecurityManager, soumu);
        const QString iin = member(reg, "iin", Role::Committee, 0);
        const QString nobody = QStringLiteral("nobody_") + m_suffix;
        TestBackend::onServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(nobody));
        TestBackend::onServer(QStringLiteral("CREATE ROLE %1 LOGIN").arg(nobody));
        TestBackend::onServer(
            QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(TestBackend::schemaOf(reg.path()), nobody));
        TestBackend::onServer(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2")
                                  .arg(TestBackend::schemaOf(reg.path()), nobody));
        m_roles << nobody;

        {
            QSqlDatabase section = TestBackend::connect(reg.path(), QStringLiteral("kanri"), kanri);
            QSqlDatabase committee = TestBackend::connect(reg.path(), QStringLiteral("iin"), iin);
            QSqlDatabase outsider = TestBackend::connect(reg.path(), QStringLiteral("nobody"), nobody);
            QVERIFY2(section.isOpen() && committee.isOpen() && outsider.isOpen(),
                     qPrintable(section.lastError().text()));

            // The section's 管理者: their section's asset and its risk, nothing of the other.
            QCOMPARE(codes(section), QStringList{QStringLiteral("SOUMU-1")});
            QCOMPARE(codes(section, QStringLiteral("SELECT a.code FROM risks r JOIN assets a ON a.id = r.asset_id")),
                     QStringList{QStringLiteral("SOUMU-1")});
            QCOMPARE(codes(section, QStringLiteral("SELECT CAST(COUNT(*) AS TEXT) FROM risks")),
                     QStringList{QStringLiteral("1")});
            QCOMPARE(changed(section, QStringLiteral("UPDATE assets SET notes = 'x' WHERE code = 'ZEIMU-1'")), 0);
            QCOMPARE(changed(section, QStringLiteral("UPDATE assets SET notes = '点検済' WHERE code = 'SOUMU-1'")), 1);
            // Nor can they move their asset into another's section.
            QVERIFY(changed(section,
                            QStringLiteral("UPDATE assets SET section_id = %1 WHERE code = 'SOUMU-1'").arg(zeimu)) !=
                    1);

            // A committee member reads everything and changes nothing.
            QCOMPARE(codes(committee), (QStringList{QStringLiteral("SOUMU-1"), QStringLiteral("ZEIMU-1")}));
            QCOMPARE(changed(committee, QStringLiteral("UPDATE assets SET notes = 'x'")), 0);
            QCOMPARE(changed(committee, QStringLiteral("DELETE FROM risks")), 0);

            // A login that is no Daicho user with a role sees no asset at all.
            QVERIFY(codes(outsider).isEmpty());
            QVERIFY(codes(outsider, QStringLiteral("SELECT CAST(id AS TEXT) FROM risks")).isEmpty());
            section.close();
            committee.close();
            outsider.close();
        }
        for (const char* name : {"kanri", "iin", "nobody"})
            QSqlDatabase::removeDatabase(QLatin1String(name));

        // The owner, as the application connects, is not limited (AccessPolicy decides there).
        QCOMPARE(reg->assets().count().value(), 2);
        QCOMPARE(reg->assets().find(mineId).value()->notes, QStringLiteral("点検済"));
    }
};

QTEST_GUILESS_MAIN(TestRowSecurity)
#include "tst_rowsecurity.moc"
