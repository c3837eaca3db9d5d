// AssetValidator against a fake lookup: one row per rule, each naming the field key and the
// field's Japanese label, and every problem of a record reported at once.
//
// Translations are not installed here, so reasons come in the source language; the field
// label in each message comes from the enumeration tables and is Japanese (DAICHO_LANG=ja).

#include "CoreTestHelpers.h"
#include "domain/AssetField.h"
#include "domain/AssetValidator.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace daicho;
using daicho::test::fieldsOf;

namespace {

const QDate kToday(2026, 11, 27);

enum : qint64 {
    kSection = 10,
    kDepartment = 20,
    kBody = 30,
    kManager = 1,
    kStaff = 2,
    kAdmin = 3,
    kNobody = 404,
    kTakenId = 99,
};

class FakeLookup : public ValidationLookup {
public:
    std::optional<UnitKind> unitKind(qint64 unitId) const override
    {
        switch (unitId) {
        case kSection:
            return UnitKind::Section;
        case kDepartment:
            return UnitKind::Department;
        case kBody:
            return UnitKind::Body;
        default:
            return std::nullopt;
        }
    }
    bool personExists(qint64 personId) const override
    {
        return personId == kManager || personId == kStaff || personId == kAdmin;
    }
    bool assetCodeTaken(const QString& code, qint64 exceptAssetId) const override
    {
        return code == QLatin1String("TAKEN-1") && exceptAssetId != kTakenId;
    }
};

Asset validAsset()
{
    Asset a;
    a.code = QStringLiteral("A-0001");
    a.name = QStringLiteral("住民基本台帳システム サーバ");
    a.category = AssetCategory::Infrastructure;
    a.subtype = QStringLiteral("サーバ");
    a.sectionId = kSection;
    a.managerId = kManager;
    a.segment = NetworkSegment::MyNumber;
    a.scheme = QStringLiteral("classic");
    a.confidentiality = QStringLiteral("3");
    a.integrity = QStringLiteral("2");
    a.availability = QStringLiteral("2");
    return a;
}

Problems validate(const Asset& a)
{
    FakeLookup lookup;
    return AssetValidator(lookup, kToday).validate(a);
}

QString labelOf(const QString& fieldKey)
{
    const std::optional<AssetField> field = enumFromKey<AssetField>(fieldKey);
    return field ? enumLabel(*field, Language::Japanese) : QString();
}

QString repeated(int n)
{
    return QString(n, QChar(u'あ'));
}

} // namespace

// A change applied to a valid asset; a struct so that the data table can carry it.
struct Mutation {
    std::function<void(Asset&)> apply;
};
Q_DECLARE_METATYPE(Mutation)

class TestAssetValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validAssetPasses();
    void rules_data();
    void rules();
    void allProblemsAtOnce();
    void everyMessageNamesItsField();
    void messagesFollowLanguage();
    void fieldProblemFormat();
};

void TestAssetValidator::initTestCase()
{
    // The suite runs with DAICHO_LANG=ja; labels come from the current language.
    LanguageSetting::setCurrent(Language::Japanese);
}

void TestAssetValidator::validAssetPasses()
{
    const Problems problems = validate(validAsset());
    QVERIFY2(problems.isEmpty(), qPrintable(joinProblems(problems)));
}

