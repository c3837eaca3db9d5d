// Generator: a synthetic city that is the same for the same seed, has the requested number of
// assets, all of them valid, and a 情報セキュリティ管理者 for every section.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "domain/AssetValidator.h"
#include "domain/ClassificationScheme.h"
#include "repo/AssetRepository.h"
#include "repo/HoldingRepository.h"
#include "service/Generator.h"
#include "service/RegisterLookup.h"

#include <QRegularExpression>
#include <QTest>

using namespace daicho;
using daicho::test::auditCount;
using daicho::test::TestRegister;

namespace {

QList<Asset> allAssets(Register& reg)
{
    Result<QList<Asset>> page = reg.assets().page(0, 1000000);
    return page ? page.value() : QList<Asset>();
}

// What two generated registers must agree on, asset by asset.
QStringList fingerprint(Register& reg)
{
    QStringList lines;
    for (const Asset& a : allAssets(reg))
        lines << QStringList{a.code,
                             a.name,
                             enumKey(*a.category),
                             a.subtype,
                             QString::number(a.sectionId),
                             enumKey(*a.segment),
                             ClassificationScheme::ratingLabel(a.confidentiality, a.integrity, a.availability),
                             enumKey(a.provision),
                             a.provider,
                             enumKey(a.status)}
                     .join(QLatin1Char('|'));
    for (const Person& p : reg.people().people().value())
        lines << p.name + QLatin1Char('|') + p.title + QLatin1Char('|') + QString::number(p.unitId);
    return lines;
}

QList<OrgUnit> sections(Register& reg)
{
    QList<OrgUnit> list;
    for (const OrgUnit& u : reg.org().units().value())
        if (u.kind == UnitKind::Section)
            list << u;
    return list;
}

} // namespace

class TestGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameRegister();
    void differentSeedDifferentRegister();
    void producesTheRequestedCount_data();
    void producesTheRequestedCount();
    void refusesNegativeCount();
    void everyGeneratedAssetIsValid();
    void everySectionHasAManager();
    void namesHaveNoPlaceholders();
    void generatingAgainAddsWithoutDuplicatingPeople();
    void needsSections();
    void risksAndHoldingsArePlausible();
};

void TestGenerator::sameSeedSameRegister()
{
    TestRegister a;
    TestRegister b;
    QCOMPARE(Generator(a.get(), 20261127).generate(120).value(), 120);
    QCOMPARE(Generator(b.get(), 20261127).generate(120).value(), 120);
    const QStringList fa = fingerprint(a.get());
    const QStringList fb = fingerprint(b.get());
    QCOMPARE(fa.size(), fb.size());
    QCOMPARE(fa, fb);
}

void TestGenerator::differentSeedDifferentRegister()
{
    TestRegister a;
    TestRegister b;
    QVERIFY(Generator(a.get(), 1).generate(40));
    QVERIFY(Generator(b.get(), 2).generate(40));
    QVERIFY(fingerprint(a.get()) != fingerprint(b.get()));
    // The codes are a running number either way.
    QCOMPARE(allAssets(a.get()).first().code, allAssets(b.get()).first().code);
}

void TestGenerator::producesTheRequestedCount_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("several") << 37;
    QTest::newRow("more than one batch") << 5003;
}

void TestGenerator::producesTheRequestedCount()
{
    QFETCH(int, count);
    TestRegister reg;
    Result<qint64> made = Generator(reg.get(), 7).generate(count);
    QVERIFY2(made, qPrintable(made.errorText()));
    QCOMPARE(made.value(), qint64(count));
    QCOMPARE(reg->assets().count().value(), qint64(count));
    if (count > 0) {
        QCOMPARE(allAssets(reg.get()).first().code, QStringLiteral("A-0000001"));
        QCOMPARE(allAssets(reg.get()).last().code, QStringLiteral("A-%1").arg(count, 7, 10, QLatin1Char('0')));
    }
}

void TestGenerator::refusesNegativeCount()
{
    TestRegister reg;
    const qint64 people = reg->people().count().value();
    const qint64 events = auditCount(reg.get());
    QVERIFY(!Generator(reg.get()).generate(-1));
    QCOMPARE(reg->people().count().value(), people);
    QCOMPARE(auditCount(reg.get()), events);
}

