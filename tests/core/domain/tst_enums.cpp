// The regulation's enumerations: stable keys that round-trip, labels in the exact words of
// DESIGN.md §2 (Japanese primary, English second), and the scope rules attached to roles.

#include "CoreTestHelpers.h"
#include "common/Language.h"
#include "domain/AssetField.h"
#include "domain/Enums.h"

#include <QSet>
#include <QTest>

using namespace daicho;
using daicho::test::u8List;

namespace {

// Restores the UI language when a test that switches it ends, even on failure.
class LanguageGuard {
public:
    LanguageGuard()
        : m_saved(LanguageSetting::current())
    {
    }
    ~LanguageGuard() { LanguageSetting::setCurrent(m_saved); }

private:
    Language m_saved;
};

template <typename E> void checkKeysRoundTrip(const char* name)
{
    const QList<E> values = enumValues<E>();
    QVERIFY2(!values.isEmpty(), name);
    QSet<QString> seen;
    for (E value : values) {
        const QString key = enumKey(value);
        QVERIFY2(!key.isEmpty(), name);
        QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("%1: duplicate key %2").arg(QLatin1String(name), key)));
        seen.insert(key);
        const std::optional<E> back = enumFromKey<E>(key);
        QVERIFY2(back.has_value(), qPrintable(key));
        QVERIFY2(*back == value, qPrintable(key));
        // Keys are stored in the database: they are lower-case ASCII identifiers.
        for (const QChar ch : key)
            QVERIFY2(ch.isDigit() || ch == QLatin1Char('_') || (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')),
                     qPrintable(key));
        QVERIFY2(!enumLabel(value, Language::Japanese).isEmpty(), qPrintable(key));
        QVERIFY2(!enumLabel(value, Language::English).isEmpty(), qPrintable(key));
    }
    QCOMPARE(enumKeys<E>().size(), values.size());
    QVERIFY(!enumFromKey<E>(QStringLiteral("no_such_key")).has_value());
    QVERIFY(!enumFromKey<E>(QString()).has_value());
    // Keys are matched exactly: a label or a differently-cased key is not a key.
    QVERIFY(!enumFromKey<E>(enumKey(values.first()).toUpper()).has_value());
    QVERIFY(!enumFromKey<E>(enumLabel(values.first(), Language::Japanese)).has_value());
}

} // namespace

class TestEnums : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip();
    void storedKeys();

    void categoryLabels_data();
    void categoryLabels();
    void segmentLabels_data();
    void segmentLabels();
    void roleLabels_data();
    void roleLabels();
    void provisionLabels_data();
    void provisionLabels();
    void unitKindLabels_data();
    void unitKindLabels();
    void restrictionLabels_data();
    void restrictionLabels();
    void personalDataLabels();

    void roleScopes_data();
    void roleScopes();

    void assetFieldCanonicalHeaders();
    void labelFollowsLanguage();
    void labelMatches();
};

void TestEnums::keysRoundTrip()
{
    checkKeysRoundTrip<AssetCategory>("AssetCategory");
    checkKeysRoundTrip<NetworkSegment>("NetworkSegment");
    checkKeysRoundTrip<Provision>("Provision");
    checkKeysRoundTrip<AssetStatus>("AssetStatus");
    checkKeysRoundTrip<UnitKind>("UnitKind");
    checkKeysRoundTrip<Role>("Role");
    checkKeysRoundTrip<Restriction>("Restriction");
    checkKeysRoundTrip<PersonalData>("PersonalData");
    checkKeysRoundTrip<AssetField>("AssetField");
}

void TestEnums::storedKeys()
{
    // The keys of DESIGN.md §2, in display order; the schema's CHECK constraints use them too.
    QCOMPARE(enumKeys<AssetCategory>(), (u8List({"infrastructure", "information", "document"})));
    QCOMPARE(enumKeys<Role>(), (u8List({"ciso", "chief_officer", "security_officer", "security_manager", "system_admin",
                                        "system_staff", "committee"})));
    QCOMPARE(enumKeys<NetworkSegment>(), (u8List({"mynumber", "lgwan", "internet", "none"})));
    QCOMPARE(enumKeys<Provision>(), (u8List({"in_house", "outsourced", "cloud", "sns"})));
    QCOMPARE(enumKeys<UnitKind>(), (u8List({"body", "department", "section"})));
    QCOMPARE(enumKeys<AssetStatus>(), (u8List({"active", "disposed"})));
}

