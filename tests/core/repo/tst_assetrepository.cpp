// Assets through the database and back: every field, the optional ones in each state, and
// the constraints the schema itself enforces (foreign keys, NOT NULL, unique codes).

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "domain/ClassificationScheme.h"
#include "repo/AssetRepository.h"
#include "service/Generator.h"

#include <QJsonArray>
#include <QTest>

using namespace daicho;
using daicho::test::TestRegister;

namespace {

QString describe(const std::optional<bool>& b)
{
    return b ? (*b ? QStringLiteral("true") : QStringLiteral("false")) : QStringLiteral("unset");
}

// Field-by-field comparison, so that a failure names the field that did not survive.
void compareAssets(const Asset& actual, const Asset& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.code, expected.code);
    QCOMPARE(actual.name, expected.name);
    QVERIFY(actual.category.has_value() && actual.category == expected.category);
    QCOMPARE(actual.subtype, expected.subtype);
    QCOMPARE(actual.sectionId, expected.sectionId);
    QCOMPARE(actual.managerId, expected.managerId);
    QCOMPARE(actual.custodianId, expected.custodianId);
    QCOMPARE(actual.systemAdminId, expected.systemAdminId);
    QVERIFY(actual.segment.has_value() && actual.segment == expected.segment);
    QCOMPARE(actual.scheme, expected.scheme);
    QCOMPARE(actual.confidentiality, expected.confidentiality);
    QCOMPARE(actual.integrity, expected.integrity);
    QCOMPARE(actual.availability, expected.availability);
    QCOMPARE(actual.restrictions, expected.restrictions);
    QCOMPARE(actual.restrictionNote, expected.restrictionNote);
    QCOMPARE(actual.personalData, expected.personalData);
    QCOMPARE(actual.provision, expected.provision);
    QCOMPARE(actual.provider, expected.provider);
    QCOMPARE(actual.serviceName, expected.serviceName);
    QCOMPARE(describe(actual.contractHasSecurity), describe(expected.contractHasSecurity));
    QCOMPARE(actual.providerCheckedOn, expected.providerCheckedOn);
    QCOMPARE(actual.dataLocation, expected.dataLocation);
    QCOMPARE(describe(actual.ismapRegistered), describe(expected.ismapRegistered));
    QCOMPARE(describe(actual.usageRulesInPlace), describe(expected.usageRulesInPlace));
    QCOMPARE(actual.snsResponsibleId, expected.snsResponsibleId);
    QCOMPARE(actual.publishableInfo, expected.publishableInfo);
    QCOMPARE(actual.location, expected.location);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(actual.extra, expected.extra);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.disposedOn, expected.disposedOn);
    QCOMPARE(actual.disposalMethod, expected.disposalMethod);
    QCOMPARE(actual.disposalConfirmedBy, expected.disposalConfirmedBy);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.updatedAt, expected.updatedAt);
    QCOMPARE(actual.version, expected.version);
}

// An asset with every field set to something other than its default.
Asset everyField(TestRegister& reg)
{
    Asset a = reg.validAsset(QStringLiteral("総務-CL-0001"));
    a.name = QStringLiteral("電子申請サービス 「申請データ」, \"引用\"\n2行目");
    a.category = AssetCategory::Information;
    a.subtype = QStringLiteral("データ");
    a.custodianId = reg.addPerson(QStringLiteral("能代　花子"), a.sectionId);
    a.systemAdminId = reg.addPerson(QStringLiteral("二ツ井　次郎"), a.sectionId);
    a.segment = NetworkSegment::Internet;
    a.scheme = QStringLiteral("guideline2024");
    a.confidentiality = QStringLiteral("3A");
    a.integrity = QStringLiteral("2");
    a.availability = QStringLiteral("1");
    // Stored in the order given, not re-sorted.
    a.restrictions = {Restriction::RetainUntil, Restriction::NeedToKnow, Restriction::EncryptionRequired};
    a.restrictionNote = QStringLiteral("令和13年3月31日まで保存");
    a.personalData = {PersonalData::Personal, PersonalData::Sensitive, PersonalData::SpecificPersonal};
    a.provision = Provision::Cloud;
    a.provider = QStringLiteral("株式会社秋田情報システム");
    a.serviceName = QStringLiteral("自治体向けSaaS 電子申請");
    a.contractHasSecurity = true;
    a.providerCheckedOn = QDate(2026, 4, 1);
    a.dataLocation = QStringLiteral("国内（東日本リージョン）");
    a.ismapRegistered = false;
    a.usageRulesInPlace = true;
    a.snsResponsibleId = a.custodianId;
    a.publishableInfo = QStringLiteral("イベント・防災情報");
    a.location = QStringLiteral("データセンター");
    a.notes = QStringLiteral("旧台帳から移行\tタブ入り");
    a.extra = QJsonObject{{QStringLiteral("旧台帳番号"), QStringLiteral("R5-0012")},
                          {QStringLiteral("count"), 3},
                          {QStringLiteral("flag"), true},
                          {QStringLiteral("nested"), QJsonObject{{QStringLiteral("list"), QJsonArray{1, 2, 3}}}}};
    return a;
}

} // namespace

class TestAssetRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripEveryField();
    void roundTripOptionalBools_data();
    void roundTripOptionalBools();
    void roundTripEmptyOptionals();
    void roundTripDisposal();
    void foreignKeysAreEnforced_data();
    void foreignKeysAreEnforced();
    void requiredColumnsAreEnforced();
    void codeIsUniqueInTheDatabase();
    void findByCodeAndCodeTaken();
    void updateWritesEveryColumn();
    void updateOverAStaleVersionIsRefused();
    void countsAndGroups();
    void pagingAndStreaming();
    void importanceIsTheHighestOverTheAxesInEachScheme();
};

void TestAssetRepository::roundTripEveryField()
{
    TestRegister reg;
    Asset a = everyField(reg);
    Result<qint64> id = reg->assets().create(a);
    QVERIFY2(id, qPrintable(id.errorText()));

    Result<std::optional<Asset>> found = reg->assets().find(id.value());
    QVERIFY2(found, qPrintable(found.errorText()));
    QVERIFY(found.value().has_value());

    Asset expected = a;
    expected.id = id.value();
    expected.createdAt = reg.clock().nowUtc();
    expected.updatedAt = reg.clock().nowUtc();
    expected.version = 1;
    compareAssets(*found.value(), expected);
    if (QTest::currentTestFailed())
        return;

    // And again from a reopened file, through the repository directly.
    reg.reopen();
    Result<std::optional<Asset>> reread = AssetRepository(reg->database()).find(id.value());
    QVERIFY(reread && reread.value());
    compareAssets(*reread.value(), expected);
}

void TestAssetRepository::roundTripOptionalBools_data()
{
    QTest::addColumn<int>("contract"); // -1 unset, 0 false, 1 true
    QTest::addColumn<int>("ismap");
    QTest::addColumn<int>("rules");
    QTest::newRow("all unset") << -1 << -1 << -1;
    QTest::newRow("all false") << 0 << 0 << 0;
    QTest::newRow("all true") << 1 << 1 << 1;
    QTest::newRow("mixed 1") << 1 << 0 << -1;
    QTest::newRow("mixed 2") << -1 << 1 << 0;
    QTest::newRow("mixed 3") << 0 << -1 << 1;
}

void TestAssetRepository::roundTripOptionalBools()
{
    QFETCH(int, contract);
    QFETCH(int, ismap);
    QFETCH(int, rules);
    const auto toOptional = [](int v) { return v < 0 ? std::optional<bool>() : std::optional<bool>(v == 1); };

    TestRegister reg;
    Asset a = reg.validAsset();
    a.contractHasSecurity = toOptional(contract);
    a.ismapRegistered = toOptional(ismap);
    a.usageRulesInPlace = toOptional(rules);
    Result<qint64> id = reg->assets().create(a);
    QVERIFY2(id, qPrintable(id.errorText()));
    const Asset back = *reg->assets().find(id.value()).value();
    QCOMPARE(describe(back.contractHasSecurity), describe(a.contractHasSecurity));
    QCOMPARE(describe(back.ismapRegistered), describe(a.ismapRegistered));
    QCOMPARE(describe(back.usageRulesInPlace), describe(a.usageRulesInPlace));
}

