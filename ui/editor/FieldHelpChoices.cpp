#include "FieldHelp.h"

// What each value of the regulation's enumerations means (FieldHelp::choice). Translator comments
// (//:) give the regulation's own words where a text follows it.
namespace daicho {

QString FieldHelp::choice(AssetCategory value)
{
    // The label is the regulation's own words; the examples are the usual ones.
    switch (value) {
    case AssetCategory::Infrastructure:
        return tr("第2条(3)ア: %1. E.g. servers, PCs and terminals, network devices, software, server rooms, "
                  "lines, USB memories, backup media.")
            .arg(enumLabel(value));
    case AssetCategory::Information:
        return tr("第2条(3)イ: %1. E.g. resident records, tax data, e-mail, printed lists.").arg(enumLabel(value));
    case AssetCategory::Document:
        return tr("第2条(3)ウ: %1. E.g. specifications, network diagrams, operation manuals.").arg(enumLabel(value));
    }
    return {};
}

QString FieldHelp::choice(NetworkSegment value)
{
    switch (value) {
    case NetworkSegment::MyNumber:
        //: 第2条(9)
        //: 個人番号利用事務（社会保障、地方税若しくは防災に関する事務）又は戸籍事務に関わる情報システム及びデータをいう。
        //: 第6条(2)ア
        //: 原則として、他の領域との通信をできないようにした上で、端末からの情報持ち出し不可設定や端末への多要素認証の導入等により、住民情報の流出を防ぐこと。
        return tr("第2条(9): information systems and data of individual-number work (social security, local tax "
                  "or disaster prevention) or family-register work. 第6条(2)ア: in principle no communication "
                  "with other segments; terminals that cannot take data out and use multi-factor authentication.");
    case NetworkSegment::Lgwan:
        //: 第2条(10) LGWANに接続された情報システム及びその情報システムで取り扱うデータをいう。
        //: 第6条(2)イ
        //: インターネット接続系の情報システムとの通信経路の分割をし、両システム間で通信する場合には、無害化通信を実施すること。
        return tr("第2条(10): information systems connected to LGWAN and the data they handle. 第6条(2)イ: the "
                  "communication path is separated from the インターネット接続系 (通信経路の分割), and anything "
                  "exchanged with it goes by 無害化通信 (sanitised communication, 第2条(13)).");
    case NetworkSegment::Internet:
        //: 第2条(11)
        //: インターネットメール、ホームページ管理システム等に関わるインターネットに接続された情報システム及びその情報システムで取り扱うデータをいう。
        //: 第6条(2)ウ
        //: 秋田県及び本市のインターネットとの通信を集約した上で、自治体情報セキュリティクラウドの導入等を実施すること。
        return tr("第2条(11): information systems connected to the internet, such as internet mail and website "
                  "management, and the data they handle. 第6条(2)ウ: internet traffic is aggregated with Akita "
                  "Prefecture's, through the 自治体情報セキュリティクラウド.");
    case NetworkSegment::None:
        return tr("On none of the three segments: information on paper, or a stand-alone device.");
    }
    return {};
}

QString FieldHelp::choice(Provision value)
{
    switch (value) {
    case Provision::InHouse:
        return tr("Run by the city itself.");
    case Provision::Outsourced:
        //: 第6条(7)ア
        //: 業務委託事業者と情報セキュリティ要件を明記した契約を締結し、業務委託事業者において必要なセキュリティ対策が確保されていることを確認し、必要に応じて契約に基づく措置を講じること。
        return tr("第6条(7)ア: a contract stating the security requirements is made with the contractor; it is "
                  "confirmed that the contractor has the necessary measures, and the contract is enforced when "
                  "needed.");
    case Provision::Cloud:
        //: 第6条(7)イ 利用にかかる規定を整備し必要な対策を講じること。
        return tr("第2条(14), 第6条(7)イ: rules for its use are set and the necessary measures taken.");
    case Provision::Sns:
        //: 第6条(7)ウ
        //: ソーシャルメディアサービスの運用手順を定め、ソーシャルメディアサービスで発信できる情報を規定し、利用するソーシャルメディアサービスごとの責任者を定めること。
        return tr("第6条(7)ウ: an operating procedure is set, what may be published is defined, and someone is "
                  "made responsible for each service.");
    }
    return {};
}

QString FieldHelp::choice(AssetStatus value)
{
    return value == AssetStatus::Active ? tr("In use.") : tr("Disposed of; the record stays, read-only.");
}

QString FieldHelp::choice(Restriction value)
{
    using R = Restriction;
    switch (value) {
    case R::NeedToKnow:
        return tr("Only those concerned may handle it.");
    case R::NoCopy:
        return tr("It may not be copied.");
    case R::CopyNeedsPermission:
        return tr("Copying it needs permission.");
    case R::NoDistribution:
        return tr("It may not be handed out.");
    case R::EncryptionRequired:
        return tr("It is kept and sent encrypted.");
    case R::NoForwarding:
        return tr("It may not be forwarded.");
    case R::NoTakingOut:
        return tr("It may not be taken out of the office.");
    case R::NoRewrite:
        return tr("It may not be rewritten.");
    case R::NoDeletion:
        return tr("It may not be deleted.");
    case R::RetainUntil:
        return tr("It is kept until a set date (○○まで保存); give the date in the details.");
    case R::RecoverWithin:
        return tr("It is restored within a set time when lost (○○以内復旧); give the time in the details.");
    }
    return {};
}

QString FieldHelp::choice(PersonalData value)
{
    switch (value) {
    case PersonalData::Personal:
        return tr("Information about a living individual by which the individual can be identified "
                  "(個人情報の保護に関する法律 第2条第1項).");
    case PersonalData::Sensitive:
        return tr("Personal information needing special care, such as race, creed, social status, medical "
                  "history or criminal record (個人情報の保護に関する法律 第2条第3項).");
    case PersonalData::SpecificPersonal:
        return tr("Personal information that contains an individual number, My Number (番号法 第2条第8項).");
    }
    return {};
}

QString FieldHelp::choice(Role value)
{
    switch (value) {
    case Role::Ciso:
        return tr("第5条(1): information security of the whole city; one person at a time, usually the deputy "
                  "mayor, who chairs the committee.");
    case Role::ChiefOfficer:
        return tr("第5条(2): coordinates information security for the whole city; one person at a time, usually "
                  "the head of the IT-policy department.");
    case Role::SecurityOfficer:
        return tr("第5条(3): a body or department (部局), usually its head; confirms its assets in the yearly "
                  "review.");
    case Role::SecurityManager:
        return tr("第5条(4): a section (課室), usually its head; accountable for the section's assets.");
    case Role::SystemAdmin:
        return tr("第5条(5): one or more information systems, usually the head of the section running them.");
    case Role::SystemStaff:
        return tr("第5条(6): works on information systems under their 情報システム管理者.");
    case Role::Committee:
        return tr("第5条(7): a member of the city's security committee, chaired by the CISO; it receives the "
                  "register's reports.");
    }
    return {};
}

QString FieldHelp::choice(ThreatGroup value)
{
    switch (value) {
    case ThreatGroup::Intentional:
        //: 第3条(1)
        //: 不正アクセス、ウイルス攻撃、サービス不能攻撃等のサイバー攻撃、部外者の侵入等の意図的な要因による情報資産の漏えい・破壊・改ざん・消去、重要情報の詐取、内部不正等
        return tr("第3条(1): leakage, destruction, tampering or erasure of information assets, theft of important "
                  "information, insider fraud and the like, from intentional causes: cyber attacks such as "
                  "unauthorised access, viruses and denial of service, intrusion by outsiders.");
    case ThreatGroup::Unintentional:
        //: 第3条(2)
        //: 情報資産の無断持ち出し、無許可ソフトウェアの使用等の規定違反、設計・開発の不備、プログラム上の欠陥、操作・設定ミス、メンテナンスの不備、内部・外部監査機能の不備、委託管理の不備、マネジメントの欠陥、機器故障等の非意図的の要因による情報資産の漏えい・破壊・消去等
        return tr("第3条(2): leakage, destruction or erasure of information assets from unintentional causes: "
                  "rule violations such as taking assets out or using unauthorised software, design and "
                  "development defects, program flaws, operating and setting mistakes, poor maintenance, audit, "
                  "outsourcing control or management, equipment failure.");
    case ThreatGroup::Disaster:
        //: 第3条(3) 地震、落雷、火災等の災害によるサービス及び業務の停止等
        return tr("第3条(3): services and business stopped by disasters such as earthquakes, lightning and fire.");
    case ThreatGroup::StaffShortage:
        //: 第3条(4) 大規模・広範囲にわたる疾病による要員不足に伴うシステム運用の機能不全等
        return tr("第3条(4): systems that cannot be run for want of staff, from large-scale, widespread illness.");
    case ThreatGroup::Infrastructure:
        //: 第3条(5) 電力供給の途絶、通信の途絶、水道供給の途絶等のインフラの障害からの波及等
        return tr("第3条(5): knock-on effects of infrastructure failures: power, communication or water supply "
                  "cut off.");
    }
    return {};
}

QString FieldHelp::choice(Treatment value)
{
    switch (value) {
    case Treatment::Modify:
        return tr("Reduce the risk by taking or changing measures.");
    case Treatment::Retain:
        return tr("Accept the risk as it is, knowingly.");
    case Treatment::Avoid:
        return tr("Remove the risk by stopping or changing what gives rise to it.");
    case Treatment::Share:
        return tr("Share the risk with another party, e.g. by insurance or a contract.");
    }
    return {};
}

QString FieldHelp::choice(RiskStatus value)
{
    switch (value) {
    case RiskStatus::Open:
        return tr("Not treated yet.");
    case RiskStatus::Treating:
        return tr("Treatment under way.");
    case RiskStatus::Closed:
        return tr("Treatment done.");
    }
    return {};
}

QString FieldHelp::choice(RiskBand value)
{
    switch (value) {
    case RiskBand::High:
        return tr("Not acceptable (受容できない).");
    case RiskBand::Medium:
        return tr("Acceptable under control (管理下で受容).");
    case RiskBand::Low:
        return tr("Acceptable (受容可能).");
    }
    return {};
}

QString FieldHelp::choice(ReviewOutcome value)
{
    switch (value) {
    case ReviewOutcome::Confirmed:
        return tr("Confirmed as recorded.");
    case ReviewOutcome::NeedsFix:
        return tr("The record needs correcting.");
    case ReviewOutcome::ToDispose:
        return tr("To be disposed of.");
    }
    return {};
}

} // namespace daicho