void TestEnums::categoryLabels_data()
{
    QTest::addColumn<AssetCategory>("value");
    QTest::addColumn<QString>("ja");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("letter");
    QTest::newRow("infrastructure") << AssetCategory::Infrastructure
                                    << QStringLiteral(
                                           "ネットワーク、情報システム並びにこれらに関する設備及び電磁的記録媒体")
                                    << QStringLiteral("Networks, systems, facilities and media")
                                    << QStringLiteral("ア");
    QTest::newRow("information") << AssetCategory::Information
                                 << QStringLiteral("ネットワーク及び情報システムで取り扱う情報（印刷した文書を含む）")
                                 << QStringLiteral("Information handled by networks and systems (printed too)")
                                 << QStringLiteral("イ");
    QTest::newRow("document") << AssetCategory::Document
                              << QStringLiteral("情報システムの仕様書、ネットワーク図等のシステム関連文書")
                              << QStringLiteral("System documents") << QStringLiteral("ウ");
}

void TestEnums::categoryLabels()
{
    QFETCH(AssetCategory, value);
    QFETCH(QString, ja);
    QFETCH(QString, en);
    QFETCH(QString, letter);
    QCOMPARE(enumLabel(value, Language::Japanese), ja);
    QCOMPARE(enumLabel(value, Language::English), en);
    QCOMPARE(categoryLetter(value), letter);
}

void TestEnums::segmentLabels_data()
{
    QTest::addColumn<NetworkSegment>("value");
    QTest::addColumn<QString>("ja");
    QTest::newRow("mynumber") << NetworkSegment::MyNumber << QStringLiteral("マイナンバー利用事務系");
    QTest::newRow("lgwan") << NetworkSegment::Lgwan << QStringLiteral("LGWAN接続系");
    QTest::newRow("internet") << NetworkSegment::Internet << QStringLiteral("インターネット接続系");
    QTest::newRow("none") << NetworkSegment::None << QStringLiteral("該当なし（紙・スタンドアロン）");
}

void TestEnums::segmentLabels()
{
    QFETCH(NetworkSegment, value);
    QFETCH(QString, ja);
    QCOMPARE(enumLabel(value, Language::Japanese), ja);
}

void TestEnums::roleLabels_data()
{
    QTest::addColumn<Role>("value");
    QTest::addColumn<int>("rank"); // position in 第5条, top to bottom
    QTest::addColumn<QString>("ja");
    QTest::addColumn<QString>("en");
    QTest::newRow("ciso") << Role::Ciso << 0 << QStringLiteral("最高情報セキュリティ責任者")
                          << QStringLiteral("Chief Information Security Officer");
    QTest::newRow("chief_officer") << Role::ChiefOfficer << 1 << QStringLiteral("統括情報セキュリティ責任者")
                                   << QStringLiteral("Chief Security Coordinator");
    QTest::newRow("security_officer") << Role::SecurityOfficer << 2 << QStringLiteral("情報セキュリティ責任者")
                                      << QStringLiteral("Information Security Officer");
    QTest::newRow("security_manager") << Role::SecurityManager << 3 << QStringLiteral("情報セキュリティ管理者")
                                      << QStringLiteral("Information Security Manager");
    QTest::newRow("system_admin") << Role::SystemAdmin << 4 << QStringLiteral("情報システム管理者")
                                  << QStringLiteral("Information System Administrator");
    QTest::newRow("system_staff") << Role::SystemStaff << 5 << QStringLiteral("情報システム担当者")
                                  << QStringLiteral("Information System Staff");
    QTest::newRow("committee") << Role::Committee << 6 << QStringLiteral("能代市情報セキュリティ対策委員会 委員")
                               << QStringLiteral("Security Committee member");
}

