#include "InspectionChecklist.h"

namespace daicho {

const QList<DefaultInspectionItem>& InspectionChecklist::defaults()
{
    static const QList<DefaultInspectionItem> items{
        {"policy_followed",
         "第4条",
         {"職員等（非常勤の者を含む。）が情報セキュリティポリシー及び実施手順を理解し、遵守している",
          "Staff, part-time staff included, know and follow the security policy and its procedures"}},
        {"roles_appointed",
         "第5条",
         {"課室の情報セキュリティ管理者、情報システム管理者及び情報システム担当者が指名され、台帳に記録されている",
          "The section's security manager, system administrators and system staff are appointed and recorded"}},
        {"assets_registered",
         "第6条(1)",
         {"課室が保有する情報資産がすべて台帳に登録され、機密性・完全性・可用性に応じて分類されている",
          "Every information asset the section holds is registered and rated for confidentiality, integrity "
          "and availability"}},
        {"handled_by_class",
         "第6条(1)",
         {"分類に応じた取扱い（表示、保管、複製、送付、持ち出し）がされている",
          "Assets are labelled, stored, copied, sent and taken out as their classification requires"}},
        {"mynumber_isolated",
         "第6条(2)ア",
         {"マイナンバー利用事務系の端末・システムは、他の領域と通信できないようになっている",
          "Terminals and systems of the My Number segment cannot communicate with other segments"}},
        {"mynumber_no_takeout",
         "第6条(2)ア",
         {"特定個人情報を扱う端末で、情報の持ち出し不可設定がされている",
          "Terminals handling specific personal information are set so that data cannot be taken out"}},
        {"mynumber_mfa",
         "第6条(2)ア",
         {"マイナンバー利用事務系の端末に多要素認証が導入されている",
          "Terminals of the My Number segment use multi-factor authentication"}},
        {"lgwan_separated",
         "第6条(2)イ",
         {"LGWAN接続系とインターネット接続系の通信経路が分割され、両系間の通信は無害化通信によっている",
          "The LGWAN and internet segments are separated and exchange data only by sanitised transfer"}},
        {"internet_via_cloud",
         "第6条(2)ウ",
         {"インターネット接続系の通信が自治体情報セキュリティクラウドに集約されている",
          "Internet traffic passes through the municipal security cloud"}},
        {"server_room",
         "第6条(3)",
         {"サーバ及び情報システム室は施錠され、入退室が管理・記録されている",
          "Servers and system rooms are locked, and entry is controlled and logged"}},
        {"devices_secured",
         "第6条(3)",
         {"パソコン及び電磁的記録媒体は、盗難防止の措置（施錠保管、ワイヤーロック等）がされている",
          "Computers and storage media are protected against theft (locked away, cable locks)"}},
        {"lines_managed",
         "第6条(3)",
         {"通信回線及び通信回線装置が、損傷や不正な接続から保護されている",
          "Network lines and equipment are protected against damage and unauthorised connection"}},
        {"media_disposed_safely",
         "第6条(3)",
         {"廃棄する機器・電磁的記録媒体の情報は復元できないよう消去され、その記録が残されている",
          "Data on discarded equipment and media is erased beyond recovery, and the erasure is recorded"}},
        {"training_attended",
         "第6条(4)",
         {"職員等が当年度の情報セキュリティ研修を受講している", "Staff attended this fiscal year's security training"}},
        {"credentials_kept",
         "第6条(4)",
         {"ID及びパスワードが適切に管理されている（共用、メモの貼付等がない）",
          "IDs and passwords are kept properly (not shared, not written down by the screen)"}},
        {"malware_protection",
         "第6条(5)",
         {"パソコン及びサーバに不正プログラム対策ソフトウェアが導入され、定義ファイルが最新である",
          "Computers and servers run anti-malware software with current definitions"}},
        {"updates_applied",
         "第6条(5)",
         {"OS及びソフトウェアのセキュリティ更新が適用されている",
          "Security updates of operating systems and software are applied"}},
        {"access_rights_reviewed",
         "第6条(5)",
         {"情報システムのアクセス権限が業務上必要な者に限られ、人事異動・退職時に見直されている",
          "System access is limited to those who need it and revised on transfers and departures"}},
        {"no_unauthorised_software",
         "第6条(5)",
         {"許可されていないソフトウェアが導入されていない", "No unauthorised software is installed"}},
        {"logs_checked",
         "第6条(6)",
         {"情報システムのアクセス記録が取得・保存され、定期的に確認されている",
          "System access logs are kept and checked regularly"}},
        {"incident_contacts",
         "第6条(6)",
         {"セキュリティ侵害時の連絡体制及び緊急時対応計画が課室内で周知されている",
          "The section knows whom to call and the contingency plan for a security incident"}},
        {"outsourcing_contract",
         "第6条(7)ア",
         {"業務委託契約に情報セキュリティ要件が明記され、委託事業者の対策が確認されている",
          "Outsourcing contracts state security requirements, and the contractor's measures are checked"}},
        {"cloud_rules",
         "第6条(7)イ",
         {"外部サービス（クラウドサービス）は、利用に係る規定に沿って申請・確認のうえ利用されている",
          "Cloud services are used as the usage rules require, after application and approval"}},
        {"sns_procedure",
         "第6条(7)ウ",
         {"ソーシャルメディアサービスごとに責任者、運用手順及び発信できる情報が定められている",
          "Each social media account has a responsible person, an operating procedure and rules on what "
          "may be posted"}},
        {"register_reviewed",
         "第7条",
         {"当年度の情報資産管理台帳の棚卸しが行われ、登録内容が最新である",
          "This year's review of the register was carried out and the register is up to date"}},
        {"procedures_confidential",
         "第10条",
         {"情報セキュリティ実施手順が非公開として管理されている",
          "The security implementation procedures are kept confidential"}},
    };
    return items;
}

InspectionItem InspectionChecklist::toItem(const DefaultInspectionItem& d, int position)
{
    InspectionItem item;
    item.key = QString::fromLatin1(d.key);
    item.article = QString::fromUtf8(d.article);
    item.textJa = QString::fromUtf8(d.text.ja);
    item.textEn = QString::fromUtf8(d.text.en);
    item.position = position;
    return item;
}

} // namespace daicho