void TestAssetValidator::rules_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("field"); // the one problem expected; empty: the asset stays valid
    QTest::addColumn<QString>("label"); // the Japanese field label the message must contain

    const auto row = [](const char* name, const char* field, const char* label, std::function<void(Asset&)> f) {
        QTest::newRow(name) << Mutation{std::move(f)} << QString::fromUtf8(field) << QString::fromUtf8(label);
    };
    const auto ok = [](const char* name, std::function<void(Asset&)> f) {
        QTest::newRow(name) << Mutation{std::move(f)} << QString() << QString();
    };

    // 資産ID
    row("code empty", "code", "資産ID", [](Asset& a) { a.code.clear(); });
    row("code blank", "code", "資産ID", [](Asset& a) { a.code = QStringLiteral("   "); });
    row("code with space", "code", "資産ID", [](Asset& a) { a.code = QStringLiteral("A 0001"); });
    row("code with full-width space", "code", "資産ID", [](Asset& a) { a.code = QStringLiteral("A\u30000001"); });
    row("code with leading space", "code", "資産ID", [](Asset& a) { a.code = QStringLiteral(" A-0001"); });
    row("code with trailing full-width space", "code", "資産ID",
        [](Asset& a) { a.code = QStringLiteral("A-0001\u3000"); });
    row("code with tab", "code", "資産ID", [](Asset& a) { a.code = QStringLiteral("A\t0001"); });
    row("code 41 characters", "code", "資産ID", [](Asset& a) { a.code = QString(41, QLatin1Char('X')); });
    ok("code 40 characters", [](Asset& a) { a.code = QString(40, QLatin1Char('X')); });
    ok("code in Japanese", [](Asset& a) { a.code = QStringLiteral("総務-サーバ-01"); });
    row("code taken by another asset", "code", "資産ID", [](Asset& a) { a.code = QStringLiteral("TAKEN-1"); });
    ok("code taken by the asset itself", [](Asset& a) {
        a.code = QStringLiteral("TAKEN-1");
        a.id = kTakenId;
    });

    // 資産名称, 分類, 種別
    row("name empty", "name", "資産名称", [](Asset& a) { a.name.clear(); });
    row("name blank", "name", "資産名称", [](Asset& a) { a.name = QStringLiteral("\u3000 "); });
    row("name 201 characters", "name", "資産名称", [](Asset& a) { a.name = repeated(201); });
    ok("name 200 characters", [](Asset& a) { a.name = repeated(200); });
    row("category unset", "category", "分類", [](Asset& a) { a.category.reset(); });
    row("subtype 201 characters", "subtype", "種別", [](Asset& a) { a.subtype = repeated(201); });

    // 所管課室 must be a 課室
    row("section unset", "section", "所管課室", [](Asset& a) { a.sectionId = 0; });
    row("section is a department", "section", "所管課室", [](Asset& a) { a.sectionId = kDepartment; });
    row("section is a body", "section", "所管課室", [](Asset& a) { a.sectionId = kBody; });
    row("section unknown", "section", "所管課室", [](Asset& a) { a.sectionId = 777; });

    // People
    row("manager unset", "manager", "管理責任者", [](Asset& a) { a.managerId = 0; });
    row("manager unknown", "manager", "管理責任者", [](Asset& a) { a.managerId = kNobody; });
    ok("custodian known", [](Asset& a) { a.custodianId = kStaff; });
    row("custodian unknown", "custodian", "担当者", [](Asset& a) { a.custodianId = kNobody; });
    ok("system admin known", [](Asset& a) { a.systemAdminId = kAdmin; });
    row("system admin unknown", "system_admin", "情報システム管理者", [](Asset& a) { a.systemAdminId = kNobody; });

    // 通信経路区分
    row("segment unset", "segment", "通信経路区分", [](Asset& a) { a.segment.reset(); });
    ok("segment none (paper)", [](Asset& a) { a.segment = NetworkSegment::None; });

    // Classification
    row("scheme empty", "scheme", "分類基準", [](Asset& a) { a.scheme.clear(); });
    row("scheme unknown", "scheme", "分類基準", [](Asset& a) { a.scheme = QStringLiteral("guideline2019"); });
    row("C level 4", "confidentiality", "機密性", [](Asset& a) { a.confidentiality = QStringLiteral("4"); });
    row("C full-width 3", "confidentiality", "機密性", [](Asset& a) { a.confidentiality = QStringLiteral("３"); });
    row("C 3A in the classic scheme", "confidentiality", "機密性",
        [](Asset& a) { a.confidentiality = QStringLiteral("3A"); });
    row("I level 3", "integrity", "完全性", [](Asset& a) { a.integrity = QStringLiteral("3"); });
    row("A level 0", "availability", "可用性", [](Asset& a) { a.availability = QStringLiteral("0"); });
    ok("unrated axes are not errors", [](Asset& a) {
        a.confidentiality.clear();
        a.integrity.clear();
        a.availability.clear();
    });
    ok("2024 scheme 3A", [](Asset& a) {
        a.scheme = QStringLiteral("guideline2024");
        a.confidentiality = QStringLiteral("3A");
    });
    ok("2024 scheme 3C", [](Asset& a) {
        a.scheme = QStringLiteral("guideline2024");
        a.confidentiality = QStringLiteral("3C");
    });
    row("2024 scheme C 3", "confidentiality", "機密性", [](Asset& a) { a.scheme = QStringLiteral("guideline2024"); });
    row("2024 scheme C 3D", "confidentiality", "機密性", [](Asset& a) {
        a.scheme = QStringLiteral("guideline2024");
        a.confidentiality = QStringLiteral("3D");
    });

    // 取扱制限: 期限付保存 and 期限内復旧 need the date or time limit
    row("retain until without note", "restriction_note", "取扱制限（補足）",
        [](Asset& a) { a.restrictions = {Restriction::RetainUntil}; });
    row("recover within without note", "restriction_note", "取扱制限（補足）", [](Asset& a) {
        a.restrictions = {Restriction::NoCopy, Restriction::RecoverWithin};
    });
    row("retain until with blank note", "restriction_note", "取扱制限（補足）", [](Asset& a) {
        a.restrictions = {Restriction::RetainUntil};
        a.restrictionNote = QStringLiteral(" \u3000");
    });
    ok("retain until with note", [](Asset& a) {
        a.restrictions = {Restriction::RetainUntil};
        a.restrictionNote = QStringLiteral("2031年3月31日まで保存");
    });
    ok("other restrictions need no note", [](Asset& a) {
        a.restrictions = {Restriction::NeedToKnow, Restriction::NoCopy, Restriction::EncryptionRequired};
    });
    row("restriction note too long", "restriction_note", "取扱制限（補足）",
        [](Asset& a) { a.restrictionNote = repeated(4001); });

    // 提供形態 (第6条(7))
    row("outsourced without contractor", "provider", "委託先・提供者",
        [](Asset& a) { a.provision = Provision::Outsourced; });
    ok("outsourced with contractor", [](Asset& a) {
        a.provision = Provision::Outsourced;
        a.provider = QStringLiteral("株式会社能代電算センター");
    });
    row("cloud without provider", "provider", "委託先・提供者", [](Asset& a) {
        a.provision = Provision::Cloud;
        a.serviceName = QStringLiteral("電子申請サービス");
    });
    // The service name is a compliance finding, not an error: canonical ledgers have no column for it.
    ok("cloud without service name", [](Asset& a) {
        a.provision = Provision::Cloud;
        a.provider = QStringLiteral("ガバメントクラウド事業者");
    });
    ok("cloud complete", [](Asset& a) {
        a.provision = Provision::Cloud;
        a.provider = QStringLiteral("ガバメントクラウド事業者");
        a.serviceName = QStringLiteral("電子申請サービス");
    });
    row("sns without service or account", "provider", "委託先・提供者", [](Asset& a) {
        a.provision = Provision::Sns;
        a.snsResponsibleId = kStaff;
    });
    ok("sns named by its service only", [](Asset& a) {
        a.provision = Provision::Sns;
        a.provider = QStringLiteral("X（旧Twitter）");
    });
    row("sns with unknown responsible person", "sns_responsible", "アカウント責任者", [](Asset& a) {
        a.provision = Provision::Sns;
        a.serviceName = QStringLiteral("能代市公式アカウント");
        a.snsResponsibleId = kNobody;
    });
    ok("sns complete", [](Asset& a) {
        a.provision = Provision::Sns;
        a.serviceName = QStringLiteral("能代市公式アカウント");
        a.snsResponsibleId = kStaff;
    });
    ok("in-house needs no provider", [](Asset& a) { a.provision = Provision::InHouse; });
    row("provider checked tomorrow", "provider_checked_on", "対策確認日",
        [](Asset& a) { a.providerCheckedOn = kToday.addDays(1); });
    ok("provider checked today", [](Asset& a) { a.providerCheckedOn = kToday; });
    row("provider too long", "provider", "委託先・提供者", [](Asset& a) {
        a.provision = Provision::Outsourced;
        a.provider = repeated(201);
    });

    // 廃棄 (第8条): date, method and the confirming person; never in the future
    const auto disposed = [](Asset& a) {
        a.status = AssetStatus::Disposed;
        a.disposedOn = kToday.addDays(-3);
        a.disposalMethod = QStringLiteral("物理破壊");
        a.disposalConfirmedBy = kStaff;
    };
    ok("disposed complete", disposed);
    ok("disposed today", [disposed](Asset& a) {
        disposed(a);
        a.disposedOn = kToday;
    });
    row("disposed without date", "disposed_on", "廃棄日", [disposed](Asset& a) {
        disposed(a);
        a.disposedOn = QDate();
    });
    row("disposed tomorrow", "disposed_on", "廃棄日", [disposed](Asset& a) {
        disposed(a);
        a.disposedOn = kToday.addDays(1);
    });
    row("disposed next year", "disposed_on", "廃棄日", [disposed](Asset& a) {
        disposed(a);
        a.disposedOn = kToday.addYears(1);
    });
    row("disposed without method", "disposal_method", "廃棄方法", [disposed](Asset& a) {
        disposed(a);
        a.disposalMethod.clear();
    });
    row("disposed with blank method", "disposal_method", "廃棄方法", [disposed](Asset& a) {
        disposed(a);
        a.disposalMethod = QStringLiteral("  ");
    });
    row("disposed without confirmer", "disposal_confirmed_by", "廃棄確認者", [disposed](Asset& a) {
        disposed(a);
        a.disposalConfirmedBy = 0;
    });
    row("disposed with unknown confirmer", "disposal_confirmed_by", "廃棄確認者", [disposed](Asset& a) {
        disposed(a);
        a.disposalConfirmedBy = kNobody;
    });
    row("active with a disposal date", "status", "状態", [](Asset& a) { a.disposedOn = kToday; });
    row("active with a disposal method", "status", "状態", [](Asset& a) { a.disposalMethod = QStringLiteral("溶解"); });

    // Free text
    row("location too long", "location", "保管場所", [](Asset& a) { a.location = repeated(4001); });
    ok("location at the limit", [](Asset& a) { a.location = repeated(4000); });
    row("notes too long", "notes", "備考", [](Asset& a) { a.notes = repeated(4001); });
}