void TestEnums::roleLabels()
{
    QFETCH(Role, value);
    QFETCH(int, rank);
    QFETCH(QString, ja);
    QFETCH(QString, en);
    QCOMPARE(enumLabel(value, Language::Japanese), ja);
    QCOMPARE(enumLabel(value, Language::English), en);
    QCOMPARE(enumValues<Role>().indexOf(value), rank);
}

void TestEnums::provisionLabels_data()
{
    QTest::addColumn<Provision>("value");
    QTest::addColumn<QString>("ja");
    QTest::newRow("in_house") << Provision::InHouse << QStringLiteral("自庁運用");
    QTest::newRow("outsourced") << Provision::Outsourced << QStringLiteral("業務委託");
    QTest::newRow("cloud") << Provision::Cloud << QStringLiteral("外部サービス（クラウドサービス）");
    QTest::newRow("sns") << Provision::Sns << QStringLiteral("ソーシャルメディア");
}

void TestEnums::provisionLabels()
{
    QFETCH(Provision, value);
    QFETCH(QString, ja);
    QCOMPARE(enumLabel(value, Language::Japanese), ja);
}

void TestEnums::unitKindLabels_data()
{
    QTest::addColumn<UnitKind>("value");
    QTest::addColumn<QString>("ja");
    QTest::newRow("body") << UnitKind::Body << QStringLiteral("機関");
    QTest::newRow("department") << UnitKind::Department << QStringLiteral("部局");
    QTest::newRow("section") << UnitKind::Section << QStringLiteral("課室");
}

void TestEnums::unitKindLabels()
{
    QFETCH(UnitKind, value);
    QFETCH(QString, ja);
    QCOMPARE(enumLabel(value, Language::Japanese), ja);
}

void TestEnums::restrictionLabels_data()
{
    // 取扱制限 in the order of DESIGN.md §2 (the catalogue order proposals are shown in).
    QTest::addColumn<Restriction>("value");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("ja");
    const QList<QPair<Restriction, const char*>> rows{
        {Restriction::NeedToKnow, "関係者限り"},
        {Restriction::NoCopy, "複製禁止"},
        {Restriction::CopyNeedsPermission, "複製要許可"},
        {Restriction::NoDistribution, "配付禁止"},
        {Restriction::EncryptionRequired, "暗号化必須"},
        {Restriction::NoForwarding, "転送禁止"},
        {Restriction::NoTakingOut, "外部持出禁止"},
        {Restriction::NoRewrite, "書換禁止"},
        {Restriction::NoDeletion, "削除禁止"},
        {Restriction::RetainUntil, "期限付保存"},
        {Restriction::RecoverWithin, "期限内復旧"},
    };
    for (int i = 0; i < rows.size(); ++i)
        QTest::addRow("%s", qPrintable(enumKey(rows[i].first)))
            << rows[i].first << i << QString::fromUtf8(rows[i].second);
    QCOMPARE(enumValues<Restriction>().size(), rows.size());
}

void TestEnums::restrictionLabels()
{
    QFETCH(Restriction, value);
    QFETCH(int, position);
    QFETCH(QString, ja);
    QCOMPARE(enumLabel(value, Language::Japanese), ja);
    QCOMPARE(enumValues<Restriction>().indexOf(value), position);
}

void TestEnums::personalDataLabels()
{
    QCOMPARE(enumValues<PersonalData>(),
             (QList<PersonalData>{PersonalData::Personal, PersonalData::Sensitive, PersonalData::SpecificPersonal}));
    QCOMPARE(enumLabel(PersonalData::Personal, Language::Japanese), QStringLiteral("個人情報"));
    QCOMPARE(enumLabel(PersonalData::Sensitive, Language::Japanese), QStringLiteral("要配慮個人情報"));
    const QString specific = enumLabel(PersonalData::SpecificPersonal, Language::Japanese);
    QVERIFY2(specific.startsWith(QStringLiteral("特定個人情報")), qPrintable(specific));
    QVERIFY2(specific.contains(QStringLiteral("マイナンバー")), qPrintable(specific));
}