void TestAssetRepository::roundTripEmptyOptionals()
{
    TestRegister reg;
    Asset a = reg.validAsset();
    a.subtype.clear();
    a.confidentiality.clear();
    a.integrity.clear();
    a.availability.clear();
    Result<qint64> id = reg->assets().create(a);
    QVERIFY2(id, qPrintable(id.errorText()));
    const Asset back = *reg->assets().find(id.value()).value();
    QCOMPARE(back.subtype, QString());
    QVERIFY(!back.isClassified());
    QVERIFY(back.restrictions.isEmpty());
    QVERIFY(back.personalData.isEmpty());
    QCOMPARE(back.provision, Provision::InHouse);
    QCOMPARE(back.custodianId, 0);
    QCOMPARE(back.systemAdminId, 0);
    QCOMPARE(back.snsResponsibleId, 0);
    QVERIFY(!back.providerCheckedOn.isValid());
    QVERIFY(!back.contractHasSecurity.has_value());
    QVERIFY(back.extra.isEmpty());
    QCOMPARE(back.status, AssetStatus::Active);
    QVERIFY(!back.disposedOn.isValid());
    QCOMPARE(back.disposalConfirmedBy, 0);
    // The scheme is filled in from the register's default, never left empty.
    QCOMPARE(back.scheme, QStringLiteral("classic"));
    // Empty values are stored as NULL, which is what the unclassified count looks for.
    QCOMPARE(daicho::test::scalar(reg->database().connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM assets WHERE confidentiality IS NULL"
                                                 " AND subtype IS NULL AND restrictions IS NULL AND extra IS NULL"))
                 .toInt(),
             1);
}

void TestAssetRepository::roundTripDisposal()
{
    TestRegister reg;
    Asset a = reg.validAsset();
    Result<qint64> id = reg->assets().create(a);
    QVERIFY(id);
    const qint64 confirmer = reg.addPerson(QStringLiteral("確認　者"), a.sectionId);
    const QDate on = reg.clock().nowUtc().date().addDays(-1);
    QVERIFY(reg->assets().dispose(id.value(), on, QStringLiteral("物理破壊（ドリル）"), confirmer));
    const Asset back = *reg->assets().find(id.value()).value();
    QCOMPARE(back.status, AssetStatus::Disposed);
    QCOMPARE(back.disposedOn, on);
    QCOMPARE(back.disposalMethod, QStringLiteral("物理破壊（ドリル）"));
    QCOMPARE(back.disposalConfirmedBy, confirmer);
}

void TestAssetRepository::foreignKeysAreEnforced_data()
{
    QTest::addColumn<QString>("column");
    QTest::newRow("section") << "section";
    QTest::newRow("manager") << "manager";
    QTest::newRow("custodian") << "custodian";
    QTest::newRow("system admin") << "system_admin";
    QTest::newRow("sns responsible") << "sns_responsible";
}

void TestAssetRepository::foreignKeysAreEnforced()
{
    QFETCH(QString, column);
    TestRegister reg;
    Asset a = reg.validAsset();
    a.createdAt = a.updatedAt = reg.clock().nowUtc();
    a.version = 1;
    a.scheme = QStringLiteral("classic");
    const qint64 missing = 999999;
    if (column == QLatin1String("section"))
        a.sectionId = missing;
    else if (column == QLatin1String("manager"))
        a.managerId = missing;
    else if (column == QLatin1String("custodian"))
        a.custodianId = missing;
    else if (column == QLatin1String("system_admin"))
        a.systemAdminId = missing;
    else
        a.snsResponsibleId = missing;

    // The repository does no validation: only the database's foreign keys stand in the way.
    AssetRepository repo(reg->database());
    Result<qint64> id = repo.insert(a);
    QVERIFY(!id);
    QVERIFY2(id.errorText().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(id.errorText()));
    QCOMPARE(repo.count().value(), 0);
}