void TestGenerator::everyGeneratedAssetIsValid()
{
    TestRegister reg;
    QVERIFY(Generator(reg.get(), 99).generate(300));
    RegisterLookup lookup(reg->database());
    const AssetValidator validator(lookup, reg.clock().nowUtc().date());
    QSet<QString> categories;
    for (const Asset& a : allAssets(reg.get())) {
        const Problems problems = validator.validate(a);
        QVERIFY2(problems.isEmpty(), qPrintable(a.code + QLatin1Char(' ') + joinProblems(problems)));
        categories.insert(enumKey(*a.category));
        // マイナンバー利用事務系 assets are rated 機密性3.
        if (a.segment == NetworkSegment::MyNumber)
            QCOMPARE(a.confidentiality, QStringLiteral("3"));
    }
    QCOMPARE(categories.size(), 3);
    // Each creation was audited, like any other write.
    QCOMPARE(daicho::test::scalar(reg->database().connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE entity = 'asset'"))
                 .toInt(),
             300);
}

void TestGenerator::everySectionHasAManager()
{
    TestRegister reg;
    QVERIFY(Generator(reg.get(), 5).generate(200));
    QHash<qint64, qint64> managerOf;
    for (const OrgUnit& s : sections(reg.get())) {
        const QList<RoleAssignment> holders = reg->people().currentHolders(Role::SecurityManager, s.id).value();
        QVERIFY2(holders.size() == 1, qPrintable(s.name));
        managerOf.insert(s.id, holders.first().personId);
    }
    // The accountable manager of each asset is its own section's 管理者 (DESIGN.md §2).
    for (const Asset& a : allAssets(reg.get()))
        QCOMPARE(a.managerId, managerOf.value(a.sectionId));

    // Every department (and body holding sections directly) has its 情報セキュリティ責任者.
    QSet<qint64> officerUnits;
    for (const RoleAssignment& r : reg->people().currentHolders(Role::SecurityOfficer).value())
        officerUnits.insert(r.unitId);
    for (const OrgUnit& s : sections(reg.get()))
        QVERIFY2(officerUnits.contains(s.parentId), qPrintable(s.name));
}

void TestGenerator::namesHaveNoPlaceholders()
{
    TestRegister reg;
    QVERIFY(Generator(reg.get(), 3).generate(400));
    const QRegularExpression endsWithNumber(QStringLiteral(" \\d+$"));
    int usbSticks = 0;
    for (const Asset& a : allAssets(reg.get())) {
        QVERIFY2(!a.name.contains(QLatin1Char('%')), qPrintable(a.name));
        QVERIFY2(!a.name.trimmed().isEmpty(), qPrintable(a.code));
        if (a.name.startsWith(QStringLiteral("USBメモリ"))) {
            ++usbSticks;
            // "USBメモリ 12": a running number, not the name of a system.
            QVERIFY2(endsWithNumber.match(a.name).hasMatch(), qPrintable(a.name));
        }
    }
    QVERIFY(usbSticks > 0);
}

void TestGenerator::generatingAgainAddsWithoutDuplicatingPeople()
{
    TestRegister reg;
    QVERIFY(Generator(reg.get(), 11).generate(20));
    const qint64 people = reg->people().count().value();
    const int managers = reg->people().currentHolders(Role::SecurityManager).value().size();
    QVERIFY(Generator(reg.get(), 12).generate(15));
    QCOMPARE(reg->assets().count().value(), 35);
    QCOMPARE(reg->people().count().value(), people);
    QCOMPARE(reg->people().currentHolders(Role::SecurityManager).value().size(), managers);
    QCOMPARE(allAssets(reg.get()).last().code, QStringLiteral("A-0000035"));
}

void TestGenerator::needsSections()
{
    TestRegister reg(false);
    const qint64 seeded = auditCount(reg.get());
    Result<qint64> made = Generator(reg.get()).generate(10);
    QVERIFY(!made);
    QVERIFY(!made.errorText().isEmpty());
    QCOMPARE(reg->assets().count().value(), 0);
    QCOMPARE(reg->people().count().value(), 0);
    QCOMPARE(auditCount(reg.get()), seeded);
}

void TestGenerator::risksAndHoldingsArePlausible()
{
    TestRegister reg;
    QVERIFY(Generator(reg.get(), 12).generate(300));
    qint64 rated = 0;
    qint64 risks = 0;
    AssetRepository assets(reg->database());
    QVERIFY(assets.forEach([&](const Asset& a) {
        const qsizetype n = reg->risks().forAsset(a.id).value().size();
        if (a.isClassified() && a.status == AssetStatus::Active) {
            ++rated;
            if (n < 2 || n > 4)
                qFatal("asset %s has %d risks", qPrintable(a.code), int(n));
        } else if (n != 0) {
            qFatal("unrated or disposed asset %s has risks", qPrintable(a.code));
        }
        risks += n;
        // Only systems, devices, media and documents hold; never information.
        if (a.category == AssetCategory::Information && !reg->holdings().heldBy(a.id).value().isEmpty())
            qFatal("information %s holds something", qPrintable(a.code));
        return true;
    }));
    QVERIFY(rated > 250);
    QVERIFY2(risks > rated * 5 / 2 && risks < rated * 7 / 2, qPrintable(QString::number(risks)));
    QVERIFY(!HoldingRepository(reg->database()).all().value().isEmpty());
    QVERIFY2(reg.auditFinding().isEmpty(), qPrintable(reg.auditFinding()));

    // The same seed gives the same risks; without risks, the same assets.
    TestRegister again;
    QVERIFY(Generator(again.get(), 12).generate(300));
    QCOMPARE(again->risks().count().value(), risks);
    TestRegister bare;
    Generator assetsOnly(bare.get(), 12);
    assetsOnly.setWithRisks(false);
    QVERIFY(assetsOnly.generate(300));
    QCOMPARE(bare->risks().count().value(), 0);
    QCOMPARE(AssetRepository(bare->database()).find(150).value()->name, assets.find(150).value()->name);
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