void TestAssetValidator::rules()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, field);
    QFETCH(QString, label);

    Asset a = validAsset();
    mutation.apply(a);
    const Problems problems = validate(a);
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(joinProblems(problems)));
        return;
    }
    QCOMPARE(fieldsOf(problems), QStringList{field});
    const Problem& p = problems.first();
    QVERIFY2(p.message.contains(label), qPrintable(p.message));
    QCOMPARE(p.row, -1);
    QCOMPARE(labelOf(p.field), label);
}

void TestAssetValidator::allProblemsAtOnce()
{
    // An empty record: every required field at once, not just the first.
    const QStringList empty = fieldsOf(validate(Asset{}));
    const QStringList required =
        daicho::test::u8List({"code", "name", "category", "section", "manager", "segment", "scheme"});
    QCOMPARE(QSet<QString>(empty.cbegin(), empty.cend()), QSet<QString>(required.cbegin(), required.cend()));
    QCOMPARE(empty.size(), required.size());

    // A record wrong in many independent ways reports each of them.
    Asset a = validAsset();
    a.code = QStringLiteral("A 1");
    a.name.clear();
    a.sectionId = kDepartment;
    a.custodianId = kNobody;
    a.segment.reset();
    a.confidentiality = QStringLiteral("5");
    a.integrity = QStringLiteral("3");
    a.availability = QStringLiteral("x");
    a.restrictions = {Restriction::RecoverWithin};
    a.provision = Provision::Sns;
    a.status = AssetStatus::Disposed;
    a.disposedOn = kToday.addDays(10);
    a.notes = repeated(4001);
    const QStringList fields = fieldsOf(validate(a));
    const QStringList expected = daicho::test::u8List(
        {"code", "name", "section", "custodian", "segment", "confidentiality", "integrity", "availability",
         "restriction_note", "provider", "disposed_on", "disposal_method", "disposal_confirmed_by", "notes"});
    QCOMPARE(QSet<QString>(fields.cbegin(), fields.cend()), QSet<QString>(expected.cbegin(), expected.cend()));
    QCOMPARE(fields.size(), expected.size());
}

