// People in the database: every field round-trips, lookups by name and unit keys.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "repo/PersonRepository.h"

#include <QTest>

using namespace daicho;
using daicho::test::TestRegister;

class TestPersonRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void defaults();
    void unitMustExist();
    void findByNameAndAll();
    void update();
};

void TestPersonRepository::roundTrip()
{
    TestRegister reg;
    PersonRepository repo(reg->database());
    Person p;
    p.name = QStringLiteral("能代　太郎");
    p.nameKana = QStringLiteral("のしろ　たろう");
    p.title = QStringLiteral("課長");
    p.email = QStringLiteral("taro@city.noshiro.example");
    p.unitId = reg.firstSectionId();
    p.partTime = true;
    p.active = false;
    Result<qint64> id = repo.insert(p);
    QVERIFY2(id, qPrintable(id.errorText()));
    const Person back = *repo.find(id.value()).value();
    QCOMPARE(back.id, id.value());
    QCOMPARE(back.name, p.name);
    QCOMPARE(back.nameKana, p.nameKana);
    QCOMPARE(back.title, p.title);
    QCOMPARE(back.email, p.email);
    QCOMPARE(back.unitId, p.unitId);
    QCOMPARE(back.partTime, true);
    QCOMPARE(back.active, false);
}

void TestPersonRepository::defaults()
{
    TestRegister reg(false);
    PersonRepository repo(reg->database());
    Person p;
    p.name = QStringLiteral("会計年度　任用");
    Result<qint64> id = repo.insert(p);
    QVERIFY(id);
    const Person back = *repo.find(id.value()).value();
    QCOMPARE(back.unitId, 0);
    QCOMPARE(back.nameKana, QString());
    QCOMPARE(back.partTime, false);
    QCOMPARE(back.active, true);
    QVERIFY(!repo.find(id.value() + 1).value());
}

void TestPersonRepository::unitMustExist()
{
    TestRegister reg(false);
    PersonRepository repo(reg->database());
    Person p;
    p.name = QStringLiteral("所属　不明");
    p.unitId = 4242;
    QVERIFY(!repo.insert(p));
    QCOMPARE(repo.count().value(), 0);
}

void TestPersonRepository::findByNameAndAll()
{
    TestRegister reg(false);
    PersonRepository repo(reg->database());
    Person p;
    p.name = QStringLiteral("佐藤　一郎");
    const qint64 first = repo.insert(p).value();
    const qint64 second = repo.insert(p).value(); // namesakes are allowed
    p.name = QStringLiteral("高橋　恵美");
    const qint64 third = repo.insert(p).value();

    const QList<Person> namesakes = repo.findByName(QStringLiteral("佐藤　一郎")).value();
    QCOMPARE(namesakes.size(), 2);
    QCOMPARE(namesakes.at(0).id, first);
    QCOMPARE(namesakes.at(1).id, second);
    QVERIFY(repo.findByName(QStringLiteral("佐藤")).value().isEmpty());
    const QList<Person> all = repo.all().value();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.last().id, third);
    QCOMPARE(repo.count().value(), 3);
}

void TestPersonRepository::update()
{
    TestRegister reg;
    PersonRepository repo(reg->database());
    Person p;
    p.name = QStringLiteral("旧姓　花子");
    p.id = repo.insert(p).value();
    p.name = QStringLiteral("新姓　花子");
    p.unitId = reg.firstSectionId();
    p.title = QStringLiteral("主査");
    QVERIFY(repo.update(p));
    const Person back = *repo.find(p.id).value();
    QCOMPARE(back.name, p.name);
    QCOMPARE(back.unitId, p.unitId);
    QCOMPARE(back.title, p.title);
}

QTEST_GUILESS_MAIN(TestPersonRepository)
#include "tst_personrepository.moc"