void TestEnums::roleScopes_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<RoleScope>("scope");
    QTest::addColumn<bool>("singleton");
    QTest::newRow("ciso") << Role::Ciso << RoleScope::WholeCity << true;
    QTest::newRow("chief_officer") << Role::ChiefOfficer << RoleScope::WholeCity << true;
    QTest::newRow("security_officer") << Role::SecurityOfficer << RoleScope::BodyOrDepartment << false;
    QTest::newRow("security_manager") << Role::SecurityManager << RoleScope::Section << false;
    QTest::newRow("system_admin") << Role::SystemAdmin << RoleScope::Systems << false;
    QTest::newRow("system_staff") << Role::SystemStaff << RoleScope::Systems << false;
    QTest::newRow("committee") << Role::Committee << RoleScope::WholeCity << false;
}

void TestEnums::roleScopes()
{
    QFETCH(Role, role);
    QFETCH(RoleScope, scope);
    QFETCH(bool, singleton);
    QCOMPARE(roleScope(role), scope);
    QCOMPARE(roleIsSingleton(role), singleton);
}

void TestEnums::assetFieldCanonicalHeaders()
{
    // DESIGN.md §4: the canonical ledger columns come first, in this order, then optional 機関.
    const QStringList canonical = u8List({"資産ID", "資産名称", "分類", "種別", "所管部局", "所管課室", "管理責任者",
                                          "担当者", "情報システム管理者", "通信経路区分", "機密性", "完全性", "可用性",
                                          "提供形態", "委託先・提供者", "保管場所", "備考", "機関"});
    const QList<AssetField> fields = enumValues<AssetField>();
    QVERIFY(fields.size() >= canonical.size());
    for (int i = 0; i < canonical.size(); ++i)
        QCOMPARE(enumLabel(fields.at(i), Language::Japanese), canonical.at(i));
    QCOMPARE(enumKey(AssetField::Code), QStringLiteral("code"));
    QCOMPARE(enumKey(AssetField::Confidentiality), QStringLiteral("confidentiality"));
}

void TestEnums::labelFollowsLanguage()
{
    LanguageGuard guard;
    LanguageSetting::setCurrent(Language::Japanese);
    QCOMPARE(enumLabel(Role::Ciso), QStringLiteral("最高情報セキュリティ責任者"));
    QCOMPARE(enumLabel(AssetField::Code), QStringLiteral("資産ID"));
    LanguageSetting::setCurrent(Language::English);
    QCOMPARE(enumLabel(Role::Ciso), QStringLiteral("Chief Information Security Officer"));
    QCOMPARE(enumLabel(AssetField::Code), QStringLiteral("Asset ID"));

    QCOMPARE(LanguageSetting::fromCode(QStringLiteral("en_GB")), Language::English);
    QCOMPARE(LanguageSetting::fromCode(QStringLiteral(" EN ")), Language::English);
    QCOMPARE(LanguageSetting::fromCode(QStringLiteral("ja")), Language::Japanese);
    QCOMPARE(LanguageSetting::fromCode(QStringLiteral("fr")), Language::Japanese);
    QCOMPARE(LanguageSetting::code(Language::English), QStringLiteral("en"));
    QCOMPARE(LanguageSetting::code(Language::Japanese), QStringLiteral("ja"));
}

void TestEnums::labelMatches()
{
    const Label label{"業務委託", "Outsourced"};
    QVERIFY(label.matches(QStringLiteral("業務委託")));
    QVERIFY(label.matches(QStringLiteral("outsourced")));
    QVERIFY(label.matches(QStringLiteral("OUTSOURCED")));
    QVERIFY(!label.matches(QStringLiteral("業務")));
    QVERIFY(!label.matches(QStringLiteral("outsource")));
    QVERIFY(!label.matches(QString()));
}

QTEST_GUILESS_MAIN(TestEnums)
#include "tst_enums.moc"
