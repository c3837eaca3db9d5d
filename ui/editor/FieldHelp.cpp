#include "FieldHelp.h"

#include <QFormLayout>
#include <QLabel>
#include <QWidget>

// The regulation is 能代市情報セキュリティ対策に関する規程; translator comments (//:) give its own
// words where a text follows it, so that the Japanese can quote it exactly.
namespace daicho {

QString FieldHelp::toolTip(AssetField field)
{
    using F = AssetField;
    switch (field) {
    case F::Code:
        return tr("The asset's ID: it names the information asset (情報資産, 第2条(3)) in the register, the "
                  "ledger and reports. No two assets share one.");
    case F::Name:
        return tr("What the information asset is called, as its section knows it.");
    case F::Category:
        //: 第2条(3) 情報資産 次に掲げるものをいう。ア
        //: ネットワーク、情報システム並びにこれらに関する設備及び電磁的記録媒体 イ
        //: ネットワーク及び情報システムで取り扱う情報（これらを印刷した文書を含む。） ウ
        //: 情報システムの仕様書、ネットワーク図等のシステム関連文書
        return tr("Which of the three kinds of information asset (情報資産) of 第2条(3) this is: ア networks, "
                  "information systems and their facilities and electromagnetic recording media; イ information "
                  "handled by networks and information systems, printed documents included; ウ system documents "
                  "such as specifications and network diagrams.");
    case F::Subtype:
        return tr("A finer type within the category, in your own words: server, terminal, network device, USB "
                  "memory, resident records, specification…");
    case F::Department:
        return tr("The department (部局) of the section holding the asset. Its 情報セキュリティ責任者 (第5条(3)) "
                  "confirms the asset in the yearly review.");
    case F::Section:
        return tr("The section (課室) that holds the asset. Its 情報セキュリティ管理者 (第5条(4)) is accountable "
                  "for the asset.");
    case F::Manager:
        return tr("The person accountable for the asset (管理責任者): the 情報セキュリティ管理者 (第5条(4)) of the "
                  "asset's section or of a unit above it. Anyone else is reported as a finding.");
    case F::Custodian:
        return tr("The member of staff who looks after the asset day to day. 職員等 include part-time staff "
                  "(第4条).");
    case F::SystemAdmin:
        //: 第2条(2) 情報システム コンピュータ、ネットワーク及び電磁的記録媒体で構成され、情報処理を行う仕組みをいう。
        return tr("For an asset that is or belongs to an information system (a set of computers, networks and "
                  "media that processes information, 第2条(2)): the 情報システム管理者 (第5条(5)) who runs it.");
    case F::Segment:
        return tr("The segment of the network the asset belongs to (第2条(9)–(11)): 第6条(2) takes different "
                  "measures in マイナンバー利用事務系, LGWAN接続系 and インターネット接続系. 該当なし for paper and "
                  "stand-alone devices.");
    case F::Confidentiality:
        //: 第2条(4) 機密性 情報にアクセスすることを認められた者だけが、情報にアクセスできる状態を確保することをいう。
        return tr("機密性 (第2条(4)): ensuring that only those permitted to access information can access it. "
                  "第6条(1) classifies assets by it; each level's meaning is shown on its entry.");
    case F::Integrity:
        //: 第2条(5) 完全性 情報が破壊、改ざん又は消去されていない状態を確保することをいう。
        return tr("完全性 (第2条(5)): ensuring that information is not destroyed, tampered with or erased. "
                  "第6条(1) classifies assets by it; each level's meaning is shown on its entry.");
    case F::Availability:
        //: 第2条(6) 可用性
        //: 情報にアクセスすることを認められた者が、必要なときに中断されることなく、情報にアクセスできる状態を確保することをいう。
        return tr("可用性 (第2条(6)): ensuring that those permitted to access information can access it when "
                  "they need it, without interruption. 第6条(1) classifies assets by it; each level's meaning is "
                  "shown on its entry.");
    case F::Provision:
        return tr("How the asset is provided (第6条(7)): run in-house, outsourced (業務委託), an external "
                  "(cloud) service or a social-media service. Each brings its own measures.");
    case F::Provider:
        return tr("The contractor (業務委託事業者, 第6条(7)ア) or the provider of the cloud or social-media "
                  "service.");
    case F::Location:
        return tr("Where the asset is kept or installed: server room, cabinet, office. Physical security "
                  "measures (第6条(3)) cover servers, the information system room, communication lines and PCs.");
    case F::Notes:
        return tr("Anything else worth recording about the asset.");
    case F::Body:
        return tr("The body the asset belongs to: one of those the regulation applies to (第3条の2), such as the "
                  "mayor, the Board of Education or the City Council.");
    case F::Scheme:
        return tr("The classification scheme the rating is made under. 第6条(1) classifies assets by "
                  "confidentiality, integrity and availability; the levels follow the national guideline, whose "
                  "revisions differ (2024: 自治体機密性 3A/3B/3C/2/1). A rating keeps the scheme it was made "
                  "under.");
    case F::Restrictions:
        return tr("Handling restrictions (取扱制限) that go with the classification: 第6条(1) takes measures "
                  "according to it; each level brings its usual ones.");
    case F::RestrictionNote:
        return tr("The restrictions in detail, in your own words: the date for 期限付保存 (○○まで保存), the time "
                  "for 期限内復旧 (○○以内復旧)…");
    case F::PersonalData:
        return tr("Which kinds of personal data the asset holds: 個人情報, 要配慮個人情報, 特定個人情報 (with an "
                  "individual number). Tick every kind it holds.");
    case F::ServiceName:
        return tr("The cloud service, or the social-media service and account (第6条(7)イ, ウ).");
    case F::ContractHasSecurity:
        //: 第6条(7)ア 業務委託事業者と情報セキュリティ要件を明記した契約を締結し
        return tr("Whether the contract with the contractor states the information security requirements "
                  "(第6条(7)ア).");
    case F::ProviderCheckedOn:
        //: 第6条(7)ア 業務委託事業者において必要なセキュリティ対策が確保されていることを確認し
        return tr("When it was last confirmed that the contractor has the necessary security measures in place "
                  "(第6条(7)ア).");
    case F::DataLocation:
        return tr("Where the service keeps the data: country, region or data centre.");
    case F::IsmapRegistered:
        return tr("Whether the cloud service is registered in ISMAP (政府情報システムのためのセキュリティ評価制度), "
                  "the government's security assessment of cloud services.");
    case F::UsageRulesInPlace:
        //: 第6条(7)イ 利用にかかる規定を整備し必要な対策を講じること。 ウ ソーシャルメディアサービスの運用手順を定め
        return tr("Whether the rules for using the cloud service (第6条(7)イ), or the operating procedure of the "
                  "social-media service (第6条(7)ウ), are in place.");
    case F::SnsResponsible:
        //: 第6条(7)ウ 利用するソーシャルメディアサービスごとの責任者を定めること。
        return tr("The person responsible for this social-media service (第6条(7)ウ).");
    case F::PublishableInfo:
        //: 第6条(7)ウ ソーシャルメディアサービスで発信できる情報を規定し
        return tr("What information may be published through this social-media service (第6条(7)ウ).");
    case F::Status:
        return tr("Whether the asset is in use or disposed of (廃棄). A disposed asset stays in the register, "
                  "read-only.");
    case F::DisposedOn:
        return tr("The day the asset was disposed of.");
    case F::DisposalMethod:
        return tr("How the asset was disposed of: physical destruction, data erasure software, degaussing, "
                  "shredding, dissolution…");
    case F::DisposalConfirmedBy:
        return tr("The person who confirmed the disposal.");
    case F::Extra:
        return tr("Columns of an imported ledger that have no field of their own, kept as they were.");
    }
    return {};
}

QString FieldHelp::toolTip(Term term)
{
    using T = Term;
    switch (term) {
    case T::Importance:
        return tr("重要度: the highest of the asset's 機密性, 完全性 and 可用性, a two-level axis counting 2 as 3 "
                  "and 1 as 1. Risk analysis (第8条) weighs the asset by it.");
    case T::Rating:
        return tr("The classification of 第6条(1): C 機密性 (第2条(4)), I 完全性 (第2条(5)) and A 可用性 "
                  "(第2条(6)), as in C3I2A2; '-' marks an axis not rated yet.");
    case T::Proposal:
        return tr("The handling restrictions usually taken for this rating.");
    case T::NotRated:
        return tr("Not rated yet. An asset without a complete rating is unclassified: the compliance check "
                  "reports it.");
    case T::Review:
        return tr("This fiscal year's review (棚卸し): the department's 情報セキュリティ責任者 (第5条(3)) confirms "
                  "each asset (確認済), asks for a correction (要修正) or marks it for disposal (廃棄予定).");
    case T::Findings:
        return tr("Compliance findings: where the register departs from the regulation, as the self-inspection "
                  "and audit of 第7条 would find.");
    case T::Search:
        return tr("Finds assets by any part of their ID, name, notes or the people named.");
    case T::Unit:
        return tr("The part of the organisation counted: a body (第3条の2), a department (部局) or a section "
                  "(課室).");
    case T::Threat:
        return tr("The threat the risk is about, from the register's catalogue of the threats of 第3条.");
    case T::ThreatGroup:
        return tr("Which of the five kinds of threat of 第3条 this is.");
    case T::ThreatLikelihood:
        return tr("脅威の起こりやすさ (IPA method), 1–3: how likely the threat is to occur. With the vulnerability "
                  "it gives 被害発生可能性, the likelihood of damage.");
    case T::Vulnerability:
        return tr("脆弱性のつけ込みやすさ (IPA method), 1–3: how easily the threat can exploit a weakness of the "
                  "asset.");
    case T::Likelihood:
        //: 第8条 脅威の発生の可能性及び発生時の損失等を分析し、リスクを検討した上で
        return tr("発生の可能性, 1–5: how likely the threat is to occur (第8条).");
    case T::Loss:
        //: 第8条 脅威の発生の可能性及び発生時の損失等を分析し、リスクを検討した上で
        return tr("発生時の損失, 1–5: the loss if it occurs (第8条).");
    case T::RiskValue:
        return tr("The risk value (第8条). IPA method: 重要度 × 被害発生可能性; 6–9 大 (not acceptable), 4 中 "
                  "(acceptable under control), 1–3 小 (acceptable). 5×5 method: 発生の可能性 × 発生時の損失, "
                  "banded as the register sets.");
    case T::RiskBand:
        return tr("The band of the risk value: 大 not acceptable, 中 acceptable under control, 小 acceptable.");
    case T::Treatment:
        return tr("How the risk is treated (リスク対応, JIS Q 27005): 修正 reduce it by measures, 保有 accept it, "
                  "回避 remove its cause, 共有 share it with another party.");
    case T::Plan:
        return tr("The measures planned or taken to treat the risk.");
    case T::RiskOwner:
        return tr("The person who sees the treatment through; at first the asset's accountable manager.");
    case T::DueOn:
        return tr("The day by which the treatment should be done.");
    case T::RiskStatus:
        return tr("Where the treatment stands: 未対応, 対応中 or 対応済.");
    case T::Residual:
        return tr("The risk after treatment (残留リスク): the same inputs, judged with the measures in place.");
    case T::ResidualValue:
        return tr("The risk value after treatment, banded like the risk itself.");
    case T::MethodIpa:
        return tr("IPA method (中小企業の情報セキュリティ対策ガイドライン 付録7): 重要度 × 被害発生可能性 on a 3×3 "
                  "grid, with the guideline's bands.");
    case T::MethodFiveByFive:
        //: 第8条 脅威の発生の可能性及び発生時の損失等を分析し
        return tr("5×5 method: 発生の可能性 1–5 × 発生時の損失 1–5 (第8条), with bands the register sets.");
    case T::HighFrom:
        return tr("Under the 5×5 method, the lowest risk value that is 大 (not acceptable).");
    case T::MediumFrom:
        return tr("Under the 5×5 method, the lowest risk value that is 中 (acceptable under control); lower "
                  "values are 小.");
    case T::PersonName:
        return tr("The person's name as the register and reports show it.");
    case T::NameKana:
        return tr("The reading of the name in kana, for sorting and searching.");
    case T::Title:
        return tr("The person's post, e.g. 課長 or 主任.");
    case T::Email:
        return tr("An e-mail address to reach the person.");
    case T::WorksIn:
        return tr("The unit the person works in: a department (部局) or a section (課室).");
    case T::PartTime:
        //: 第4条
        //: 職員等（非常勤の者を含む。以下同じ。）は、…情報セキュリティポリシー及び…情報セキュリティ実施手順を遵守しなければならない。
        return tr("職員等 include part-time staff (第4条): they too must follow the security policy and its "
                  "implementation procedures.");
    case T::InOffice:
        return tr("Whether the person is in office. People who have left stay in the register for its history "
                  "but are no longer offered.");
    case T::Role:
        return tr("The role of 第5条 to assign; each choice says what it covers.");
    case T::RoleUnit:
        return tr("Where the role applies: a body or department (部局) for 情報セキュリティ責任者, a section (課室) "
                  "for 情報セキュリティ管理者.");
    case T::RoleSystem:
        return tr("For 情報システム管理者 and 情報システム担当者 (第5条(5), (6)): the 資産ID of the information "
                  "system (category ア) they look after.");
    case T::RoleFrom:
        return tr("The day the person takes up the role; who held it before is kept.");
    case T::PastRoles:
        return tr("Also list roles that have ended.");
    case T::Successor:
        return tr("Who takes over the person's roles, the assets naming them and the open risks they own.");
    case T::TransferDate:
        return tr("The day the transfer (人事異動) takes effect, usually 1 April; the person's roles end the day "
                  "before.");
    }
    return {};
}

QString FieldHelp::whatsThis(AssetField field, const ClassificationScheme& scheme)
{
    QStringList lines{toolTip(field)};
    const auto add = [&lines](const QString& label, const QString& meaning) {
        lines << QStringLiteral("• %1 — %2").arg(label, meaning);
    };
    switch (field) {
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability: {
        const Axis axis = field == AssetField::Confidentiality ? Axis::Confidentiality
                          : field == AssetField::Integrity     ? Axis::Integrity
                                                               : Axis::Availability;
        lines << tr("Levels (%1):").arg(scheme.name.text());
        for (const ClassificationLevel& l : scheme.levels(axis))
            lines << QStringLiteral("• ") + level(axis, l);
        break;
    }
    case AssetField::Category:
        for (AssetCategory v : enumValues<AssetCategory>())
            add(categoryLetter(v), choice(v));
        break;
    case AssetField::Segment:
        for (NetworkSegment v : enumValues<NetworkSegment>())
            add(enumLabel(v), choice(v));
        break;
    case AssetField::Provision:
        for (Provision v : enumValues<Provision>())
            add(enumLabel(v), choice(v));
        break;
    case AssetField::Restrictions:
        for (Restriction v : enumValues<Restriction>())
            add(enumLabel(v), choice(v));
        break;
    case AssetField::PersonalData:
        for (PersonalData v : enumValues<PersonalData>())
            add(enumLabel(v), choice(v));
        break;
    default:
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QString FieldHelp::level(Axis axis, const ClassificationLevel& l)
{
    return tr("%1%2: %3").arg(axisLabel(axis).text(), l.code, l.meaning.text());
}

QString FieldHelp::level(Axis axis, const QString& code)
{
    for (const ClassificationScheme* s : ClassificationScheme::all())
        if (const ClassificationLevel* l = s->level(axis, code))
            return level(axis, *l);
    return {};
}

QString FieldHelp::scheme(const ClassificationScheme& s)
{
    QStringList axes;
    for (Axis axis : {Axis::Confidentiality, Axis::Integrity, Axis::Availability}) {
        QStringList codes;
        for (const ClassificationLevel& l : s.levels(axis))
            codes << l.code;
        axes << axisLabel(axis).text() + QLatin1Char(' ') + codes.join(QLatin1Char('/'));
    }
    return tr("%1: %2").arg(s.name.text(), axes.join(QStringLiteral(", ")));
}

QString FieldHelp::tipText(const QString& plain)
{
    // Columns as a terminal counts them: a kanji or kana is as wide as two Latin letters.
    const auto columns = [](QStringView line) {
        int n = 0;
        for (QChar ch : line)
            n += ch.unicode() >= 0x1100 ? 2 : 1;
        return n;
    };
    bool fits = true;
    for (QStringView line : QStringView(plain).split(QLatin1Char('\n')))
        fits = fits && columns(line) <= 60;
    if (fits)
        return plain;
    QString html = plain.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<table width=\"%1\"><tr><td>%2</td></tr></table>").arg(kTipWidth).arg(html);
}

void FieldHelp::apply(QWidget* widget, const QString& plain)
{
    widget->setToolTip(tipText(plain));
}

void FieldHelp::apply(QWidget* widget, AssetField field)
{
    widget->setToolTip(tipText(toolTip(field)));
    const QString more = whatsThis(field);
    widget->setWhatsThis(more != toolTip(field) ? tipText(more) : QString());
}

void FieldHelp::apply(QWidget* widget, Term term)
{
    apply(widget, toolTip(term));
}

void FieldHelp::applyRow(QFormLayout* form, QWidget* field, Term term)
{
    apply(field, term);
    if (QWidget* label = form->labelForField(field))
        apply(label, term);
}

void FieldHelp::applyRow(QFormLayout* form, QWidget* field, AssetField assetField)
{
    apply(field, assetField);
    if (QWidget* label = form->labelForField(field))
        apply(label, assetField);
}

void FieldHelp::tipLevels(QComboBox* box, Axis axis)
{
    for (int i = 0; i < box->count(); ++i) {
        const QString tip = level(axis, box->itemData(i).toString());
        if (!tip.isEmpty())
            box->setItemData(i, tipText(tip), Qt::ToolTipRole);
    }
}

} // namespace daicho
