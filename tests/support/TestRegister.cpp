#include "TestRegister.h"

#include "TestBackend.h"
#include "audit/AuditVerifier.h"
#include "service/TemplateService.h"
#include "sqlite/SqliteStatement.h"

#include <QTest>

namespace daicho::test {

namespace {
// Suites run on the native SQLite statements, as the application does; CTest runs some of them
// again with DAICHO_SQLITE_NATIVE=0 to cover the QtSql path that other back ends take.
const bool g_nativeInstalled = [] {
    SqliteStatement::install();
    return true;
}();
} // namespace

TestRegister::TestRegister(bool withTemplate)
    : m_path(TestBackend::newLocation(m_dir.path()))
    , m_clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC))
{
    Result<std::unique_ptr<Register>> created = Register::create(m_path, m_clock);
    if (!created)
        qFatal("cannot create a test register: %s", qPrintable(created.errorText()));
    m_register = created.take();
    m_register->setActor(QStringLiteral("tester"));
    if (withTemplate) {
        Status applied = TemplateService(*m_register).apply(TemplateService::noshiro());
        if (!applied)
            qFatal("cannot apply the template: %s", qPrintable(applied.errorText()));
    }
}

TestRegister::~TestRegister()
{
    m_register.reset();
    TestBackend::drop(m_path);
}

void TestRegister::reopen()
{
    m_register.reset();
    Result<std::unique_ptr<Register>> opened = Register::open(m_path, m_clock);
    if (!opened)
        qFatal("cannot reopen the test register: %s", qPrintable(opened.errorText()));
    m_register = opened.take();
    m_register->setActor(QStringLiteral("tester"));
}

qint64 TestRegister::firstSectionId()
{
    const Result<QList<OrgUnit>> units = m_register->org().units();
    for (const OrgUnit& u : units.value())
        if (u.kind == UnitKind::Section)
            return u.id;
    return 0;
}

qint64 TestRegister::unitNamed(const QString& name)
{
    for (const OrgUnit& u : m_register->org().units().value())
        if (u.name == name)
            return u.id;
    return 0;
}

QString TestRegister::auditFinding()
{
    Result<AuditReport> report = AuditVerifier(m_register->database()).verify();
    if (!report)
        return report.errorText();
    return report.value().clean() ? QString() : report.value().findings.value(0).message;
}

qint64 TestRegister::addPerson(const QString& name, qint64 unitId)
{
    Person p;
    p.name = name;
    p.unitId = unitId;
    Result<qint64> id = m_register->people().createPerson(p);
    if (!id)
        qFatal("cannot add a person: %s", qPrintable(id.errorText()));
    return id.value();
}

void TestRegister::addUserWithRole(const QString& login, const QString& password, Role role, qint64 unit)
{
    const qint64 person = addPerson(login, unit);
    if (Result<qint64> user = m_register->users().createUser(login, person, password, false); !user)
        qFatal("cannot add the user %s: %s", qPrintable(login), qPrintable(user.errorText()));
    RoleAssignment a;
    a.personId = person;
    a.role = role;
    a.unitId = unit;
    a.validFrom = QDate(2026, 4, 1);
    if (Result<qint64> s = m_register->people().assignRole(a); !s)
        qFatal("cannot assign the role of %s: %s", qPrintable(login), qPrintable(s.errorText()));
}

Asset TestRegister::validAsset(const QString& code)
{
    Asset a;
    a.code = code;
    a.name = QStringLiteral("住民基本台帳システム サーバ");
    a.category = AssetCategory::Infrastructure;
    a.subtype = QStringLiteral("サーバ");
    a.sectionId = firstSectionId();
    a.managerId = addPerson(QStringLiteral("能代　太郎"), a.sectionId);
    a.segment = NetworkSegment::MyNumber;
    a.confidentiality = QStringLiteral("3");
    a.integrity = QStringLiteral("2");
    a.availability = QStringLiteral("2");
    return a;
}

} // namespace daicho::test
