#include "Generator.h"

#include "Register.h"
#include "common/Clock.h"
#include "db/Transaction.h"
#include "domain/ClassificationScheme.h"
#include "domain/RiskScoring.h"
#include "domain/RiskSuggester.h"
#include "repo/AssetRepository.h"

#include <algorithm>

namespace daicho {

namespace {

struct SystemSpec {
    const char* name;
    NetworkSegment segment;
    bool personal;
};

const QList<SystemSpec> kSystems{
    {"住民基本台帳システム", NetworkSegment::MyNumber, true},
    {"税務システム", NetworkSegment::MyNumber, true},
    {"国民健康保険システム", NetworkSegment::MyNumber, true},
    {"介護保険システム", NetworkSegment::MyNumber, true},
    {"障害福祉システム", NetworkSegment::MyNumber, true},
    {"児童手当システム", NetworkSegment::MyNumber, true},
    {"戸籍システム", NetworkSegment::MyNumber, true},
    {"宛名管理システム", NetworkSegment::MyNumber, true},
    {"財務会計システム", NetworkSegment::Lgwan, false},
    {"人事給与システム", NetworkSegment::Lgwan, true},
    {"文書管理システム", NetworkSegment::Lgwan, false},
    {"グループウェア", NetworkSegment::Lgwan, false},
    {"電子決裁システム", NetworkSegment::Lgwan, false},
    {"施設予約システム", NetworkSegment::Lgwan, true},
    {"公共工事積算システム", NetworkSegment::Lgwan, false},
    {"ホームページ管理システム", NetworkSegment::Internet, false},
    {"インターネットメール", NetworkSegment::Internet, true},
    {"電子申請システム", NetworkSegment::Internet, true},
    {"Web会議システム", NetworkSegment::Internet, false},
    {"図書館システム", NetworkSegment::Internet, true},
};

struct KindSpec {
    AssetCategory category;
    const char* subtype;
    const char* pattern; // %1 = system, %2 = running number
};

const QList<KindSpec> kKinds{
    {AssetCategory::Infrastructure, "サーバ", "%1 サーバ"},
    {AssetCategory::Infrastructure, "端末", "%1 業務端末 %2"},
    {AssetCategory::Infrastructure, "ネットワーク機器", "%1 ネットワークスイッチ"},
    {AssetCategory::Infrastructure, "ソフトウェア", "%1 業務アプリケーション"},
    {AssetCategory::Infrastructure, "電磁的記録媒体", "%1 バックアップ媒体 %2"},
    {AssetCategory::Infrastructure, "電磁的記録媒体", "USBメモリ %2"},
    {AssetCategory::Information, "データ", "%1 データベース"},
    {AssetCategory::Information, "データ", "%1 出力帳票データ"},
    {AssetCategory::Information, "印刷物", "%1 出力一覧（印刷物）"},
    {AssetCategory::Information, "電子ファイル", "%1 業務ファイル"},
    {AssetCategory::Document, "仕様書", "%1 仕様書"},
    {AssetCategory::Document, "ネットワーク図", "%1 ネットワーク構成図"},
    {AssetCategory::Document, "運用手順書", "%1 運用マニュアル"},
};

const QList<const char*> kPaperRecords{
    "申請書綴り", "会議録", "補助金交付申請書", "職員名簿", "健康診断結果", "相談記録票", "契約書類", "議事録",
};

const QList<const char*> kSurnames{"佐藤", "高橋", "鈴木", "伊藤", "工藤", "佐々木", "加藤", "斎藤", "三浦",
                                   "藤田", "小林", "渡辺", "畠山", "進藤", "武田",   "石川", "成田", "近藤"};
const QList<const char*> kGivenNames{"一郎", "健太", "大輔", "直樹", "智子", "恵美", "由美子", "裕子",   "誠",
                                     "浩二", "明美", "翔太", "美咲", "拓也", "陽子", "聡",     "真由美", "和也"};
const QList<const char*> kContractors{"株式会社秋田情報システム", "北日本データサービス株式会社",
                                      "株式会社能代電算センター", "東北システム開発株式会社"};
const QList<const char*> kClouds{"LGWAN-ASP 文書配信サービス", "自治体向けSaaS 電子申請", "ガバメントクラウド"};

} // namespace

Generator::Generator(Register& reg, quint32 seed)
    : m_register(reg)
    , m_random(seed)
    , m_riskRandom(seed + 1)
{
}

QString Generator::personName()
{
    return QString::fromUtf8(pick(kSurnames)) + QChar(0x3000) + QString::fromUtf8(pick(kGivenNames));
}

Result<qint64> Generator::addPerson(const QString& title, qint64 unitId)
{
    Person p;
    p.name = personName();
    p.title = title;
    p.unitId = unitId;
    p.partTime = title == QStringLiteral("会計年度任用職員");
    return m_register.people().createPerson(p);
}

Status Generator::ensureRole(Role role, qint64 personId, qint64 unitId)
{
    RoleAssignment a;
    a.personId = personId;
    a.role = role;
    a.unitId = unitId;
    a.validFrom = m_register.clock().nowUtc().date();
    Result<qint64> id = m_register.people().assignRole(a);
    return id ? success() : Status(id.problems());
}

Status Generator::ensurePeople()
{
    Result<QList<OrgUnit>> units = m_register.org().units();
    if (!units)
        return Status(units.problems());
    Result<QList<RoleAssignment>> managers = m_register.people().currentHolders(Role::SecurityManager);
    Result<QList<RoleAssignment>> officers = m_register.people().currentHolders(Role::SecurityOfficer);
    if (!managers || !officers)
        return Status(managers ? officers.problems() : managers.problems());

    // Existing heads are reused, so generating twice does not duplicate them.
    QHash<qint64, qint64> managerOf;
    for (const RoleAssignment& r : managers.value())
        managerOf.insert(r.unitId, r.personId);
    QSet<qint64> officerUnits;
    for (const RoleAssignment& r : officers.value())
        officerUnits.insert(r.unitId);

    QSet<qint64> parentsOfSections;
    for (const OrgUnit& u : units.value())
        if (u.kind == UnitKind::Section)
            parentsOfSections.insert(u.parentId);

    for (const OrgUnit& u : units.value()) {
        if (u.kind == UnitKind::Section) {
            SectionStaff section{u.id, managerOf.value(u.id), {}};
            if (section.manager == 0) {
                Result<qint64> head = addPerson(QStringLiteral("課長"), u.id);
                if (!head)
                    return Status(head.problems());
                section.manager = head.value();
                if (Status s = ensureRole(Role::SecurityManager, head.value(), u.id); !s)
                    return s;
                for (const char* title : {"係長", "主査", "主事", "会計年度任用職員"}) {
                    Result<qint64> staff = addPerson(QString::fromUtf8(title), u.id);
                    if (!staff)
                        return Status(staff.problems());
                    section.staff << staff.value();
                }
            } else {
                section.staff << section.manager;
            }
            m_sections << section;
        } else if (parentsOfSections.contains(u.id) && !officerUnits.contains(u.id)) {
            // The 情報セキュリティ責任者 of each department, and of bodies that hold sections directly.
            Result<qint64> head =
                addPerson(u.kind == UnitKind::Body ? QStringLiteral("事務局長") : QStringLiteral("部長"), u.id);
            if (!head)
                return Status(head.problems());
            if (Status s = ensureRole(Role::SecurityOfficer, head.value(), u.id); !s)
                return s;
        }
    }
    if (m_sections.isEmpty())
        return Status::failure(tr("The register has no sections (課室) to hold assets; apply a template first."));
    // The two city-wide roles of 第5条, once: the deputy mayor as CISO, the head of general
    // affairs as 統括. Named without the random sequence, so a seed's assets stay the same.
    const std::pair<Role, const char*> cityWide[] = {{Role::Ciso, "副市長"}, {Role::ChiefOfficer, "総務部長"}};
    for (const auto& [role, title] : cityWide) {
        Result<QList<RoleAssignment>> holders = m_register.people().currentHolders(role);
        if (!holders)
            return Status(holders.problems());
        if (!holders.value().isEmpty())
            continue;
        Person p;
        p.name = role == Role::Ciso ? QStringLiteral("能代　晴彦") : QStringLiteral("米代　秀樹");
        p.title = QString::fromUtf8(title);
        Result<qint64> id = m_register.people().createPerson(p);
        if (!id)
            return Status(id.problems());
        if (Status s = ensureRole(role, id.value(), 0); !s)
            return s;
    }
    return success();
}

Asset Generator::makeAsset(const SectionStaff& section, const QString& code)
{
    const SystemSpec& system = pick(kSystems);
    const KindSpec& kind = pick(kKinds);
    const QString running = QString::number(m_random.bounded(1, 100));
    const QString systemName = QString::fromUtf8(system.name);

    Asset a;
    a.code = code;
    a.category = kind.category;
    a.subtype = QString::fromUtf8(kind.subtype);
    a.name =
        QString::fromUtf8(kind.pattern).replace(QLatin1String("%1"), systemName).replace(QLatin1String("%2"), running);
    a.sectionId = section.sectionId;
    a.managerId = section.manager;
    a.custodianId = pick(section.staff);
    a.segment = system.segment;
    a.scheme = ClassificationScheme::defaultKey();

    const bool paper = kind.category == AssetCategory::Information && chance(15);
    if (paper) {
        a.name = QString::fromUtf8(pick(kPaperRecords)) + QStringLiteral("（") +
                 QString::number(2015 + m_random.bounded(12)) + QStringLiteral("年度）");
        a.subtype = QStringLiteral("紙文書");
        a.segment = NetworkSegment::None;
        a.location = QStringLiteral("書庫 %1").arg(m_random.bounded(1, 20));
    } else if (kind.category == AssetCategory::Infrastructure) {
        a.systemAdminId = section.manager;
        a.location = pick(QList<QString>{QStringLiteral("本庁舎 サーバ室"), QStringLiteral("第2庁舎 執務室"),
                                         QStringLiteral("二ツ井庁舎 電算室"), QStringLiteral("データセンター")});
    }

    const bool myNumber = a.segment == NetworkSegment::MyNumber;
    a.confidentiality =
        myNumber
            ? QStringLiteral("3")
            : pick(QList<QString>{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("1")});
    a.integrity = myNumber || chance(60) ? QStringLiteral("2") : QStringLiteral("1");
    a.availability = myNumber || chance(40) ? QStringLiteral("2") : QStringLiteral("1");
    if (chance(2))
        a.availability.clear(); // an unfinished rating, as real ledgers have
    const ClassificationScheme& scheme = ClassificationScheme::classic();
    a.restrictions = scheme.usualRestrictions(a.confidentiality, a.integrity, a.availability);
    a.restrictions.removeAll(Restriction::RetainUntil);
    a.restrictions.removeAll(Restriction::RecoverWithin);

    if (system.personal && kind.category != AssetCategory::Document) {
        a.personalData << PersonalData::Personal;
        if (myNumber)
            a.personalData << PersonalData::SpecificPersonal;
    }

    const quint32 provision = m_random.bounded(100);
    if (provision < 12) {
        a.provision = Provision::Outsourced;
        a.provider = QString::fromUtf8(pick(kContractors));
        a.contractHasSecurity = chance(85);
        a.providerCheckedOn = m_register.clock().nowUtc().date().addDays(-static_cast<int>(m_random.bounded(700)));
    } else if (provision < 18 && !myNumber) {
        a.provision = Provision::Cloud;
        a.provider = QString::fromUtf8(pick(kContractors));
        a.serviceName = QString::fromUtf8(pick(kClouds));
        a.dataLocation = QStringLiteral("国内");
        a.ismapRegistered = chance(70);
        a.usageRulesInPlace = chance(80);
    } else if (provision < 19 && a.segment == NetworkSegment::Internet) {
        a.provision = Provision::Sns;
        a.provider = pick(QList<QString>{QStringLiteral("X（旧Twitter）"), QStringLiteral("LINE"),
                                         QStringLiteral("Facebook"), QStringLiteral("YouTube")});
        a.serviceName = QStringLiteral("能代市公式アカウント");
        a.snsResponsibleId = section.manager;
        a.usageRulesInPlace = true;
        a.publishableInfo = QStringLiteral("イベント・防災情報");
    }
    if (chance(1)) {
        a.status = AssetStatus::Disposed;
        a.disposedOn = m_register.clock().nowUtc().date().addDays(-static_cast<int>(m_random.bounded(1, 365)));
        a.disposalMethod = QStringLiteral("物理破壊");
        a.disposalConfirmedBy = section.manager;
    }
    return a;
}

Result<qint64> Generator::generate(qint64 count)
{
    using R = Result<qint64>;
    if (count < 0)
        return R::failure(tr("The number of assets must not be negative."));
    Transaction tx(m_register.database());
    if (!tx.status())
        return R(tx.status().problems());
    if (Status s = ensurePeople(); !s)
        return R(s.problems());

    AssetRepository repo(m_register.database());
    Result<qint64> existing = repo.count();
    if (!existing)
        return existing;
    qint64 serial = existing.value();
    Result<QList<Threat>> threats = m_register.threats().all(true);
    if (!threats)
        return R(threats.problems());
    m_threats = threats.value();
    m_ipa = m_register.risks().method().kind() == RiskMethod::Kind::Ipa;
    constexpr int kBatch = 5000;
    qint64 made = 0;
    while (made < count) {
        QList<Asset> batch;
        const qint64 size = std::min<qint64>(kBatch, count - made);
        batch.reserve(static_cast<int>(size));
        while (batch.size() < size) {
            const QString code = QStringLiteral("A-%1").arg(++serial, 7, 10, QLatin1Char('0'));
            Result<bool> taken = repo.codeTaken(code, 0);
            if (!taken)
                return R(taken.problems());
            if (!taken.value())
                batch << makeAsset(pick(m_sections), code);
        }
        Result<QList<qint64>> ids = m_register.assets().createMany(batch);
        if (!ids)
            return R(ids.problems());
        for (int i = 0; i < batch.size(); ++i)
            batch[i].id = ids.value().at(i);
        if (Status s = m_withRisks ? addRisksAndHoldings(batch) : success(); !s)
            return R(s.problems());
        made += ids.value().size();
    }
    if (Status s = tx.commit(); !s)
        return R(s.problems());
    return made;
}

QList<Risk> Generator::makeRisks(const Asset& asset)
{
    const int importance = RiskService::importanceOf(asset);
    if (importance == 0 || asset.status == AssetStatus::Disposed || m_threats.isEmpty())
        return {};
    QRandomGenerator& random = m_riskRandom;
    const auto level = [&random](int around) {
        return std::clamp(around + static_cast<int>(random.bounded(3)) - 1, 1, 3);
    };
    // The suggested threats first, topped up with others: 2 to 4 risks, 3 on average.
    QList<RiskSuggestion> chosen = RiskSuggester::suggest(asset, m_threats);
    const int wanted = 2 + static_cast<int>(random.bounded(3));
    while (chosen.size() > wanted)
        chosen.removeAt(static_cast<int>(random.bounded(static_cast<quint32>(chosen.size()))));
    for (int attempts = 0; chosen.size() < wanted && attempts < 8; ++attempts) {
        const Threat& t = m_threats.at(static_cast<int>(random.bounded(static_cast<quint32>(m_threats.size()))));
        if (std::none_of(chosen.cbegin(), chosen.cend(),
                         [&t](const RiskSuggestion& s) { return s.threatKey == t.key; }))
            chosen << RiskSuggestion{t.key, 1 + static_cast<int>(random.bounded(2)), 2, {}};
    }
    const bool ipa = m_ipa;
    const QDate today = m_register.clock().nowUtc().date();
    QList<Risk> risks;
    for (const RiskSuggestion& s : chosen) {
        Risk r;
        r.assetId = asset.id;
        r.threatKey = s.threatKey;
        r.threatLevel = level(s.threatLevel);
        r.vulnerabilityLevel = level(s.vulnerabilityLevel);
        if (!ipa) {
            r.likelihood = 1 + static_cast<int>(random.bounded(5));
            r.impact = std::clamp(importance + 1 + static_cast<int>(random.bounded(3)) - 1, 1, 5);
        }
        r.ownerId = asset.managerId;
        // Offices treat their high risks first: most of those have a plan.
        const bool high = ipa && importance * RiskScoring::likelihood(r.threatLevel, r.vulnerabilityLevel) >= 6;
        // Modified 40 % of the time, retained 15 %, not treated yet otherwise; high risks 75 % modified.
        const quint32 roll = random.bounded(100);
        const bool modify = high ? roll < 75 : roll < 40;
        const bool retain = !high && roll >= 40 && roll < 55;
        if (modify) {
            r.treatment = Treatment::Modify;
            r.plan = QStringLiteral("対策を実施し、年度末に効果を確認する");
            r.dueOn = today.addDays(30 + static_cast<int>(random.bounded(330)));
            r.status = random.bounded(3) == 0 ? RiskStatus::Closed : RiskStatus::Treating;
            r.residualThreat = std::max(1, r.threatLevel - 1);
            r.residualVulnerability = 1;
            r.residualLikelihood = std::max(1, r.likelihood - 2);
            r.residualImpact = r.impact;
        } else if (retain) {
            r.treatment = Treatment::Retain;
            r.status = RiskStatus::Closed;
            r.residualThreat = r.threatLevel;
            r.residualVulnerability = r.vulnerabilityLevel;
            r.residualLikelihood = r.likelihood;
            r.residualImpact = r.impact;
        }
        risks << r;
    }
    return risks;
}

Status Generator::addRisksAndHoldings(const QList<Asset>& assets)
{
    QList<Risk> risks;
    QList<QPair<qint64, qint64>> holdings;
    for (const Asset& a : assets) {
        risks << makeRisks(a);
        QList<qint64>& holders = m_holders[a.sectionId];
        // Always an earlier asset holding a later one: the chains cannot go round.
        const auto holdBy = [&](int percent) {
            if (!holders.isEmpty() && static_cast<int>(m_riskRandom.bounded(100)) < percent)
                holdings << qMakePair(
                    holders.at(static_cast<int>(m_riskRandom.bounded(static_cast<quint32>(holders.size())))), a.id);
        };
        if (a.category == AssetCategory::Infrastructure) {
            holdBy(10); // a system on a server
            holders << a.id;
            if (holders.size() > 8)
                holders.removeFirst();
        } else if (a.category == AssetCategory::Information && a.segment != NetworkSegment::None) {
            holdBy(60);
        } else if (a.category == AssetCategory::Document) {
            holdBy(30);
        }
    }
    if (Result<qint64> made = m_register.risks().createMany(risks); !made)
        return Status(made.problems());
    if (Result<qint64> made = m_register.holdings().linkMany(holdings); !made)
        return Status(made.problems());
    return success();
}

} // namespace daicho
