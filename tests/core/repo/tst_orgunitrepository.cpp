// The organisation tree in the database: round trip, sibling-name uniqueness and the
// body-has-no-parent rule that the schema enforces on its own.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "repo/OrgUnitRepository.h"

#include <QTest>

using namespace daicho;
using daicho::test::TestRegister;

namespace {
OrgUnit unit(UnitKind kind, const QString& name, qint64 parentId = 0, int sortOrder = 0)
{
    OrgUnit u;
    u.kind = kind;
    u.name = name;
    u.parentId = parentId;
    u.sortOrder = sortOrder;
    return u;
}
} // namespace

class TestOrgUnitRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip();
    void siblingNamesAreUnique();
    void bodyNamesAreUnique();
    void sameNameUnderDifferentParents();
    void bodyHasNoParentOthersDo_data();
    void bodyHasNoParentOthersDo();
    void parentMustExist();
    void findChild();
    void allInDisplayOrder();
    void update();

private:
    std::unique_ptr<TestRegister> m_reg;
    std::unique_ptr<OrgUnitRepository> m_repo;
    qint64 m_body = 0;
    qint64 m_department = 0;
};

void TestOrgUnitRepository::init()
{
    m_reg = std::make_unique<TestRegister>(false);
    m_repo = std::make_unique<OrgUnitRepository>(m_reg->get().database());
    m_body = m_repo->insert(unit(UnitKind::Body, QStringLiteral("市長（市長部局）"), 0, 1)).value();
    m_department = m_repo->insert(unit(UnitKind::Department, QStringLiteral("総務部"), m_body, 2)).value();
    QVERIFY(m_body > 0 && m_department > 0);
}

void TestOrgUnitRepository::cleanup()
{
    m_repo.reset();
    m_reg.reset();
}

void TestOrgUnitRepository::roundTrip()
{
    OrgUnit u = unit(UnitKind::Section, QStringLiteral("デジタル推進課"), m_department, 42);
    u.nameEn = QStringLiteral("Digital Promotion Division");
    u.active = false;
    Result<qint64> id = m_repo->insert(u);
    QVERIFY2(id, qPrintable(id.errorText()));
    const std::optional<OrgUnit> back = m_repo->find(id.value()).value();
    QVERIFY(back);
    QCOMPARE(back->id, id.value());
    QCOMPARE(back->parentId, m_department);
    QCOMPARE(back->kind, UnitKind::Section);
    QCOMPARE(back->name, u.name);
    QCOMPARE(back->nameEn, u.nameEn);
    QCOMPARE(back->sortOrder, 42);
    QCOMPARE(back->active, false);

    const std::optional<OrgUnit> body = m_repo->find(m_body).value();
    QVERIFY(body);
    QCOMPARE(body->parentId, 0);
    QCOMPARE(body->nameEn, QString());
    QCOMPARE(body->active, true);
    QVERIFY(!m_repo->find(99999).value());
}

void TestOrgUnitRepository::siblingNamesAreUnique()
{
    QVERIFY(m_repo->insert(unit(UnitKind::Section, QStringLiteral("総務課"), m_department)));
    Result<qint64> again = m_repo->insert(unit(UnitKind::Section, QStringLiteral("総務課"), m_department));
    QVERIFY(!again);
    QVERIFY2(again.errorText().contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive), qPrintable(again.errorText()));
    QCOMPARE(m_repo->count().value(), 3);
}

void TestOrgUnitRepository::bodyNamesAreUnique()
{
    // Bodies have no parent (NULL); the index still treats them as siblings of one another.
    QVERIFY(!m_repo->insert(unit(UnitKind::Body, QStringLiteral("市長（市長部局）"))));
    QVERIFY(m_repo->insert(unit(UnitKind::Body, QStringLiteral("教育委員会"))));
}

void TestOrgUnitRepository::sameNameUnderDifferentParents()
{
    const qint64 other = m_repo->insert(unit(UnitKind::Department, QStringLiteral("企画部"), m_body)).value();
    QVERIFY(m_repo->insert(unit(UnitKind::Section, QStringLiteral("総務企画課"), m_department)));
    QVERIFY(m_repo->insert(unit(UnitKind::Section, QStringLiteral("総務企画課"), other)));
    // A section may share its name with its own department's sibling too.
    QVERIFY(m_repo->insert(unit(UnitKind::Section, QStringLiteral("総務部"), m_department)));
}

void TestOrgUnitRepository::bodyHasNoParentOthersDo_data()
{
    QTest::addColumn<UnitKind>("kind");
    QTest::addColumn<bool>("withParent");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("body without parent") << UnitKind::Body << false << true;
    QTest::newRow("body with parent") << UnitKind::Body << true << false;
    QTest::newRow("department without parent") << UnitKind::Department << false << false;
    QTest::newRow("section without parent") << UnitKind::Section << false << false;
    QTest::newRow("section with parent") << UnitKind::Section << true << true;
}

void TestOrgUnitRepository::bodyHasNoParentOthersDo()
{
    QFETCH(UnitKind, kind);
    QFETCH(bool, withParent);
    QFETCH(bool, accepted);
    const qint64 before = m_repo->count().value();
    Result<qint64> id = m_repo->insert(unit(kind, QStringLiteral("新しい組織"), withParent ? m_body : 0));
    QCOMPARE(bool(id), accepted);
    QCOMPARE(m_repo->count().value(), before + (accepted ? 1 : 0));
}

void TestOrgUnitRepository::parentMustExist()
{
    Result<qint64> id = m_repo->insert(unit(UnitKind::Section, QStringLiteral("幽霊課"), 99999));
    QVERIFY(!id);
    QVERIFY2(id.errorText().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(id.errorText()));
}

void TestOrgUnitRepository::findChild()
{
    const qint64 section = m_repo->insert(unit(UnitKind::Section, QStringLiteral("人事課"), m_department)).value();
    QCOMPARE(m_repo->findChild(0, QStringLiteral("市長（市長部局）")).value()->id, m_body);
    QCOMPARE(m_repo->findChild(m_body, QStringLiteral("総務部")).value()->id, m_department);
    QCOMPARE(m_repo->findChild(m_department, QStringLiteral("人事課")).value()->id, section);
    QVERIFY(!m_repo->findChild(m_body, QStringLiteral("人事課")).value());
    QVERIFY(!m_repo->findChild(0, QStringLiteral("総務部")).value());
}

void TestOrgUnitRepository::allInDisplayOrder()
{
    const qint64 late = m_repo->insert(unit(UnitKind::Section, QStringLiteral("会計課"), m_department, 9)).value();
    const qint64 early = m_repo->insert(unit(UnitKind::Section, QStringLiteral("財政課"), m_department, 3)).value();
    QList<qint64> ids;
    for (const OrgUnit& u : m_repo->all().value())
        ids << u.id;
    QCOMPARE(ids, (QList<qint64>{m_body, m_department, early, late}));
    QCOMPARE(m_repo->count().value(), 4);
}

void TestOrgUnitRepository::update()
{
    OrgUnit dept = *m_repo->find(m_department).value();
    dept.name = QStringLiteral("総務部（改称）");
    dept.nameEn = QStringLiteral("General Affairs");
    dept.active = false;
    QVERIFY(m_repo->update(dept));
    const OrgUnit back = *m_repo->find(m_department).value();
    QCOMPARE(back.name, dept.name);
    QCOMPARE(back.nameEn, dept.nameEn);
    QCOMPARE(back.active, false);
}

QTEST_GUILESS_MAIN(TestOrgUnitRepository)
#include "tst_orgunitrepository.moc"