void TestAssetRepository::requiredColumnsAreEnforced()
{
    TestRegister reg;
    AssetRepository repo(reg->database());
    Asset a = reg.validAsset();
    a.createdAt = a.updatedAt = reg.clock().nowUtc();
    a.scheme = QStringLiteral("classic");

    Asset noCategory = a;
    noCategory.category.reset();
    QVERIFY(!repo.insert(noCategory));
    Asset noSegment = a;
    noSegment.segment.reset();
    QVERIFY(!repo.insert(noSegment));
    Asset noSection = a;
    noSection.sectionId = 0;
    QVERIFY(!repo.insert(noSection));
    QCOMPARE(repo.count().value(), 0);
    QVERIFY(repo.insert(a)); // the same asset with all of them is accepted
    QCOMPARE(repo.count().value(), 1);
}

void TestAssetRepository::codeIsUniqueInTheDatabase()
{
    TestRegister reg;
    AssetRepository repo(reg->database());
    Asset a = reg.validAsset(QStringLiteral("DUP-1"));
    a.createdAt = a.updatedAt = reg.clock().nowUtc();
    a.scheme = QStringLiteral("classic");
    QVERIFY(repo.insert(a));
    Result<qint64> second = repo.insert(a);
    QVERIFY(!second);
    QVERIFY2(second.errorText().contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive),
             qPrintable(second.errorText()));
    QCOMPARE(repo.count().value(), 1);
}

void TestAssetRepository::findByCodeAndCodeTaken()
{
    TestRegister reg;
    Result<qint64> id = reg->assets().create(reg.validAsset(QStringLiteral("税務-001")));
    QVERIFY(id);
    AssetRepository repo(reg->database());
    Result<std::optional<Asset>> found = repo.findByCode(QStringLiteral("税務-001"));
    QVERIFY(found && found.value());
    QCOMPARE(found.value()->id, id.value());
    QVERIFY(!repo.findByCode(QStringLiteral("税務-002")).value().has_value());
    QVERIFY(!repo.find(id.value() + 1000).value().has_value());

    QCOMPARE(repo.codeTaken(QStringLiteral("税務-001"), 0).value(), true);
    QCOMPARE(repo.codeTaken(QStringLiteral("税務-001"), id.value()).value(), false);
    QCOMPARE(repo.codeTaken(QStringLiteral("税務-002"), 0).value(), false);
}

void TestAssetRepository::updateWritesEveryColumn()
{
    TestRegister reg;
    Result<qint64> id = reg->assets().create(reg.validAsset());
    QVERIFY(id);
    Asset changed = everyField(reg);
    changed.id = id.value();
    changed.createdAt = QDateTime(QDate(2025, 4, 1), QTime(8, 30, 15, 123), Qt::UTC);
    changed.updatedAt = QDateTime(QDate(2026, 5, 2), QTime(17, 45, 0, 7), Qt::UTC);
    changed.version = 2; // the next after the stored 1
    AssetRepository repo(reg->database());
    QVERIFY(repo.update(changed));
    compareAssets(*repo.find(id.value()).value(), changed);
}

void TestAssetRepository::updateOverAStaleVersionIsRefused()
{
    // Two editors read version 1; the first saves version 2. The second, also saving "version
    // 2" over what it read, finds no row at version 1 and writes nothing.
    TestRegister reg;
    const qint64 id = reg->assets().create(reg.validAsset()).value();
    AssetRepository repo(reg->database());
    Asset first = *repo.find(id).value();
    Asset second = first;
    first.name = QStringLiteral("first editor");
    first.version = 2;
    second.name = QStringLiteral("second editor");
    second.version = 2;
    QVERIFY(repo.update(first));
    const Status refused = repo.update(second);
    QVERIFY(!refused);
    QVERIFY2(refused.errorText().contains(first.code), qPrintable(refused.errorText()));
    const Asset stored = *repo.find(id).value();
    QCOMPARE(stored.name, QStringLiteral("first editor"));
    QCOMPARE(stored.version, 2);
}

