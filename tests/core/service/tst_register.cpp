// The Register facade: create/open/openOrCreateDefault, settings written with an audit event,
// and the actor named in the audit trail.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "service/Register.h"
#include "service/TemplateService.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;
using daicho::test::auditCount;
using daicho::test::lastAuditEvent;
using daicho::test::TestRegister;

class TestRegisterFacade : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void openOrCreateDefaultCreatesWithTemplate();
    void openOrCreateDefaultOpensExisting();
    void settingsAreAudited();
    void actorIsRecorded();
    void systemUserIsNeverEmpty();
};

void TestRegisterFacade::openOrCreateDefaultCreatesWithTemplate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/register.sqlite"));
    Result<std::unique_ptr<Register>> reg = Register::openOrCreateDefault(path);
    QVERIFY2(reg, qPrintable(reg.errorText()));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(reg.value()->database().isNew());
    QVERIFY(reg.value()->org().count().value() > 0);
    QCOMPARE(reg.value()->setting(QStringLiteral("city_name")).value(), QStringLiteral("能代市"));
}

void TestRegisterFacade::openOrCreateDefaultOpensExisting()
{
    // An existing register (here: one with no organisation yet) is opened as it is; the
    // template is not applied behind the user's back.
    TestRegister reg(false);
    const QString path = reg.path();
    const qint64 events = auditCount(reg.get()); // the seeded threat catalogue only
    reg.close();
    Result<std::unique_ptr<Register>> opened = Register::openOrCreateDefault(path);
    QVERIFY2(opened, qPrintable(opened.errorText()));
    QVERIFY(!opened.value()->database().isNew());
    QCOMPARE(opened.value()->org().count().value(), 0);
    QCOMPARE(auditCount(*opened.value()), events);
}

void TestRegisterFacade::settingsAreAudited()
{
    TestRegister reg(false);
    const qint64 seeded = auditCount(reg.get());
    QCOMPARE(reg->setting(QStringLiteral("city_name"), QStringLiteral("(none)")).value(), QStringLiteral("(none)"));
    QVERIFY(reg->setSetting(QStringLiteral("city_name"), QStringLiteral("能代市")));
    QCOMPARE(auditCount(reg.get()), seeded + 1);
    QVERIFY(reg->setSetting(QStringLiteral("city_name"), QStringLiteral("のしろし")));
    QCOMPARE(auditCount(reg.get()), seeded + 2);
    QCOMPARE(reg->setting(QStringLiteral("city_name")).value(), QStringLiteral("のしろし"));

    const daicho::test::LastEvent e = lastAuditEvent(reg.get());
    QCOMPARE(e.actor, QStringLiteral("tester"));
    QCOMPARE(e.entity, QStringLiteral("setting"));
    QCOMPARE(e.action, QStringLiteral("update"));
    QVERIFY2(e.beforeJson.contains(QStringLiteral("能代市")), qPrintable(e.beforeJson));
    QVERIFY2(e.afterJson.contains(QStringLiteral("のしろし")), qPrintable(e.afterJson));

    // Clearing a setting is a change like any other.
    QVERIFY(reg->setSetting(QStringLiteral("city_name"), QString()));
    QCOMPARE(reg->setting(QStringLiteral("city_name"), QStringLiteral("(none)")).value(), QString());
    QCOMPARE(auditCount(reg.get()), seeded + 3);
}

void TestRegisterFacade::actorIsRecorded()
{
    TestRegister reg(false);
    QCOMPARE(reg->actor(), QStringLiteral("tester"));
    reg->setActor(QStringLiteral("somu-kacho"));
    QVERIFY(reg->setSetting(QStringLiteral("k"), QStringLiteral("v")));
    QCOMPARE(lastAuditEvent(reg.get()).actor, QStringLiteral("somu-kacho"));
}

void TestRegisterFacade::systemUserIsNeverEmpty()
{
    QVERIFY(!Register::systemUser().isEmpty());
    QTemporaryDir dir;
    Result<std::unique_ptr<Register>> reg = Register::create(dir.filePath(QStringLiteral("r.sqlite")));
    QVERIFY(reg);
    QCOMPARE(reg.value()->actor(), Register::systemUser());
}

QTEST_GUILESS_MAIN(TestRegisterFacade)
#include "tst_register.moc"