void TestAssetValidator::everyMessageNamesItsField()
{
    Asset a;
    a.code = QStringLiteral("A\u3000B");
    a.scheme = QStringLiteral("classic");
    a.confidentiality = QStringLiteral("9");
    a.provision = Provision::Cloud;
    a.status = AssetStatus::Disposed;
    const Problems problems = validate(a);
    QVERIFY(problems.size() >= 10);
    for (const Problem& p : problems) {
        const QString label = labelOf(p.field);
        QVERIFY2(!label.isEmpty(), qPrintable(p.field));
        QVERIFY2(p.message.contains(label), qPrintable(p.message));
        QVERIFY2(p.message.size() > label.size() + 2, qPrintable(p.message)); // a reason follows the label
    }
}

void TestAssetValidator::messagesFollowLanguage()
{
    Asset a = validAsset();
    a.code.clear();
    LanguageSetting::setCurrent(Language::English);
    const Problems english = validate(a);
    LanguageSetting::setCurrent(Language::Japanese);
    const Problems japanese = validate(a);
    QCOMPARE(english.size(), 1);
    QCOMPARE(english.first().field, QStringLiteral("code"));
    QVERIFY2(english.first().message.contains(QStringLiteral("Asset ID")), qPrintable(english.first().message));
    QVERIFY2(japanese.first().message.contains(QStringLiteral("資産ID")), qPrintable(japanese.first().message));
}

void TestAssetValidator::fieldProblemFormat()
{
    const Problem p = fieldProblem(AssetField::Segment, QStringLiteral("reason"));
    QCOMPARE(p.field, QStringLiteral("segment"));
    QVERIFY(p.message.contains(QStringLiteral("通信経路区分")));
    QVERIFY(p.message.contains(QStringLiteral("reason")));
    Problem withRow = p;
    withRow.row = 7;
    QVERIFY(withRow.toString().contains(QLatin1Char('7')));
    QVERIFY(withRow.toString().contains(p.message));
    QCOMPARE(p.toString(), p.message);
}

QTEST_GUILESS_MAIN(TestAssetValidator)
#include "tst_assetvalidator.moc"