void TestAssetRepository::countsAndGroups()
{
    TestRegister reg;
    AssetRepository repo(reg->database());
    QCOMPARE(repo.count().value(), 0);
    QCOMPARE(repo.countUnclassified().value(), 0);

    Asset a = reg.validAsset(QStringLiteral("A-1"));
    QVERIFY(reg->assets().create(a));
    a.code = QStringLiteral("A-2");
    a.category = AssetCategory::Document;
    a.availability.clear();
    QVERIFY(reg->assets().create(a));
    a.code = QStringLiteral("A-3");
    a.confidentiality = QStringLiteral("1");
    QVERIFY(reg->assets().create(a));

    QCOMPARE(repo.count().value(), 3);
    QCOMPARE(repo.countUnclassified().value(), 2);
    const QList<QPair<QString, qint64>> byCategory = repo.countBy(AssetRepository::GroupColumn::Category).value();
    QCOMPARE(byCategory,
             (QList<QPair<QString, qint64>>{{QStringLiteral("document"), 2}, {QStringLiteral("infrastructure"), 1}}));
    const QList<QPair<QString, qint64>> byC = repo.countBy(AssetRepository::GroupColumn::Confidentiality).value();
    QCOMPARE(byC, (QList<QPair<QString, qint64>>{{QStringLiteral("1"), 1}, {QStringLiteral("3"), 2}}));
    const QList<QPair<QString, qint64>> bySection = repo.countBy(AssetRepository::GroupColumn::Section).value();
    QCOMPARE(bySection.size(), 1);
    QCOMPARE(bySection.first().second, 3);
}

void TestAssetRepository::pagingAndStreaming()
{
    TestRegister reg;
    QList<Asset> batch;
    const Asset base = reg.validAsset();
    for (int i = 1; i <= 7; ++i) {
        Asset a = base;
        a.code = QStringLiteral("P-%1").arg(i);
        batch << a;
    }
    Result<QList<qint64>> ids = reg->assets().createMany(batch);
    QVERIFY2(ids, qPrintable(ids.errorText()));

    AssetRepository repo(reg->database());
    const QList<Asset> first = repo.page(0, 3).value();
    const QList<Asset> last = repo.page(6, 3).value();
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0).code, QStringLiteral("P-1"));
    QCOMPARE(first.at(2).code, QStringLiteral("P-3"));
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.first().code, QStringLiteral("P-7"));
    QVERIFY(repo.page(7, 3).value().isEmpty());

    QStringList seen;
    QVERIFY(repo.forEach([&seen](const Asset& a) {
        seen << a.code;
        return seen.size() < 4; // stop after the fourth
    }));
    QCOMPARE(seen, daicho::test::u8List({"P-1", "P-2", "P-3", "P-4"}));
}

void TestAssetRepository::importanceIsTheHighestOverTheAxesInEachScheme()
{
    TestRegister reg;
    QVERIFY(Generator(*reg, 9).generate(300));
    // Some assets in the 2024 scheme too, where 3A/3B/3C all count 3.
    for (const char* c : {"3A", "3C", "2"}) {
        Asset a = reg.validAsset(QStringLiteral("N-%1").arg(QLatin1String(c)));
        a.scheme = ClassificationScheme::guideline2024().key;
        a.confidentiality = QString::fromLatin1(c);
        a.integrity = a.availability = QStringLiteral("1");
        a.restrictions.clear();
        QVERIFY(reg->assets().create(a));
    }
    QMap<int, qint64> expected{{0, 0}, {1, 0}, {2, 0}, {3, 0}};
    AssetRepository repo(reg->database());
    QVERIFY(repo.forEach([&expected](const Asset& a) {
        ++expected[ClassificationScheme::find(a.scheme)->importance(a.confidentiality, a.integrity, a.availability)];
        return true;
    }));
    QCOMPARE(repo.countByImportance().value(), expected);
    QVERIFY(expected.value(2) > 0 && expected.value(3) > 0 && expected.value(0) > 0);
    for (int importance = 1; importance <= 3; ++importance) {
        AssetFilter filter;
        filter.importance = importance;
        QCOMPARE(repo.count(filter).value(), expected.value(importance));
    }
}

QTEST_GUILESS_MAIN(TestAssetRepository)
#include "tst_assetrepository.moc"
