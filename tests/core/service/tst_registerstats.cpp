// RegisterStats: the counts behind `stats --json` agree with the register they describe.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "service/Generator.h"
#include "service/RegisterStats.h"

#include <QJsonArray>
#include <QTest>

using namespace daicho;
using daicho::test::TestRegister;
using daicho::test::u8List;

namespace {

qint64 sum(const QMap<QString, qint64>& map)
{
    qint64 total = 0;
    for (qint64 n : map)
        total += n;
    return total;
}

RegisterStats collect(Register& reg)
{
    Result<RegisterStats> s = RegisterStats::collect(reg);
    if (!s)
        qFatal("cannot collect stats: %s", qPrintable(s.errorText()));
    return s.value();
}

} // namespace

class TestRegisterStats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyRegister();
    void handMadeAssets();
    void generatedRegister();
    void json();
};

void TestRegisterStats::emptyRegister()
{
    TestRegister reg;
    const RegisterStats s = collect(reg.get());
    QCOMPARE(s.assets, 0);
    QCOMPARE(s.unclassified, 0);
    QCOMPARE(s.people, 0);
    QCOMPARE(s.orgUnits, reg->org().count().value());
    QCOMPARE(s.auditEvents, daicho::test::auditCount(reg.get()));
    QCOMPARE(s.bodies, u8List({"市長（市長部局）", "教育委員会", "選挙管理委員会", "監査委員", "農業委員会",
                               "固定資産評価審査委員会", "公営企業（市長又は管理者）", "財産区", "能代市議会"}));
    QCOMPARE(s.unitsByKind.value(QStringLiteral("body")), 9);
    QCOMPARE(sum(s.unitsByKind), s.orgUnits);
    // Every category and segment key is present, with zero.
    QCOMPARE(s.byCategory.keys(), (QStringList{QStringLiteral("document"), QStringLiteral("information"),
                                               QStringLiteral("infrastructure")}));
    QCOMPARE(sum(s.byCategory), 0);
    QCOMPARE(s.bySegment.size(), 4);
    QCOMPARE(sum(s.bySegment), 0);
    QVERIFY(s.byConfidentiality.isEmpty());
}

void TestRegisterStats::handMadeAssets()
{
    TestRegister reg;
    Asset a = reg.validAsset(QStringLiteral("S-1")); // ア, マイナンバー系, C3I2A2
    QVERIFY(reg->assets().create(a));
    a.code = QStringLiteral("S-2");
    a.category = AssetCategory::Information;
    a.segment = NetworkSegment::Lgwan;
    a.confidentiality = QStringLiteral("2");
    a.availability.clear(); // unfinished rating
    QVERIFY(reg->assets().create(a));
    a.code = QStringLiteral("S-3");
    a.category = AssetCategory::Document;
    a.segment = NetworkSegment::None;
    a.confidentiality.clear();
    a.integrity.clear();
    QVERIFY(reg->assets().create(a));
    a.code = QStringLiteral("S-4");
    a.category = AssetCategory::Information;
    a.confidentiality = QStringLiteral("2");
    a.integrity = QStringLiteral("1");
    a.availability = QStringLiteral("1");
    const qint64 disposed = reg->assets().create(a).value();
    QVERIFY(reg->assets().dispose(disposed, QDate(2026, 11, 1), QStringLiteral("溶解"), a.managerId));

    const RegisterStats s = collect(reg.get());
    QCOMPARE(s.assets, 4);
    QCOMPARE(s.unclassified, 2);
    QCOMPARE(s.people, reg->people().count().value());
    QCOMPARE(s.auditEvents, daicho::test::auditCount(reg.get()));
    QCOMPARE(s.byCategory.value(QStringLiteral("infrastructure")), 1);
    QCOMPARE(s.byCategory.value(QStringLiteral("information")), 2);
    QCOMPARE(s.byCategory.value(QStringLiteral("document")), 1);
    QCOMPARE(s.bySegment.value(QStringLiteral("mynumber")), 1);
    QCOMPARE(s.bySegment.value(QStringLiteral("lgwan")), 1);
    QCOMPARE(s.bySegment.value(QStringLiteral("none")), 2);
    QCOMPARE(s.bySegment.value(QStringLiteral("internet")), 0);
    QCOMPARE(s.byConfidentiality.value(QStringLiteral("3")), 1);
    QCOMPARE(s.byConfidentiality.value(QStringLiteral("2")), 2);
    QCOMPARE(s.byConfidentiality.value(QStringLiteral("unrated")), 1);
    QCOMPARE(s.byStatus.value(QStringLiteral("active")), 3);
    QCOMPARE(s.byStatus.value(QStringLiteral("disposed")), 1);
}

void TestRegisterStats::generatedRegister()
{
    TestRegister reg;
    QVERIFY(Generator(reg.get(), 2026).generate(400));
    const RegisterStats s = collect(reg.get());
    QCOMPARE(s.assets, 400);
    QCOMPARE(sum(s.byCategory), s.assets);
    QCOMPARE(sum(s.bySegment), s.assets);
    QCOMPARE(sum(s.byStatus), s.assets);
    QCOMPARE(sum(s.byConfidentiality), s.assets);
    QCOMPARE(s.people, reg->people().count().value());
    QCOMPARE(s.auditEvents, daicho::test::auditCount(reg.get()));

    // Unclassified is counted from the assets themselves, not estimated.
    qint64 unclassified = 0;
    qint64 unratedC = 0;
    for (const Asset& a : reg->assets().page(0, 1000).value()) {
        unclassified += a.isClassified() ? 0 : 1;
        unratedC += a.confidentiality.isEmpty() ? 1 : 0;
    }
    QCOMPARE(s.unclassified, unclassified);
    QCOMPARE(s.byConfidentiality.value(QStringLiteral("unrated")), unratedC);
}

void TestRegisterStats::json()
{
    TestRegister reg;
    QVERIFY(reg->assets().create(reg.validAsset()));
    const RegisterStats s = collect(reg.get());
    const QJsonObject j = s.toJson();
    for (const char* key : {"assets", "org_units", "people", "audit_events", "unclassified", "bodies", "units_by_kind",
                            "by_category", "by_segment", "by_confidentiality", "by_status"})
        QVERIFY2(j.contains(QLatin1String(key)), key);
    QCOMPARE(j.value(QStringLiteral("assets")).toInteger(), 1);
    QCOMPARE(j.value(QStringLiteral("org_units")).toInteger(), s.orgUnits);
    QCOMPARE(j.value(QStringLiteral("bodies")).toArray().size(), 9);
    QCOMPARE(j.value(QStringLiteral("by_category")).toObject().value(QStringLiteral("infrastructure")).toInteger(), 1);
    QCOMPARE(j.value(QStringLiteral("by_confidentiality")).toObject().value(QStringLiteral("3")).toInteger(), 1);
}

QTEST_GUILESS_MAIN(TestRegisterStats)
#include "tst_registerstats.moc"
