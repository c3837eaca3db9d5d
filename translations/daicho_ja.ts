<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>%1 is a member of the security committee, who read the register but do not change it.</source>
        <translation>%1 は情報セキュリティ対策委員会の委員です。委員は台帳を閲覧できますが、変更はできません。</translation>
    </message>
    <message>
        <source>%1 may not change asset %2: its section is outside what %1 looks after (第5条).</source>
        <translation>%1 は資産 %2 を変更できません。所管課室が %1 の担当範囲の外です（第5条）。</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新規）</translation>
    </message>
    <message>
        <source>%1 may not change the organisation, people or roles: that is for administrators, the CISO and 統括情報セキュリティ責任者.</source>
        <translation>%1 は組織・職員・役割を変更できません。変更できるのは管理者、最高情報セキュリティ責任者及び統括情報セキュリティ責任者です。</translation>
    </message>
</context>
<context>
    <name>AssetService</name>
    <message>
        <source>The asset %1 does not exist.</source>
        <translation>資産 %1 は存在しません。</translation>
    </message>
    <message>
        <source>Asset %1 has been disposed of and is read-only.</source>
        <translation>資産 %1 は廃棄済みのため変更できません。</translation>
    </message>
    <message>
        <source>Asset %1 was changed by someone else since it was loaded (version %2, now %3). Reload it and apply the change again.</source>
        <translation>資産 %1 は読み込んだ後に他の利用者が変更しています（読み込み時の版 %2、現在の版 %3）。再読み込みしてから変更し直してください。</translation>
    </message>
    <message>
        <source>The asset id %1 is in use again; %2 cannot get it back.</source>
        <translation>資産の内部番号 %1 は既に別の資産が使っているため、%2 を元に戻せません。</translation>
    </message>
    <message>
        <source>Asset %1 has been disposed of; its record is kept.</source>
        <translation>資産 %1 は廃棄済みです。廃棄の記録は削除できません。</translation>
    </message>
    <message numerus="yes">
        <source>Asset %1 has %n risk(s) and %2 holding link(s) recorded; remove those first, or dispose of the asset instead.</source>
        <translation>
            <numerusform>資産 %1 にはリスクが %n 件、保持関係が %2 件登録されています。先にそれらを削除するか、資産を廃棄してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetValidator</name>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>%1 文字あります。%2 文字以内にしてください</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>入力が必要です</translation>
    </message>
    <message>
        <source>names a person who is not in the register</source>
        <translation>台帳に登録されていない人が指定されています</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>空白を含めることはできません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another asset</source>
        <translation>「%1」は他の資産で使われています</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>制御文字が含まれています</translation>
    </message>
    <message>
        <source>is required (ア, イ or ウ of Article 2 (3))</source>
        <translation>入力が必要です（第2条第3号のア・イ・ウのいずれか）</translation>
    </message>
    <message>
        <source>names a unit that is not in the organisation tree</source>
        <translation>組織に存在しない部署が指定されています</translation>
    </message>
    <message>
        <source>must be a section (課室), not a body or department</source>
        <translation>課室を指定してください（機関や部局は指定できません）</translation>
    </message>
    <message>
        <source>is required; choose 該当なし for paper or stand-alone assets</source>
        <translation>入力が必要です。紙やスタンドアロンの資産は「該当なし」を選んでください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known classification scheme</source>
        <translation>「%1」は登録されていない分類基準です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of this scheme (allowed: %2)</source>
        <translation>「%1」はこの分類基準にない区分です（指定できる値：%2）</translation>
    </message>
    <message>
        <source>must say the date or time limit for 期限付保存 / 期限内復旧</source>
        <translation>期限付保存・期限内復旧の期限を記入してください</translation>
    </message>
    <message>
        <source>is required for an outsourced asset (the contractor)</source>
        <translation>業務委託の資産では委託先の入力が必要です</translation>
    </message>
    <message>
        <source>is required for a cloud service (the provider)</source>
        <translation>クラウドサービスでは提供者の入力が必要です</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>未来の日付になっています</translation>
    </message>
    <message>
        <source>an active asset cannot carry a disposal record</source>
        <translation>運用中の資産に廃棄の記録を付けることはできません</translation>
    </message>
    <message>
        <source>is required when an asset is disposed</source>
        <translation>廃棄する資産では入力が必要です</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is required for a social media account (the service)</source>
        <translation>ソーシャルメディアのアカウントではサービス名の入力が必要です</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Organisation unit</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Role assignment</source>
        <translation>役割の割当て</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Audit event #%1 has been altered: its content no longer matches its hash.</source>
        <translation>監査記録 #%1 が改ざんされています。内容がハッシュ値と一致しません。</translation>
    </message>
    <message>
        <source>Audit event #%1 does not follow event #%2: events were deleted, inserted or reordered.</source>
        <translation>監査記録 #%1 が #%2 に続いていません。記録の削除・挿入・並べ替えが行われています。</translation>
    </message>
    <message>
        <source>The audit trail ends at event #%1 (%2 events), but the register recorded event #%3 (%4 events) as its last: events were removed or added outside Daicho.</source>
        <translation>監査記録は #%1（%2 件）で終わっていますが、台帳には #%3（%4 件）が最後の記録として登録されています。Daicho の外で記録が削除または追加されています。</translation>
    </message>
    <message>
        <source>%1 %2 (id %3) was removed outside Daicho: its last audit event #%4 records it as present.</source>
        <translation>%1「%2」（ID %3）は Daicho の外で削除されています。最後の監査記録 #%4 では存在しています。</translation>
    </message>
    <message>
        <source>%1 %2 (id %3) has no audit event: it was added outside Daicho.</source>
        <translation>%1「%2」（ID %3）には監査記録がありません。Daicho の外で追加されています。</translation>
    </message>
    <message>
        <source>%1 %2 (id %3) differs from its last audit event #%4 in: %5. It was changed outside Daicho.</source>
        <translation>%1「%2」（ID %3）は最後の監査記録 #%4 と次の項目が異なります：%5。Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>%1 %2 (id %3) differs from the state its last audit event #%4 recorded when it was imported. It was changed outside Daicho.</source>
        <translation>%1「%2」（ID %3）は、取り込み時に最後の監査記録 #%4 が記録した状態と異なります。Daicho の外で変更されています。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>保持関係</translation>
    </message>
    <message>
        <source>Review campaign</source>
        <translation>棚卸し</translation>
    </message>
    <message>
        <source>Asset review</source>
        <translation>資産の棚卸し結果</translation>
    </message>
    <message>
        <source>Review sign-off</source>
        <translation>棚卸しの承認</translation>
    </message>
    <message>
        <source>Self-inspection item</source>
        <translation>自己点検項目</translation>
    </message>
    <message>
        <source>Self-inspection answer</source>
        <translation>自己点検の回答</translation>
    </message>
    <message>
        <source>Committee report</source>
        <translation>委員会報告書</translation>
    </message>
    <message>
        <source>This server login sees only its own part of the audit trail, and checking the chain needs all of it: verify as the register&apos;s owner, an administrator, the CISO, 統括情報セキュリティ責任者 or a member of the committee.</source>
        <translation>このサーバーのログインから見えるのは監査記録の一部だけですが、連鎖の検証には全体が必要です。台帳の所有者、管理者、最高情報セキュリティ責任者（CISO）、統括情報セキュリティ責任者又は情報セキュリティ対策委員会の委員として検証してください。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Where to? Give the path of the backup file to write.</source>
        <translation>書き出し先は？ 作成するバックアップファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>The backup %1 was written but cannot be checked: %2</source>
        <translation>バックアップ %1 は書き出しましたが、検査できません: %2</translation>
    </message>
    <message>
        <source>The audit trail of the backup %1 does not verify; the register itself needs checking (verify-audit).</source>
        <translation>バックアップ %1 の監査証跡を検証できません。台帳そのものの点検が必要です（verify-audit）。</translation>
    </message>
    <message>
        <source>Backed up the register to %1 (%2), readable by its owner only. Its audit trail is intact: %3 events checked, %4 records match their last event.</source>
        <translation>台帳を %1（%2）にバックアップしました。所有者のみが読み取れます。監査証跡は完全です: %3 件のイベントを確認し、%4 件のレコードが最後のイベントと一致しました。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the register to a new file (owner-only) and check it</source>
        <translation>台帳の整合した複製を新しいファイル（所有者のみ読み書き可）に書き出し、検査する</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>The automatic backup was stopped; no copy was kept.</source>
        <translation>自動バックアップを中止しました。複製は残していません。</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>バックアップフォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>スクリプト向けに JSON で出力します。</translation>
    </message>
    <message>
        <source>Only this rule (may be repeated).</source>
        <translation>このルールだけを検査します（複数指定可）。</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;.</source>
        <translation>ルール「%1」はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 errors, %2 warnings</source>
        <translation>
            <numerusform>指摘 %n 件（エラー %1 件、警告 %2 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the register against the regulation; exit 4 when there are error-level findings</source>
        <translation>台帳を規程に照らして点検します。エラーの指摘があれば終了コード 4 で終わります</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Without --db the default register is used: %1</source>
        <translation>--db を省略すると既定の台帳を使います: %1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Language of messages: ja or en.</source>
        <translation>メッセージの言語（ja または en）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです: %1</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (password from DAICHO_PASSWORD, or asked for).</source>
        <translation>ログイン名でサインインします（パスワードは DAICHO_PASSWORD から、なければ入力を求めます）。</translation>
    </message>
    <message>
        <source>Usage: daicho-cli [--db FILE|postgresql://USER@HOST:PORT/DB] [--user LOGIN] [--lang ja|en] &lt;command&gt; [options]</source>
        <translation>使い方: daicho-cli [--db ファイル|postgresql://ユーザー@ホスト:ポート/データベース] [--user ログイン名] [--lang ja|en] &lt;コマンド&gt; [オプション]</translation>
    </message>
    <message>
        <source>Register file, or postgresql://USER@HOST:PORT/DB for a shared register (password from PGPASSWORD or ~/.pgpass).</source>
        <translation>台帳ファイル、または共有台帳の postgresql://ユーザー@ホスト:ポート/データベース（パスワードは PGPASSWORD または ~/.pgpass から）。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>不要な引数があります: %1</translation>
    </message>
    <message>
        <source>Usage: daicho-cli [--db FILE] %1</source>
        <translation>使い方: daicho-cli [--db ファイル] %1</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 には %2 から %3 までの整数を指定してください（指定値：「%4」）。</translation>
    </message>
    <message>
        <source>This register has users: sign in with --user LOGIN (the password from DAICHO_PASSWORD or asked for).</source>
        <translation>この台帳にはユーザーが登録されています。--user ログイン名 でサインインしてください（パスワードは DAICHO_PASSWORD から、なければ入力を求めます）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>Connected to the server as %1: sign in as that user, or connect as %2.</source>
        <translation>サーバーには %1 として接続しています。そのユーザーとしてサインインするか、%2 として接続してください。</translation>
    </message>
    <message>
        <source>Backed up the register before updating it: %1</source>
        <translation>更新の前に台帳を複製しました: %1</translation>
    </message>
</context>
<context>
    <name>CommitteeReport</name>
    <message>
        <source>The unit %1 does not exist.</source>
        <translation>組織 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>CommitteeReportPainter</name>
    <message>
        <source>The report cannot be drawn on this device.</source>
        <translation>この出力先には報告書を描画できません。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: 報告書を書き出せません: %2</translation>
    </message>
</context>
<context>
    <name>ComplianceRules</name>
    <message>
        <source>Every asset rated for confidentiality, integrity and availability</source>
        <translation>すべての情報資産が機密性・完全性・可用性で分類されている</translation>
    </message>
    <message>
        <source>%1 is not rated for all of confidentiality, integrity and availability (Article 6 (1))</source>
        <translation>%1 は機密性・完全性・可用性の分類が済んでいません（第6条(1)）</translation>
    </message>
    <message>
        <source>Every asset has an accountable manager</source>
        <translation>すべての情報資産に管理責任者がいる</translation>
    </message>
    <message>
        <source>%1 has no accountable manager (Article 5 (4))</source>
        <translation>%1 に管理責任者がいません（第5条(4)）</translation>
    </message>
    <message>
        <source>Accountable managers hold the role over the asset&apos;s section</source>
        <translation>管理責任者が所管課室の情報セキュリティ管理者である</translation>
    </message>
    <message>
        <source>%1: its manager %2 is not the %3 of its section (Article 5 (4))</source>
        <translation>%1：管理責任者 %2 は所管課室の%3ではありません（第5条(4)）</translation>
    </message>
    <message>
        <source>Every information system has a system administrator</source>
        <translation>すべての情報システムに情報システム管理者がいる</translation>
    </message>
    <message>
        <source>%1 has no %2 (Article 5 (5))</source>
        <translation>%1 に%2がいません（第5条(5)）</translation>
    </message>
    <message>
        <source>Assets kept within their network segment</source>
        <translation>情報資産が通信経路区分の中にとどまっている</translation>
    </message>
    <message>
        <source>%1 belongs to %2 but is provided as a cloud or social media service (Article 6 (2) ア)</source>
        <translation>%1 は%2ですが、クラウドサービス又はソーシャルメディアで提供されています（第6条(2)ア）</translation>
    </message>
    <message>
        <source>%1 is confidentiality 3 in %2 (Article 6 (2))</source>
        <translation>%1 は機密性3ですが%2にあります（第6条(2)）</translation>
    </message>
    <message>
        <source>%1 holds specific personal information (My Number) outside %2 (Article 6 (2) ア)</source>
        <translation>%1 は特定個人情報（マイナンバー）を%2の外で扱っています（第6条(2)ア）</translation>
    </message>
    <message>
        <source>%1 belongs to %2 but is held by an asset of %3 (Article 6 (2) ア)</source>
        <translation>%1 は%2ですが、%3の資産に保持されています（第6条(2)ア）</translation>
    </message>
    <message>
        <source>Outsourcing with a contractor and a security clause</source>
        <translation>業務委託に委託先とセキュリティ要件を明記した契約がある</translation>
    </message>
    <message>
        <source>%1 is outsourced without a contractor recorded (Article 6 (7) ア)</source>
        <translation>%1 は業務委託ですが委託先が記録されていません（第6条(7)ア）</translation>
    </message>
    <message>
        <source>%1 is outsourced without a confirmed security clause in the contract (Article 6 (7) ア)</source>
        <translation>%1 は業務委託ですが、契約に情報セキュリティ要件が明記されていることが確認されていません（第6条(7)ア）</translation>
    </message>
    <message>
        <source>Cloud services with a provider, usage rules and ISMAP status</source>
        <translation>クラウドサービスに提供者・利用規定・ISMAP 登録状況がある</translation>
    </message>
    <message>
        <source>%1 uses a cloud service without its provider, usage rules or ISMAP status recorded (Article 6 (7) イ)</source>
        <translation>%1 はクラウドサービスを利用していますが、提供者・利用規定・ISMAP 登録状況のいずれかが記録されていません（第6条(7)イ）</translation>
    </message>
    <message>
        <source>Social media with a responsible person and an operating procedure</source>
        <translation>ソーシャルメディアに責任者と運用手順がある</translation>
    </message>
    <message>
        <source>%1 is a social media account without a responsible person or an operating procedure (Article 6 (7) ウ)</source>
        <translation>%1 はソーシャルメディアのアカウントですが、責任者又は運用手順が定められていません（第6条(7)ウ）</translation>
    </message>
    <message>
        <source>Disposals recorded with date, method and who confirmed them</source>
        <translation>廃棄に廃棄日・方法・確認者が記録されている</translation>
    </message>
    <message>
        <source>%1 is disposed of without the date, the method or who confirmed it (Article 6 (3))</source>
        <translation>%1 は廃棄済みですが、廃棄日・方法・確認者のいずれかが記録されていません（第6条(3)）</translation>
    </message>
    <message>
        <source>Every asset reviewed in this fiscal year&apos;s campaign</source>
        <translation>今年度の棚卸しで全資産が確認されている</translation>
    </message>
    <message>
        <source>%1 was not reviewed in the fiscal year %2 review, due on %3 (Article 7)</source>
        <translation>%1 は %2 年度の棚卸し（期限 %3）で確認されていません（第7条）</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open %1: it is a folder.</source>
        <translation>%1 を開けません。フォルダーです。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>ファイルが読み込み用に開かれていません。</translation>
    </message>
    <message>
        <source>The file is UTF-16 text, which cannot be read; save it from Excel as &quot;CSV UTF-8&quot; instead.</source>
        <translation>このファイルは UTF-16 のテキストのため読み込めません。Excel で「CSV UTF-8」形式で保存し直してください。</translation>
    </message>
    <message>
        <source>This program cannot read %1 text (it was built without ICU).</source>
        <translation>このプログラムは %1 のテキストを読み込めません（ICU なしでビルドされています）。</translation>
    </message>
    <message>
        <source>Line %1: a row is longer than %2 characters.</source>
        <translation>%1 行目: 1 行が %2 文字を超えています。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Line %1: the file could not be read further: %2</source>
        <translation>%1 行目: これ以上ファイルを読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Line %1: a row has more than %2 columns.</source>
        <translation>%1 行目: 列が %2 を超えています。</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed.</source>
        <translation>%1 行目: 引用符で囲まれたセルが閉じられていません。</translation>
    </message>
    <message>
        <source>Line %1: the text is not valid %2; is the file in another encoding?</source>
        <translation>%1 行目: %2 として正しくない文字があります。別の文字コードのファイルではありませんか。</translation>
    </message>
    <message>
        <source>Line %1: the file contains a control character (U+%2); it does not look like a CSV text file.</source>
        <translation>%1 行目: 制御文字（U+%2）が含まれています。CSV のテキストファイルではないようです。</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted cell is longer than %3 characters; is its closing quote missing?</source>
        <translation>%1 行目 %2 列目: 引用符で囲まれたセルが %3 文字を超えています。閉じる引用符が抜けていませんか。</translation>
    </message>
    <message>
        <source>Line %1, column %2: a cell is longer than %3 characters.</source>
        <translation>%1 行目 %2 列目: セルが %3 文字を超えています。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>This program cannot write %1 text (it was built without ICU).</source>
        <translation>このプログラムは %1 のテキストを書き出せません（ICU なしでビルドされています）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The file is already complete; no row can be added to it.</source>
        <translation>ファイルは書き出し済みのため、行を追加できません。</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;): the control character %3 cannot be written to a CSV file.</source>
        <translation>%1 列目（「%2」）: 制御文字 %3 は CSV ファイルに書き出せません。</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;): the character &quot;%3&quot; (%4) cannot be written in %5; export in UTF-8 instead.</source>
        <translation>%1 列目（「%2」）: 文字「%3」（%4）は %5 で書き出せません。UTF-8 で出力してください。</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;): %3 is not a valid character.</source>
        <translation>%1 列目（「%2」）: %3 は正しい文字ではありません。</translation>
    </message>
    <message>
        <source>The row cannot be written in %1.</source>
        <translation>この行は %1 で書き出せません。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The register %1 does not exist. Create it first with &quot;init&quot;.</source>
        <translation>台帳 %1 は存在しません。先に「init」で作成してください。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a register file.</source>
        <translation>%1 はフォルダーです。台帳ファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open the register %1: %2</source>
        <translation>台帳 %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Daicho register; it has not been changed.</source>
        <translation>%1 は他のプログラムのデータベースで、Daicho の台帳ではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Daicho register: %2</source>
        <translation>%1 は Daicho の台帳として読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a register is never overwritten. Choose another file name.</source>
        <translation>%1 は既に存在します。台帳を上書きすることはありません。別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: the Qt driver QPSQL is missing (Debian package libqt6sql6-psql).</source>
        <translation>このインストールでは PostgreSQL に接続できません。Qt のドライバー QPSQL がありません（Debian パッケージ libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the register %1: %2</source>
        <translation>台帳 %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>%1 already holds a register; a register is never overwritten.</source>
        <translation>%1 には既に台帳があります。台帳を上書きすることはありません。</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>The register %1 is damaged and cannot be read (%2). Restore it from a backup: File → Restore Register… in the window, or daicho-cli restore BACKUP.</source>
        <translation>台帳 %1 は破損していて読み込めません（%2）。バックアップから復元してください（画面では［ファイル］→［台帳の復元］、コマンドでは daicho-cli restore バックアップファイル）。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a register: it is not a database file, or its first page is damaged (%2). If it is your register, restore it from a backup: File → Restore Register… in the window, or daicho-cli restore BACKUP.</source>
        <translation>%1 は台帳として読み込めません。データベースファイルではないか、先頭のページが破損しています（%2）。お使いの台帳であれば、バックアップから復元してください（画面では［ファイル］→［台帳の復元］、コマンドでは daicho-cli restore バックアップファイル）。</translation>
    </message>
    <message>
        <source>The register %1 could not be written: the disk is full, or the file has reached its size limit (%2). Nothing of this change was saved; make room on the disk and try again.</source>
        <translation>台帳 %1 に書き込めませんでした。ディスクに空きがないか、ファイルが上限の大きさに達しています（%2）。この変更は何も保存されていません。ディスクの空きを確保してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The register %1 is read-only (%2): the file or its folder cannot be written. Nothing was changed. Ask for write access, or copy the register to a folder you can write to.</source>
        <translation>台帳 %1 は読み取り専用です（%2）。ファイルまたはそのフォルダーに書き込めません。何も変更していません。書き込み権限を依頼するか、書き込めるフォルダーに台帳を複製してください。</translation>
    </message>
    <message>
        <source>The register %1 cannot be opened (%2): the file or its folder cannot be read or written. A register needs a folder you can write to, since SQLite keeps its journal files beside it.</source>
        <translation>台帳 %1 を開けません（%2）。ファイルまたはそのフォルダーを読み書きできません。SQLite は台帳と同じフォルダーにジャーナルファイルを作るため、台帳は書き込めるフォルダーに置く必要があります。</translation>
    </message>
    <message>
        <source>The register %1 is in use by another program, which keeps it locked (%2). Nothing was changed; try again when that program has finished, or close it.</source>
        <translation>台帳 %1 は他のプログラムが使用中で、ロックされています（%2）。何も変更していません。そのプログラムの処理が終わってからもう一度実行するか、そのプログラムを終了してください。</translation>
    </message>
    <message>
        <source>Reading or writing the register %1 failed (%2): the disk or the network drive may be failing. Nothing of this change was saved; copy the register to a sound disk, or restore it from a backup, before going on.</source>
        <translation>台帳 %1 の読み書きに失敗しました（%2）。ディスクまたはネットワークドライブに障害がある可能性があります。この変更は何も保存されていません。作業を続ける前に、台帳を正常なディスクに複製するか、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The register %1 is an empty file (0 bytes): its contents were lost, or it never was a register; it has not been changed. If it is your register, restore it from a backup: File → Restore Register… in the window, or daicho-cli restore BACKUP.</source>
        <translation>台帳 %1 は空のファイル（0 バイト）です。内容が失われたか、もともと台帳ではありません。ファイルは変更していません。お使いの台帳であれば、バックアップから復元してください（画面では［ファイル］→［台帳の復元］、コマンドでは daicho-cli restore バックアップファイル）。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>CSV: UTF-8 with BOM (default) or CP932 for older tools.</source>
        <translation>CSV の文字コード: BOM 付き UTF-8（既定）または古いツール向けの CP932。</translation>
    </message>
    <message>
        <source>Classification banner (default: 機密性2).</source>
        <translation>分類表示（既定: 機密性2）。</translation>
    </message>
    <message>
        <source>Where to? Give the path of the file to write.</source>
        <translation>出力先のファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>文字コード「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Wrote %1 assets to %2 in %3 s.</source>
        <translation>%1 件の資産を %2 に %3 秒で出力しました。</translation>
    </message>
    <message>
        <source>Export the ledger; the format follows the extension (.csv, .xlsx)</source>
        <translation>台帳を出力します（形式は拡張子 .csv / .xlsx で決まります）</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>The asset&apos;s ID: it names the information asset (情報資産, 第2条(3)) in the register, the ledger and reports. No two assets share one.</source>
        <translation>資産IDです。台帳、出力した台帳ファイル及び報告書で情報資産（第2条(3)）を識別するもので、複数の資産に同じ資産IDを付けることはできません。</translation>
    </message>
    <message>
        <source>What the information asset is called, as its section knows it.</source>
        <translation>情報資産の名称です。所管課室で通常使っている呼び方で記入します。</translation>
    </message>
    <message>
        <source>Which of the three kinds of information asset (情報資産) of 第2条(3) this is: ア networks, information systems and their facilities and electromagnetic recording media; イ information handled by networks and information systems, printed documents included; ウ system documents such as specifications and network diagrams.</source>
        <extracomment>第2条(3) 情報資産 次に掲げるものをいう。ア ネットワーク、情報システム並びにこれらに関する設備及び電磁的記録媒体 イ ネットワーク及び情報システムで取り扱う情報（これらを印刷した文書を含む。） ウ 情報システムの仕様書、ネットワーク図等のシステム関連文書</extracomment>
        <translation>第2条(3)に定める3種類の情報資産のうち、どれに当たるかを示します。ア ネットワーク、情報システム並びにこれらに関する設備及び電磁的記録媒体／イ ネットワーク及び情報システムで取り扱う情報（これらを印刷した文書を含む。）／ウ 情報システムの仕様書、ネットワーク図等のシステム関連文書</translation>
    </message>
    <message>
        <source>A finer type within the category, in your own words: server, terminal, network device, USB memory, resident records, specification…</source>
        <translation>分類の中のより細かい種別で、自由に記入します（例：サーバ、端末、ネットワーク機器、USBメモリ、住民記録、仕様書など）。</translation>
    </message>
    <message>
        <source>The department (部局) of the section holding the asset. Its 情報セキュリティ責任者 (第5条(3)) confirms the asset in the yearly review.</source>
        <translation>資産を所管する課室が属する部局です。部局の情報セキュリティ責任者（第5条(3)）が年次の棚卸しで資産を確認します。</translation>
    </message>
    <message>
        <source>The section (課室) that holds the asset. Its 情報セキュリティ管理者 (第5条(4)) is accountable for the asset.</source>
        <translation>資産を所管する課室です。課室の情報セキュリティ管理者（第5条(4)）が資産について責任を負います。</translation>
    </message>
    <message>
        <source>The person accountable for the asset (管理責任者): the 情報セキュリティ管理者 (第5条(4)) of the asset&apos;s section or of a unit above it. Anyone else is reported as a finding.</source>
        <translation>資産について責任を負う管理責任者です。資産の所管課室又はその上位の組織の情報セキュリティ管理者（第5条(4)）を指定します。それ以外の人を指定すると指摘事項として報告されます。</translation>
    </message>
    <message>
        <source>The member of staff who looks after the asset day to day. 職員等 include part-time staff (第4条).</source>
        <translation>日常的に資産を取り扱う担当者です。職員等には非常勤の者を含みます（第4条）。</translation>
    </message>
    <message>
        <source>For an asset that is or belongs to an information system (a set of computers, networks and media that processes information, 第2条(2)): the 情報システム管理者 (第5条(5)) who runs it.</source>
        <extracomment>第2条(2) 情報システム コンピュータ、ネットワーク及び電磁的記録媒体で構成され、情報処理を行う仕組みをいう。</extracomment>
        <translation>情報システム（コンピュータ、ネットワーク及び電磁的記録媒体で構成され、情報処理を行う仕組み。第2条(2)）である資産又はその一部である資産について、そのシステムを運用する情報システム管理者（第5条(5)）です。</translation>
    </message>
    <message>
        <source>The segment of the network the asset belongs to (第2条(9)–(11)): 第6条(2) takes different measures in マイナンバー利用事務系, LGWAN接続系 and インターネット接続系. 該当なし for paper and stand-alone devices.</source>
        <translation>資産が属する通信経路区分（第2条(9)–(11)）です。第6条(2)により、マイナンバー利用事務系、LGWAN接続系及びインターネット接続系でそれぞれ異なる対策を講じます。紙の情報やスタンドアロンの機器は「該当なし」とします。</translation>
    </message>
    <message>
        <source>機密性 (第2条(4)): ensuring that only those permitted to access information can access it. 第6条(1) classifies assets by it; each level&apos;s meaning is shown on its entry.</source>
        <extracomment>第2条(4) 機密性 情報にアクセスすることを認められた者だけが、情報にアクセスできる状態を確保することをいう。</extracomment>
        <translation>機密性（第2条(4)）：情報にアクセスすることを認められた者だけが、情報にアクセスできる状態を確保することをいう。第6条(1)により、情報資産をこれに応じて分類します。各区分の意味はそれぞれの選択肢に表示されます。</translation>
    </message>
    <message>
        <source>完全性 (第2条(5)): ensuring that information is not destroyed, tampered with or erased. 第6条(1) classifies assets by it; each level&apos;s meaning is shown on its entry.</source>
        <extracomment>第2条(5) 完全性 情報が破壊、改ざん又は消去されていない状態を確保することをいう。</extracomment>
        <translation>完全性（第2条(5)）：情報が破壊、改ざん又は消去されていない状態を確保することをいう。第6条(1)により、情報資産をこれに応じて分類します。各区分の意味はそれぞれの選択肢に表示されます。</translation>
    </message>
    <message>
        <source>可用性 (第2条(6)): ensuring that those permitted to access information can access it when they need it, without interruption. 第6条(1) classifies assets by it; each level&apos;s meaning is shown on its entry.</source>
        <extracomment>第2条(6) 可用性 情報にアクセスすることを認められた者が、必要なときに中断されることなく、情報にアクセスできる状態を確保することをいう。</extracomment>
        <translation>可用性（第2条(6)）：情報にアクセスすることを認められた者が、必要なときに中断されることなく、情報にアクセスできる状態を確保することをいう。第6条(1)により、情報資産をこれに応じて分類します。各区分の意味はそれぞれの選択肢に表示されます。</translation>
    </message>
    <message>
        <source>How the asset is provided (第6条(7)): run in-house, outsourced (業務委託), an external (cloud) service or a social-media service. Each brings its own measures.</source>
        <translation>資産の提供形態（第6条(7)）です。自庁運用、業務委託、外部サービス（クラウドサービス）又はソーシャルメディアサービスのいずれかで、それぞれ講じる対策が異なります。</translation>
    </message>
    <message>
        <source>The contractor (業務委託事業者, 第6条(7)ア) or the provider of the cloud or social-media service.</source>
        <translation>業務委託事業者（第6条(7)ア）、又はクラウドサービスやソーシャルメディアサービスの提供者です。</translation>
    </message>
    <message>
        <source>Where the asset is kept or installed: server room, cabinet, office. Physical security measures (第6条(3)) cover servers, the information system room, communication lines and PCs.</source>
        <translation>資産を保管又は設置している場所です（サーバ室、キャビネット、事務室など）。物理的セキュリティ対策（第6条(3)）は、サーバ、情報システム室、通信回線及び職員等のパソコン等の管理を対象とします。</translation>
    </message>
    <message>
        <source>Anything else worth recording about the asset.</source>
        <translation>資産について記録しておくべきその他の事項です。</translation>
    </message>
    <message>
        <source>The body the asset belongs to: one of those the regulation applies to (第3条の2), such as the mayor, the Board of Education or the City Council.</source>
        <translation>資産が属する機関です。規程が適用される機関（第3条の2）のいずれかで、市長、教育委員会、能代市議会などがあります。</translation>
    </message>
    <message>
        <source>The classification scheme the rating is made under. 第6条(1) classifies assets by confidentiality, integrity and availability; the levels follow the national guideline, whose revisions differ (2024: 自治体機密性 3A/3B/3C/2/1). A rating keeps the scheme it was made under.</source>
        <translation>分類に用いた分類基準です。第6条(1)により、情報資産を機密性、完全性及び可用性に応じて分類します。区分は国のガイドラインに従いますが、ガイドラインの改定ごとに異なります（2024年版：自治体機密性 3A/3B/3C/2/1）。分類は、行ったときの分類基準とともに保持されます。</translation>
    </message>
    <message>
        <source>Handling restrictions (取扱制限) that go with the classification: 第6条(1) takes measures according to it; each level brings its usual ones.</source>
        <translation>分類に応じた取扱制限です。第6条(1)により、分類に基づき対策を実施します。区分ごとに通常の取扱制限があります。</translation>
    </message>
    <message>
        <source>The restrictions in detail, in your own words: the date for 期限付保存 (○○まで保存), the time for 期限内復旧 (○○以内復旧)…</source>
        <translation>取扱制限の詳細を自由に記入します。期限付保存の期日（○○まで保存）、期限内復旧の時間（○○以内復旧）など。</translation>
    </message>
    <message>
        <source>Which kinds of personal data the asset holds: 個人情報, 要配慮個人情報, 特定個人情報 (with an individual number). Tick every kind it holds.</source>
        <translation>資産に含まれる個人情報の種類です：個人情報、要配慮個人情報、特定個人情報（個人番号を含むもの）。含まれる種類すべてにチェックを付けてください。</translation>
    </message>
    <message>
        <source>The cloud service, or the social-media service and account (第6条(7)イ, ウ).</source>
        <translation>利用するクラウドサービス、又はソーシャルメディアサービスとそのアカウントです（第6条(7)イ、ウ）。</translation>
    </message>
    <message>
        <source>Whether the contract with the contractor states the information security requirements (第6条(7)ア).</source>
        <extracomment>第6条(7)ア 業務委託事業者と情報セキュリティ要件を明記した契約を締結し</extracomment>
        <translation>業務委託事業者と情報セキュリティ要件を明記した契約を締結しているかどうかです（第6条(7)ア）。</translation>
    </message>
    <message>
        <source>When it was last confirmed that the contractor has the necessary security measures in place (第6条(7)ア).</source>
        <extracomment>第6条(7)ア 業務委託事業者において必要なセキュリティ対策が確保されていることを確認し</extracomment>
        <translation>業務委託事業者において必要なセキュリティ対策が確保されていることを最後に確認した日です（第6条(7)ア）。</translation>
    </message>
    <message>
        <source>Where the service keeps the data: country, region or data centre.</source>
        <translation>サービスがデータを保管する場所です（国、地域又はデータセンター）。</translation>
    </message>
    <message>
        <source>Whether the cloud service is registered in ISMAP (政府情報システムのためのセキュリティ評価制度), the government&apos;s security assessment of cloud services.</source>
        <translation>クラウドサービスが ISMAP（政府情報システムのためのセキュリティ評価制度）に登録されているかどうかです。ISMAP は、政府がクラウドサービスのセキュリティを評価する制度です。</translation>
    </message>
    <message>
        <source>Whether the rules for using the cloud service (第6条(7)イ), or the operating procedure of the social-media service (第6条(7)ウ), are in place.</source>
        <extracomment>第6条(7)イ 利用にかかる規定を整備し必要な対策を講じること。 ウ ソーシャルメディアサービスの運用手順を定め</extracomment>
        <translation>クラウドサービスの利用にかかる規定（第6条(7)イ）、又はソーシャルメディアサービスの運用手順（第6条(7)ウ）が整備されているかどうかです。</translation>
    </message>
    <message>
        <source>The person responsible for this social-media service (第6条(7)ウ).</source>
        <extracomment>第6条(7)ウ 利用するソーシャルメディアサービスごとの責任者を定めること。</extracomment>
        <translation>このソーシャルメディアサービスの責任者です（第6条(7)ウ）。</translation>
    </message>
    <message>
        <source>What information may be published through this social-media service (第6条(7)ウ).</source>
        <extracomment>第6条(7)ウ ソーシャルメディアサービスで発信できる情報を規定し</extracomment>
        <translation>このソーシャルメディアサービスで発信できる情報です（第6条(7)ウ）。</translation>
    </message>
    <message>
        <source>Whether the asset is in use or disposed of (廃棄). A disposed asset stays in the register, read-only.</source>
        <translation>資産が使用中か廃棄済みかを示します。廃棄した資産も台帳に残り、読み取り専用になります。</translation>
    </message>
    <message>
        <source>The day the asset was disposed of.</source>
        <translation>資産を廃棄した日です。</translation>
    </message>
    <message>
        <source>How the asset was disposed of: physical destruction, data erasure software, degaussing, shredding, dissolution…</source>
        <translation>資産の廃棄方法です（物理的破壊、データ消去ソフトウェアによる消去、磁気消去、シュレッダーによる裁断、溶解など）。</translation>
    </message>
    <message>
        <source>The person who confirmed the disposal.</source>
        <translation>廃棄を確認した人です。</translation>
    </message>
    <message>
        <source>Columns of an imported ledger that have no field of their own, kept as they were.</source>
        <translation>取り込んだ台帳ファイルの列のうち、対応する項目がないものを元のまま保持したものです。</translation>
    </message>
    <message>
        <source>重要度: the highest of the asset&apos;s 機密性, 完全性 and 可用性, a two-level axis counting 2 as 3 and 1 as 1. Risk analysis (第8条) weighs the asset by it.</source>
        <translation>重要度：資産の機密性、完全性及び可用性のうち最も高いものです。2段階の項目は、2を3、1を1として数えます。リスクの分析（第8条）では、これを資産の重みとして用います。</translation>
    </message>
    <message>
        <source>The classification of 第6条(1): C 機密性 (第2条(4)), I 完全性 (第2条(5)) and A 可用性 (第2条(6)), as in C3I2A2; &apos;-&apos; marks an axis not rated yet.</source>
        <translation>第6条(1)の分類です。C は機密性（第2条(4)）、I は完全性（第2条(5)）、A は可用性（第2条(6)）を表し、C3I2A2 のように示します。「-」はまだ分類していない項目です。</translation>
    </message>
    <message>
        <source>The handling restrictions usually taken for this rating.</source>
        <translation>この分類で通常設定する取扱制限です。</translation>
    </message>
    <message>
        <source>Not rated yet. An asset without a complete rating is unclassified: the compliance check reports it.</source>
        <translation>まだ分類していません。分類が揃っていない資産は未分類として、規程の点検で指摘されます。</translation>
    </message>
    <message>
        <source>This fiscal year&apos;s review (棚卸し): the department&apos;s 情報セキュリティ責任者 (第5条(3)) confirms each asset (確認済), asks for a correction (要修正) or marks it for disposal (廃棄予定).</source>
        <translation>今年度の棚卸しの結果です。部局の情報セキュリティ責任者（第5条(3)）が資産ごとに確認し、確認済、要修正（修正を依頼）又は廃棄予定のいずれかとします。</translation>
    </message>
    <message>
        <source>Compliance findings: where the register departs from the regulation, as the self-inspection and audit of 第7条 would find.</source>
        <translation>指摘事項：第7条の自己点検や情報セキュリティ監査で見つかるような、台帳の内容が規程に沿っていない点です。</translation>
    </message>
    <message>
        <source>Finds assets by any part of their ID, name, notes or the people named.</source>
        <translation>資産ID、名称、備考又は記載された人の氏名の一部で資産を検索します。</translation>
    </message>
    <message>
        <source>The part of the organisation counted: a body (第3条の2), a department (部局) or a section (課室).</source>
        <translation>集計の対象とする組織で、機関（第3条の2）、部局又は課室のいずれかです。</translation>
    </message>
    <message>
        <source>The threat the risk is about, from the register&apos;s catalogue of the threats of 第3条.</source>
        <translation>リスクの対象となる脅威です。第3条の脅威を整理した台帳の脅威一覧から選びます。</translation>
    </message>
    <message>
        <source>Which of the five kinds of threat of 第3条 this is.</source>
        <translation>第3条に掲げる5種類の脅威のうち、どれに当たるかを示します。</translation>
    </message>
    <message>
        <source>脅威の起こりやすさ (IPA method), 1–3: how likely the threat is to occur. With the vulnerability it gives 被害発生可能性, the likelihood of damage.</source>
        <translation>脅威の起こりやすさ（IPA 手法）、1～3：脅威が発生する可能性の高さです。脆弱性のつけ込みやすさと組み合わせて、被害発生可能性を求めます。</translation>
    </message>
    <message>
        <source>脆弱性のつけ込みやすさ (IPA method), 1–3: how easily the threat can exploit a weakness of the asset.</source>
        <translation>脆弱性のつけ込みやすさ（IPA 手法）、1～3：脅威が資産の弱点にどれだけつけ込みやすいかを示します。</translation>
    </message>
    <message>
        <source>発生の可能性, 1–5: how likely the threat is to occur (第8条).</source>
        <extracomment>第8条 脅威の発生の可能性及び発生時の損失等を分析し、リスクを検討した上で</extracomment>
        <translation>発生の可能性、1～5：脅威が発生する可能性の高さです（第8条）。</translation>
    </message>
    <message>
        <source>発生時の損失, 1–5: the loss if it occurs (第8条).</source>
        <extracomment>第8条 脅威の発生の可能性及び発生時の損失等を分析し、リスクを検討した上で</extracomment>
        <translation>発生時の損失、1～5：脅威が発生したときの損失の大きさです（第8条）。</translation>
    </message>
    <message>
        <source>The risk value (第8条). IPA method: 重要度 × 被害発生可能性; 6–9 大 (not acceptable), 4 中 (acceptable under control), 1–3 小 (acceptable). 5×5 method: 発生の可能性 × 発生時の損失, banded as the register sets.</source>
        <translation>リスク値です（第8条）。IPA 手法：重要度 × 被害発生可能性。6～9 は大（受容できない）、4 は中（管理下で受容）、1～3 は小（受容可能）です。5×5 手法：発生の可能性 × 発生時の損失。評価区分は台帳の設定に従います。</translation>
    </message>
    <message>
        <source>The band of the risk value: 大 not acceptable, 中 acceptable under control, 小 acceptable.</source>
        <translation>リスク値の評価です。大：受容できない、中：管理下で受容、小：受容可能。</translation>
    </message>
    <message>
        <source>How the risk is treated (リスク対応, JIS Q 27005): 修正 reduce it by measures, 保有 accept it, 回避 remove its cause, 共有 share it with another party.</source>
        <translation>リスク対応（JIS Q 27005）の方法です。修正：対策によりリスクを低減する、保有：リスクを受容する、回避：リスクの原因を取り除く、共有：リスクを他者と共有する。</translation>
    </message>
    <message>
        <source>The measures planned or taken to treat the risk.</source>
        <translation>リスクに対応するため計画又は実施した対策です。</translation>
    </message>
    <message>
        <source>The person who sees the treatment through; at first the asset&apos;s accountable manager.</source>
        <translation>リスク対応を最後まで担う人です。初期値は資産の管理責任者です。</translation>
    </message>
    <message>
        <source>The day by which the treatment should be done.</source>
        <translation>リスク対応を完了すべき期限です。</translation>
    </message>
    <message>
        <source>Where the treatment stands: 未対応, 対応中 or 対応済.</source>
        <translation>リスク対応の状況です（未対応、対応中又は対応済）。</translation>
    </message>
    <message>
        <source>The risk after treatment (残留リスク): the same inputs, judged with the measures in place.</source>
        <translation>対応後のリスク（残留リスク）です。同じ項目を、対策を講じた後の状態で評価します。</translation>
    </message>
    <message>
        <source>The risk value after treatment, banded like the risk itself.</source>
        <translation>対応後のリスク値です。評価はリスク値と同じ区分で行います。</translation>
    </message>
    <message>
        <source>IPA method (中小企業の情報セキュリティ対策ガイドライン 付録7): 重要度 × 被害発生可能性 on a 3×3 grid, with the guideline&apos;s bands.</source>
        <translation>IPA 手法（中小企業の情報セキュリティ対策ガイドライン 付録7）：重要度 × 被害発生可能性を 3×3 の表で評価し、ガイドラインの評価区分を用います。</translation>
    </message>
    <message>
        <source>5×5 method: 発生の可能性 1–5 × 発生時の損失 1–5 (第8条), with bands the register sets.</source>
        <extracomment>第8条 脅威の発生の可能性及び発生時の損失等を分析し</extracomment>
        <translation>5×5 手法：発生の可能性 1～5 × 発生時の損失 1～5（第8条）で評価し、評価区分は台帳で設定します。</translation>
    </message>
    <message>
        <source>Under the 5×5 method, the lowest risk value that is 大 (not acceptable).</source>
        <translation>5×5 手法で大（受容できない）とするリスク値の下限です。</translation>
    </message>
    <message>
        <source>Under the 5×5 method, the lowest risk value that is 中 (acceptable under control); lower values are 小.</source>
        <translation>5×5 手法で中（管理下で受容）とするリスク値の下限です。これより低い値は小になります。</translation>
    </message>
    <message>
        <source>The person&apos;s name as the register and reports show it.</source>
        <translation>台帳や報告書に表示する氏名です。</translation>
    </message>
    <message>
        <source>The reading of the name in kana, for sorting and searching.</source>
        <translation>氏名のふりがなです。並べ替えと検索に使います。</translation>
    </message>
    <message>
        <source>The person&apos;s post, e.g. 課長 or 主任.</source>
        <translation>職名です（例：課長、主任）。</translation>
    </message>
    <message>
        <source>An e-mail address to reach the person.</source>
        <translation>連絡用のメールアドレスです。</translation>
    </message>
    <message>
        <source>The unit the person works in: a department (部局) or a section (課室).</source>
        <translation>所属する組織（部局又は課室）です。</translation>
    </message>
    <message>
        <source>職員等 include part-time staff (第4条): they too must follow the security policy and its implementation procedures.</source>
        <extracomment>第4条 職員等（非常勤の者を含む。以下同じ。）は、…情報セキュリティポリシー及び…情報セキュリティ実施手順を遵守しなければならない。</extracomment>
        <translation>職員等には非常勤の者を含みます（第4条）。非常勤の者も情報セキュリティポリシー及び情報セキュリティ実施手順を遵守しなければなりません。</translation>
    </message>
    <message>
        <source>Whether the person is in office. People who have left stay in the register for its history but are no longer offered.</source>
        <translation>在職しているかどうかです。退職・異動した人も履歴のため台帳に残りますが、選択肢には表示されなくなります。</translation>
    </message>
    <message>
        <source>The role of 第5条 to assign; each choice says what it covers.</source>
        <translation>任命する第5条の役割です。選択肢ごとに担当範囲が表示されます。</translation>
    </message>
    <message>
        <source>Where the role applies: a body or department (部局) for 情報セキュリティ責任者, a section (課室) for 情報セキュリティ管理者.</source>
        <translation>役割の範囲です。情報セキュリティ責任者は機関又は部局、情報セキュリティ管理者は課室を指定します。</translation>
    </message>
    <message>
        <source>For 情報システム管理者 and 情報システム担当者 (第5条(5), (6)): the 資産ID of the information system (category ア) they look after.</source>
        <translation>情報システム管理者及び情報システム担当者（第5条(5)、(6)）の場合に、担当する情報システム（分類ア）の資産IDを指定します。</translation>
    </message>
    <message>
        <source>The day the person takes up the role; who held it before is kept.</source>
        <translation>役割に就く日です。前任者の記録は残ります。</translation>
    </message>
    <message>
        <source>Also list roles that have ended.</source>
        <translation>終了した役割も表示します。</translation>
    </message>
    <message>
        <source>Who takes over the person&apos;s roles, the assets naming them and the open risks they own.</source>
        <translation>この人の役割、この人が記載された資産及びこの人が担当する未完了のリスクを引き継ぐ人（後任者）です。</translation>
    </message>
    <message>
        <source>The day the transfer (人事異動) takes effect, usually 1 April; the person&apos;s roles end the day before.</source>
        <translation>人事異動の発令日です（通常は4月1日）。この人の役割は前日で終了します。</translation>
    </message>
    <message>
        <source>Levels (%1):</source>
        <translation>区分（%1）:</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>第2条(3)ア: %1. E.g. servers, PCs and terminals, network devices, software, server rooms, lines, USB memories, backup media.</source>
        <translation>第2条(3)ア：%1。例：サーバ、パソコン・端末、ネットワーク機器、ソフトウェア、サーバ室、回線、USBメモリ、バックアップ媒体。</translation>
    </message>
    <message>
        <source>第2条(3)イ: %1. E.g. resident records, tax data, e-mail, printed lists.</source>
        <translation>第2条(3)イ：%1。例：住民記録、税務データ、電子メール、印刷した一覧表。</translation>
    </message>
    <message>
        <source>第2条(3)ウ: %1. E.g. specifications, network diagrams, operation manuals.</source>
        <translation>第2条(3)ウ：%1。例：仕様書、ネットワーク図、運用マニュアル。</translation>
    </message>
    <message>
        <source>第2条(9): information systems and data of individual-number work (social security, local tax or disaster prevention) or family-register work. 第6条(2)ア: in principle no communication with other segments; terminals that cannot take data out and use multi-factor authentication.</source>
        <extracomment>第2条(9) 個人番号利用事務（社会保障、地方税若しくは防災に関する事務）又は戸籍事務に関わる情報システム及びデータをいう。 第6条(2)ア 原則として、他の領域との通信をできないようにした上で、端末からの情報持ち出し不可設定や端末への多要素認証の導入等により、住民情報の流出を防ぐこと。</extracomment>
        <translation>第2条(9)：個人番号利用事務（社会保障、地方税若しくは防災に関する事務）又は戸籍事務に関わる情報システム及びデータをいう。第6条(2)ア：原則として、他の領域との通信をできないようにした上で、端末からの情報持ち出し不可設定や端末への多要素認証の導入等により、住民情報の流出を防ぐこと。</translation>
    </message>
    <message>
        <source>第2条(10): information systems connected to LGWAN and the data they handle. 第6条(2)イ: the communication path is separated from the インターネット接続系 (通信経路の分割), and anything exchanged with it goes by 無害化通信 (sanitised communication, 第2条(13)).</source>
        <extracomment>第2条(10) LGWANに接続された情報システム及びその情報システムで取り扱うデータをいう。 第6条(2)イ インターネット接続系の情報システムとの通信経路の分割をし、両システム間で通信する場合には、無害化通信を実施すること。</extracomment>
        <translation>第2条(10)：LGWANに接続された情報システム及びその情報システムで取り扱うデータをいう。第6条(2)イ：LGWANと接続する情報システムと、インターネット接続系の情報システムとの通信経路の分割をし、両システム間で通信する場合には、無害化通信（第2条(13)）を実施すること。</translation>
    </message>
    <message>
        <source>第2条(11): information systems connected to the internet, such as internet mail and website management, and the data they handle. 第6条(2)ウ: internet traffic is aggregated with Akita Prefecture&apos;s, through the 自治体情報セキュリティクラウド.</source>
        <extracomment>第2条(11) インターネットメール、ホームページ管理システム等に関わるインターネットに接続された情報システム及びその情報システムで取り扱うデータをいう。 第6条(2)ウ 秋田県及び本市のインターネットとの通信を集約した上で、自治体情報セキュリティクラウドの導入等を実施すること。</extracomment>
        <translation>第2条(11)：インターネットメール、ホームページ管理システム等に関わるインターネットに接続された情報システム及びその情報システムで取り扱うデータをいう。第6条(2)ウ：秋田県及び本市のインターネットとの通信を集約した上で、自治体情報セキュリティクラウドの導入等を実施すること。</translation>
    </message>
    <message>
        <source>On none of the three segments: information on paper, or a stand-alone device.</source>
        <translation>三つの通信経路区分のいずれにも属しません（紙の情報、スタンドアロンの機器）。</translation>
    </message>
    <message>
        <source>Run by the city itself.</source>
        <translation>市が自ら運用します。</translation>
    </message>
    <message>
        <source>第6条(7)ア: a contract stating the security requirements is made with the contractor; it is confirmed that the contractor has the necessary measures, and the contract is enforced when needed.</source>
        <extracomment>第6条(7)ア 業務委託事業者と情報セキュリティ要件を明記した契約を締結し、業務委託事業者において必要なセキュリティ対策が確保されていることを確認し、必要に応じて契約に基づく措置を講じること。</extracomment>
        <translation>第6条(7)ア：業務委託事業者と情報セキュリティ要件を明記した契約を締結し、業務委託事業者において必要なセキュリティ対策が確保されていることを確認し、必要に応じて契約に基づく措置を講じること。</translation>
    </message>
    <message>
        <source>第2条(14), 第6条(7)イ: rules for its use are set and the necessary measures taken.</source>
        <extracomment>第6条(7)イ 利用にかかる規定を整備し必要な対策を講じること。</extracomment>
        <translation>第2条(14)、第6条(7)イ：利用にかかる規定を整備し必要な対策を講じること。</translation>
    </message>
    <message>
        <source>第6条(7)ウ: an operating procedure is set, what may be published is defined, and someone is made responsible for each service.</source>
        <extracomment>第6条(7)ウ ソーシャルメディアサービスの運用手順を定め、ソーシャルメディアサービスで発信できる情報を規定し、利用するソーシャルメディアサービスごとの責任者を定めること。</extracomment>
        <translation>第6条(7)ウ：ソーシャルメディアサービスの運用手順を定め、ソーシャルメディアサービスで発信できる情報を規定し、利用するソーシャルメディアサービスごとの責任者を定めること。</translation>
    </message>
    <message>
        <source>In use.</source>
        <translation>使用中です。</translation>
    </message>
    <message>
        <source>Disposed of; the record stays, read-only.</source>
        <translation>廃棄済みです。記録は読み取り専用で残ります。</translation>
    </message>
    <message>
        <source>Only those concerned may handle it.</source>
        <translation>関係者だけが取り扱えます。</translation>
    </message>
    <message>
        <source>It may not be copied.</source>
        <translation>複製できません。</translation>
    </message>
    <message>
        <source>Copying it needs permission.</source>
        <translation>複製には許可が必要です。</translation>
    </message>
    <message>
        <source>It may not be handed out.</source>
        <translation>配付できません。</translation>
    </message>
    <message>
        <source>It is kept and sent encrypted.</source>
        <translation>暗号化して保存・送信します。</translation>
    </message>
    <message>
        <source>It may not be forwarded.</source>
        <translation>転送できません。</translation>
    </message>
    <message>
        <source>It may not be taken out of the office.</source>
        <translation>庁外に持ち出せません。</translation>
    </message>
    <message>
        <source>It may not be rewritten.</source>
        <translation>書き換えできません。</translation>
    </message>
    <message>
        <source>It may not be deleted.</source>
        <translation>削除できません。</translation>
    </message>
    <message>
        <source>It is kept until a set date (○○まで保存); give the date in the details.</source>
        <translation>定められた期日まで保存します（○○まで保存）。期日は詳細に記入してください。</translation>
    </message>
    <message>
        <source>It is restored within a set time when lost (○○以内復旧); give the time in the details.</source>
        <translation>失われた場合は定められた時間内に復旧します（○○以内復旧）。時間は詳細に記入してください。</translation>
    </message>
    <message>
        <source>Information about a living individual by which the individual can be identified (個人情報の保護に関する法律 第2条第1項).</source>
        <translation>生存する個人に関する情報であって、特定の個人を識別することができるものです（個人情報の保護に関する法律 第2条第1項）。</translation>
    </message>
    <message>
        <source>Personal information needing special care, such as race, creed, social status, medical history or criminal record (個人情報の保護に関する法律 第2条第3項).</source>
        <translation>人種、信条、社会的身分、病歴、犯罪の経歴など、その取扱いに特に配慮を要する個人情報です（個人情報の保護に関する法律 第2条第3項）。</translation>
    </message>
    <message>
        <source>Personal information that contains an individual number, My Number (番号法 第2条第8項).</source>
        <translation>個人番号（マイナンバー）をその内容に含む個人情報です（番号法 第2条第8項）。</translation>
    </message>
    <message>
        <source>第5条(1): information security of the whole city; one person at a time, usually the deputy mayor, who chairs the committee.</source>
        <translation>第5条(1)：市全体の情報セキュリティを担います。同時に1名で、通常は副市長が就き、情報セキュリティ対策委員会の委員長を務めます。</translation>
    </message>
    <message>
        <source>第5条(2): coordinates information security for the whole city; one person at a time, usually the head of the IT-policy department.</source>
        <translation>第5条(2)：市全体の情報セキュリティを統括します。同時に1名で、通常は情報政策担当部局の長が就きます。</translation>
    </message>
    <message>
        <source>第5条(3): a body or department (部局), usually its head; confirms its assets in the yearly review.</source>
        <translation>第5条(3)：機関又は部局ごとに置き、通常はその長が就きます。年次の棚卸しで所管の資産を確認します。</translation>
    </message>
    <message>
        <source>第5条(4): a section (課室), usually its head; accountable for the section&apos;s assets.</source>
        <translation>第5条(4)：課室ごとに置き、通常は課室長が就きます。課室の資産について責任を負います。</translation>
    </message>
    <message>
        <source>第5条(5): one or more information systems, usually the head of the section running them.</source>
        <translation>第5条(5)：一つ以上の情報システムを担当し、通常はそのシステムを運用する課室の長が就きます。</translation>
    </message>
    <message>
        <source>第5条(6): works on information systems under their 情報システム管理者.</source>
        <translation>第5条(6)：情報システム管理者の下で情報システムの業務を行います。</translation>
    </message>
    <message>
        <source>第5条(7): a member of the city&apos;s security committee, chaired by the CISO; it receives the register&apos;s reports.</source>
        <translation>第5条(7)：市の情報セキュリティ対策委員会の委員です。委員会は最高情報セキュリティ責任者が委員長を務め、台帳の報告を受けます。</translation>
    </message>
    <message>
        <source>第3条(1): leakage, destruction, tampering or erasure of information assets, theft of important information, insider fraud and the like, from intentional causes: cyber attacks such as unauthorised access, viruses and denial of service, intrusion by outsiders.</source>
        <extracomment>第3条(1) 不正アクセス、ウイルス攻撃、サービス不能攻撃等のサイバー攻撃、部外者の侵入等の意図的な要因による情報資産の漏えい・破壊・改ざん・消去、重要情報の詐取、内部不正等</extracomment>
        <translation>第3条(1)：不正アクセス、ウイルス攻撃、サービス不能攻撃等のサイバー攻撃、部外者の侵入等の意図的な要因による情報資産の漏えい・破壊・改ざん・消去、重要情報の詐取、内部不正等</translation>
    </message>
    <message>
        <source>第3条(2): leakage, destruction or erasure of information assets from unintentional causes: rule violations such as taking assets out or using unauthorised software, design and development defects, program flaws, operating and setting mistakes, poor maintenance, audit, outsourcing control or management, equipment failure.</source>
        <extracomment>第3条(2) 情報資産の無断持ち出し、無許可ソフトウェアの使用等の規定違反、設計・開発の不備、プログラム上の欠陥、操作・設定ミス、メンテナンスの不備、内部・外部監査機能の不備、委託管理の不備、マネジメントの欠陥、機器故障等の非意図的の要因による情報資産の漏えい・破壊・消去等</extracomment>
        <translation>第3条(2)：情報資産の無断持ち出し、無許可ソフトウェアの使用等の規定違反、設計・開発の不備、プログラム上の欠陥、操作・設定ミス、メンテナンスの不備、内部・外部監査機能の不備、委託管理の不備、マネジメントの欠陥、機器故障等の非意図的の要因による情報資産の漏えい・破壊・消去等</translation>
    </message>
    <message>
        <source>第3条(3): services and business stopped by disasters such as earthquakes, lightning and fire.</source>
        <extracomment>第3条(3) 地震、落雷、火災等の災害によるサービス及び業務の停止等</extracomment>
        <translation>第3条(3)：地震、落雷、火災等の災害によるサービス及び業務の停止等</translation>
    </message>
    <message>
        <source>第3条(4): systems that cannot be run for want of staff, from large-scale, widespread illness.</source>
        <extracomment>第3条(4) 大規模・広範囲にわたる疾病による要員不足に伴うシステム運用の機能不全等</extracomment>
        <translation>第3条(4)：大規模・広範囲にわたる疾病による要員不足に伴うシステム運用の機能不全等</translation>
    </message>
    <message>
        <source>第3条(5): knock-on effects of infrastructure failures: power, communication or water supply cut off.</source>
        <extracomment>第3条(5) 電力供給の途絶、通信の途絶、水道供給の途絶等のインフラの障害からの波及等</extracomment>
        <translation>第3条(5)：電力供給の途絶、通信の途絶、水道供給の途絶等のインフラの障害からの波及等</translation>
    </message>
    <message>
        <source>Reduce the risk by taking or changing measures.</source>
        <translation>対策を講じる又は見直すことで、リスクを低減します。</translation>
    </message>
    <message>
        <source>Accept the risk as it is, knowingly.</source>
        <translation>リスクを認識した上で、そのまま受容します。</translation>
    </message>
    <message>
        <source>Remove the risk by stopping or changing what gives rise to it.</source>
        <translation>リスクを生じさせる業務等を中止又は変更して、リスクを取り除きます。</translation>
    </message>
    <message>
        <source>Share the risk with another party, e.g. by insurance or a contract.</source>
        <translation>保険や契約などにより、リスクを他者と共有します。</translation>
    </message>
    <message>
        <source>Not treated yet.</source>
        <translation>まだ対応していません。</translation>
    </message>
    <message>
        <source>Treatment under way.</source>
        <translation>対応中です。</translation>
    </message>
    <message>
        <source>Treatment done.</source>
        <translation>対応が完了しています。</translation>
    </message>
    <message>
        <source>Not acceptable (受容できない).</source>
        <translation>受容できないリスクです。</translation>
    </message>
    <message>
        <source>Acceptable under control (管理下で受容).</source>
        <translation>管理下で受容するリスクです。</translation>
    </message>
    <message>
        <source>Acceptable (受容可能).</source>
        <translation>受容可能なリスクです。</translation>
    </message>
    <message>
        <source>Confirmed as recorded.</source>
        <translation>記録どおりであることを確認しました。</translation>
    </message>
    <message>
        <source>The record needs correcting.</source>
        <translation>記録の修正が必要です。</translation>
    </message>
    <message>
        <source>To be disposed of.</source>
        <translation>廃棄する予定です。</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Number of assets to add.</source>
        <translation>追加する資産の件数。</translation>
    </message>
    <message>
        <source>Random seed (same seed, same register).</source>
        <translation>乱数の種（同じ種からは同じ台帳ができます）。</translation>
    </message>
    <message>
        <source>--assets is required.</source>
        <translation>--assets の指定が必要です。</translation>
    </message>
    <message>
        <source>Added %1 assets in %2 s.</source>
        <translation>%1 件の資産を %2 秒で追加しました。</translation>
    </message>
    <message>
        <source>Add a realistic synthetic register (tests, demos, benchmarks)</source>
        <translation>実際に近い模擬データを追加します（試験・デモ・性能測定用）</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>The register has no sections (課室) to hold assets; apply a template first.</source>
        <translation>台帳に資産を所管する課室がありません。先に組織のひな形を適用してください。</translation>
    </message>
    <message>
        <source>The number of assets must not be negative.</source>
        <translation>資産の件数に負の値は指定できません。</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Register of information assets</source>
        <translation>情報資産管理台帳</translation>
    </message>
    <message>
        <source>Register to open (default: your own register).</source>
        <translation>開く台帳（省略時は自分の台帳）。</translation>
    </message>
    <message>
        <source>Start, open the register and quit: exit status 0 when it opened (for IT sections checking an installation).</source>
        <translation>起動して台帳を開き、そのまま終了します。台帳を開けたときは終了コード 0 を返します（情報システム担当によるインストールの確認用）。</translation>
    </message>
    <message>
        <source>Started with the register %1.</source>
        <translation>台帳 %1 で起動しました。</translation>
    </message>
    <message>
        <source>Backed up the register before updating it: %1</source>
        <translation>更新の前に台帳を複製しました: %1</translation>
    </message>
</context>
<context>
    <name>HeatMapPainter</name>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>発生時の損失</translation>
    </message>
    <message>
        <source>Likelihood of damage</source>
        <translation>被害発生可能性</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生の可能性</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 × %3 %4 = %5 (%6): %Ln risk(s)</source>
        <translation>
            <numerusform>%1 %2 × %3 %4 = %5（%6）：%Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldingService</name>
    <message>
        <source>Holding: the asset does not exist</source>
        <translation>保持関係：資産が存在しません</translation>
    </message>
    <message>
        <source>Holding: you may not see that asset</source>
        <translation>保持関係：その資産を閲覧する権限がありません</translation>
    </message>
    <message>
        <source>Holding: %1 is information (第2条(3)イ); only systems, devices, media and documents hold other assets</source>
        <translation>保持関係：%1 は情報（第2条(3)イ）です。他の資産を保持できるのはシステム・機器・媒体（ア）と文書（ウ）だけです</translation>
    </message>
    <message>
        <source>Holding: an asset cannot hold itself</source>
        <translation>保持関係：資産は自らを保持できません</translation>
    </message>
    <message>
        <source>Holding: %1 already holds %2</source>
        <translation>保持関係：%1 はすでに %2 を保持しています</translation>
    </message>
    <message>
        <source>Holding: %1 already holds %2, directly or through other assets; a chain of holdings cannot go round in a circle</source>
        <translation>保持関係：%1 は直接または他の資産を介してすでに %2 を保持しています。保持関係を循環させることはできません</translation>
    </message>
    <message>
        <source>The holding %1 does not exist.</source>
        <translation>保持関係 %1 は存在しません。</translation>
    </message>
    <message>
        <source>The asset %1 does not exist.</source>
        <translation>資産 %1 は存在しません。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation>XLSX: 読み込むシート（既定: 最初のシート）。</translation>
    </message>
    <message>
        <source>CSV: the text encoding (default: detected).</source>
        <translation>CSV: 文字コード（既定: 自動判定）。</translation>
    </message>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation>ファイルを検査して報告するだけで、何も書き込みません。</translation>
    </message>
    <message>
        <source>Import the valid rows and report the others.</source>
        <translation>正しい行だけを取り込み、その他の行を報告します。</translation>
    </message>
    <message>
        <source>Which file? Give the path of the ledger to import.</source>
        <translation>取り込む台帳ファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>文字コード「%1」は指定できません。</translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: %n problem(s); the register is unchanged.</source>
        <translation>
            <numerusform>問題が %n 件あるため取り込みませんでした。台帳は変更していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>%1 秒で完了しました。</translation>
    </message>
    <message>
        <source>Import a ledger (.csv, .xlsx): assets are created or updated by 資産ID, all or nothing</source>
        <translation>台帳（.csv / .xlsx）を取り込みます。資産IDごとに登録または更新し、すべて取り込むか何も取り込まないかのどちらかです</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行目、列「%2」: %3</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Had the file been imported:</source>
        <translation>試行のため何も書き込んでいません。取り込んだ場合の結果:</translation>
    </message>
    <message>
        <source>Rows read: %1; created: %2; updated: %3; unchanged: %4; skipped: %5</source>
        <translation>読み込んだ行: %1、新規: %2、更新: %3、変更なし: %4、除外: %5</translation>
    </message>
    <message>
        <source>Organisation units created: %1</source>
        <translation>新しく作成した組織: %1</translation>
    </message>
    <message>
        <source>People created: %1</source>
        <translation>新しく登録した職員: %1</translation>
    </message>
    <message>
        <source>Columns kept as extra attributes: %1</source>
        <translation>追加属性として保存した列: %1</translation>
    </message>
</context>
<context>
    <name>InheritanceRule</name>
    <message>
        <source>Holders rated at least as high as what they hold</source>
        <translation>保持する資産以上に格付けされている</translation>
    </message>
    <message>
        <source>%1 %2 below %3 of %4</source>
        <translation>%1 %2（%4 の %3 より低い）</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>%1 is rated below what it holds: %2 (Article 6 (1))</source>
        <translation>%1 は保持する資産より低く格付けされています：%2（第6条(1)）</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Organisation template.</source>
        <translation>組織のひな形。</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot; (available: %2).</source>
        <translation>ひな形「%1」はありません（使用できるひな形：%2）。</translation>
    </message>
    <message>
        <source>Created the register %1 with %2 organisation units.</source>
        <translation>台帳 %1 を作成しました（組織 %2 件）。</translation>
    </message>
    <message>
        <source>Create a new register (never overwrites an existing file)</source>
        <translation>新しい台帳を作成します（既存のファイルは上書きしません）</translation>
    </message>
    <message>
        <source>The first administrator&apos;s login (password from DAICHO_PASSWORD, or asked for).</source>
        <translation>最初の管理者のログイン名（パスワードは DAICHO_PASSWORD から、なければ入力を求めます）。</translation>
    </message>
    <message>
        <source>The administrator&apos;s name (default: the login).</source>
        <translation>管理者の氏名（省略時はログイン名）。</translation>
    </message>
    <message>
        <source>--person names the administrator given with --admin.</source>
        <translation>--person は --admin で指定した管理者の氏名です。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>Created the administrator %1.</source>
        <translation>管理者 %1 を作成しました。</translation>
    </message>
    <message>
        <source>%1 connects to the shared register as the server login %1 with this password.</source>
        <translation>%1 は、このパスワードでサーバーのログイン %1 として共有台帳に接続します。</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>unanswered %1</source>
        <translation>未回答 %1</translation>
    </message>
    <message>
        <source>The section, as names from the body down joined by /.</source>
        <translation>課室（機関から順に名称を / でつないだもの）。</translation>
    </message>
    <message>
        <source>The checklist item&apos;s key.</source>
        <translation>点検項目のキー。</translation>
    </message>
    <message>
        <source>The answer: %1.</source>
        <translation>回答: %1。</translation>
    </message>
    <message>
        <source>What is not done yet, or a note.</source>
        <translation>未実施の内容、または備考。</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>スクリプト用に JSON で出力します。</translation>
    </message>
    <message>
        <source>Say what to do: %1.</source>
        <translation>操作を指定してください: %1。</translation>
    </message>
    <message>
        <source>--unit: no unit has the path %1.</source>
        <translation>--unit: %1 という組織はありません。</translation>
    </message>
    <message>
        <source>answer needs --unit.</source>
        <translation>answer には --unit が必要です。</translation>
    </message>
    <message>
        <source>--answer must be one of: %1.</source>
        <translation>--answer は次のいずれかです: %1。</translation>
    </message>
    <message>
        <source>--item: the checklist has no item %1 (see inspect items).</source>
        <translation>--item: 点検項目 %1 はありません（inspect items で確認してください）。</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>City</source>
        <translation>全庁</translation>
    </message>
    <message>
        <source>Answer and sum up the self-inspection (自己点検)</source>
        <translation>自己点検に回答し、集計します</translation>
    </message>
</context>
<context>
    <name>InspectionAnswerCommand</name>
    <message>
        <source>Answer %1</source>
        <translation>%1と回答</translation>
    </message>
    <message>
        <source>Take Back Answer</source>
        <translation>回答を取り消す</translation>
    </message>
</context>
<context>
    <name>InspectionService</name>
    <message>
        <source>Key: lower-case letters, digits and _ only, starting with a letter</source>
        <translation>キー: 英小文字で始まり、英小文字・数字・_ のみ使えます</translation>
    </message>
    <message>
        <source>Article: name the article of the regulation the item checks, e.g. 第6条(3)</source>
        <translation>条項: 点検する規程の条項を入力してください（例: 第6条(3)）</translation>
    </message>
    <message>
        <source>Item (Japanese): must not be empty</source>
        <translation>点検項目（日本語）: 入力してください</translation>
    </message>
    <message>
        <source>Item: at most %1 characters</source>
        <translation>点検項目: %1 文字以内で入力してください</translation>
    </message>
    <message>
        <source>Key: &quot;%1&quot; is already in the checklist</source>
        <translation>キー: 「%1」は既に点検項目にあります</translation>
    </message>
    <message>
        <source>The self-inspection item %1 does not exist.</source>
        <translation>自己点検項目 %1 はありません。</translation>
    </message>
    <message>
        <source>The item was changed by someone else since it was loaded; reload it.</source>
        <translation>読み込んだ後に他の人が点検項目を変更しました。読み込み直してください。</translation>
    </message>
    <message>
        <source>Key: an item&apos;s key never changes (answers refer to it)</source>
        <translation>キー: 点検項目のキーは変更できません（回答が参照しています）</translation>
    </message>
    <message>
        <source>The self-inspection item %1 was retired; it is not asked any more.</source>
        <translation>自己点検項目 %1 は廃止されたため、回答できません。</translation>
    </message>
    <message>
        <source>Self-inspection is answered per section (課室); %1 is not an active section.</source>
        <translation>自己点検は課室ごとに回答します。%1 は有効な課室ではありません。</translation>
    </message>
    <message>
        <source>%1 is not yours to inspect.</source>
        <translation>%1 の自己点検を回答する権限がありません。</translation>
    </message>
    <message>
        <source>Comment: say what is not done yet for &quot;%1&quot; (%2)</source>
        <translation>コメント: 「%1」（%2）について、実施していない内容を記入してください</translation>
    </message>
    <message>
        <source>Comment: at most %1 characters</source>
        <translation>コメント: %1 文字以内で入力してください</translation>
    </message>
    <message>
        <source>This section is not yours to see.</source>
        <translation>この課室を閲覧する権限がありません。</translation>
    </message>
</context>
<context>
    <name>LedgerExporter</name>
    <message>
        <source>%1: choose a file ending in .csv or .xlsx.</source>
        <translation>%1: 拡張子が .csv または .xlsx のファイルを指定してください。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>出力を取り消しました。ファイルは書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>LedgerImporter</name>
    <message>
        <source>%1: the file type is not known; import reads .csv and .xlsx files.</source>
        <translation>%1: 取り込めない種類のファイルです。取り込めるのは .csv と .xlsx のファイルです。</translation>
    </message>
    <message>
        <source>No header row was found: the file needs a row of column names such as %1.</source>
        <translation>見出し行が見つかりません。%1 などの列名を並べた行が必要です。</translation>
    </message>
    <message>
        <source>The file has no %1 column; it is what matches rows to assets.</source>
        <translation>ファイルに「%1」の列がありません。行と資産の対応付けに必要です。</translation>
    </message>
    <message>
        <source>names the same field as an earlier column</source>
        <translation>前の列と同じ項目を指しています</translation>
    </message>
    <message>
        <source>「%1」 is already used on line %2 of this file</source>
        <translation>「%1」はこのファイルの %2 行目で既に使われています</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>取込を取り消しました。台帳には何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>LedgerRowMapper</name>
    <message>
        <source>has more cells than the header row has columns</source>
        <translation>見出し行の列数より多くのセルがあります</translation>
    </message>
    <message>
        <source>is not a list of extra attributes written by Daicho (JSON object)</source>
        <translation>Daicho が出力した追加属性（JSON オブジェクト）ではありません</translation>
    </message>
</context>
<context>
    <name>LedgerValues</name>
    <message>
        <source>「%1」 is not one of: %2</source>
        <translation>「%1」は指定できる値ではありません（指定できる値：%2）</translation>
    </message>
    <message>
        <source>「%1」 is not a level; write a number such as 3, 2 or 1</source>
        <translation>「%1」は区分として読めません。3、2、1 などの数字で記入してください</translation>
    </message>
    <message>
        <source>「%1」 is not a date; write it as 2026-04-01, 2026/4/1 or 令和8年4月1日</source>
        <translation>「%1」は日付として読めません。2026-04-01、2026/4/1、令和8年4月1日 のように記入してください</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>The register to copy (left as it is).</source>
        <translation>コピー元の台帳（変更しません）。</translation>
    </message>
    <message>
        <source>Where the new register goes; it must not exist yet.</source>
        <translation>新しい台帳の場所。まだ台帳がない場所に限ります。</translation>
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation>--from と --to の両方を指定してください。</translation>
    </message>
    <message>
        <source>The audit trail of %1 does not verify (run verify-audit); nothing was copied.</source>
        <translation>%1 の監査記録の検証に失敗しました（verify-audit を実行してください）。何もコピーしていません。</translation>
    </message>
    <message>
        <source>Copied %1 rows (%2 assets, %3 audit events) from %4 to %5.</source>
        <translation>%4 から %5 へ %1 行（資産 %2 件、監査記録 %3 件）をコピーしました。</translation>
    </message>
    <message>
        <source>The audit trail of the copy is intact: %1 events checked, %2 records match their last event.</source>
        <translation>コピー先の監査記録は完全です: %1 件の記録を検証し、%2 件のレコードが最後の監査記録と一致しました。</translation>
    </message>
    <message>
        <source>Copy a register with its audit trail into a new register (a shared one on PostgreSQL)</source>
        <translation>台帳を監査記録ごと新しい台帳（PostgreSQL 上の共有台帳など）へコピーする</translation>
    </message>
    <message>
        <source>%1: %2 rows copied</source>
        <translation>%1: %2 行をコピーしました</translation>
    </message>
    <message>
        <source>No server login for %1: %2</source>
        <translation>%1 のサーバーのログインを作成できません: %2</translation>
    </message>
    <message>
        <source>Server logins for %1. Each needs a password before connecting as themselves: user passwd LOGIN (as the register&apos;s owner signed in as an administrator).</source>
        <translation>%1 のサーバーのログインを作成しました。本人として接続する前に、それぞれパスワードを設定してください: user passwd ログイン名（台帳の所有者の接続で、管理者としてサインインして実行）。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The register %1 was written by a newer version of Daicho (schema version %2; this version knows up to %3). Install the newer version to open it; the file has not been changed.</source>
        <translation>台帳 %1 は新しいバージョンの Daicho で作成されています（スキーマ版 %2、このバージョンは %3 まで対応）。開くには新しいバージョンをインストールしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Updating the register to schema version %1 failed: %2</source>
        <translation>台帳をスキーマ版 %1 に更新できませんでした: %2</translation>
    </message>
    <message>
        <source>The register %1 needs updating from schema version %2 to %3, which only its owner on the server may do: open it once as the account that created it (for example daicho-cli --db postgresql://OWNER@HOST/DB stats), then connect again. Nothing has been changed.</source>
        <translation>台帳 %1 はスキーマ版 %2 から %3 への更新が必要ですが、更新できるのはサーバー上の台帳の所有者だけです。台帳を作成したアカウントで一度開いてから（例: daicho-cli --db postgresql://所有者@ホスト/データベース stats）、もう一度接続してください。台帳は変更していません。</translation>
    </message>
    <message>
        <source>The register %1 has not been changed: updating it from schema version %2 to %3 keeps a copy of it first, and the copy could not be written. Make room in its folder, or copy the register to a folder you can write to and open that copy. %4</source>
        <translation>台帳 %1 は変更していません。スキーマ版 %2 から %3 への更新では先に複製を残しますが、その複製を書き込めませんでした。フォルダーの空き容量を確保するか、書き込めるフォルダーに台帳をコピーしてそのコピーを開いてください。%4</translation>
    </message>
</context>
<context>
    <name>OrgService</name>
    <message>
        <source>Unit name: is required</source>
        <translation>組織名: 入力が必要です</translation>
    </message>
    <message>
        <source>Unit name: at most %1 characters are allowed</source>
        <translation>組織名: %1 文字以内にしてください</translation>
    </message>
    <message>
        <source>Parent unit: does not exist</source>
        <translation>上位組織: 存在しません</translation>
    </message>
    <message>
        <source>Parent unit: a body (機関) is at the top of the tree and has no parent</source>
        <translation>上位組織: 機関は最上位の組織のため、上位組織は指定できません</translation>
    </message>
    <message>
        <source>Parent unit: a department (部局) belongs to a body (機関)</source>
        <translation>上位組織: 部局は機関の下に置いてください</translation>
    </message>
    <message>
        <source>Parent unit: a section (課室) belongs to a department (部局) or a body</source>
        <translation>上位組織: 課室は部局または機関の下に置いてください</translation>
    </message>
    <message>
        <source>Unit name: &quot;%1&quot; already exists at this place in the tree</source>
        <translation>組織名: 「%1」は同じ上位組織の下に既にあります</translation>
    </message>
    <message>
        <source>The organisation unit %1 does not exist.</source>
        <translation>組織 %1 は存在しません。</translation>
    </message>
    <message>
        <source>A unit keeps its kind; create a new unit instead.</source>
        <translation>組織の種類は変更できません。新しい組織を作成してください。</translation>
    </message>
    <message>
        <source>%1 is still in use (units, assets, people or roles refer to it); merge it into another unit instead.</source>
        <translation>%1 は使われています（下位の組織、資産、職員又は役割が参照しています）。削除せずに他の組織へ統合してください。</translation>
    </message>
    <message>
        <source>Both units of a merge must exist.</source>
        <translation>統合元と統合先の組織が両方とも存在する必要があります。</translation>
    </message>
    <message>
        <source>A unit cannot be merged into itself.</source>
        <translation>組織を自分自身に統合することはできません。</translation>
    </message>
    <message>
        <source>%1 and %2 are different kinds of unit; only units of the same kind merge.</source>
        <translation>%1 と %2 は組織の種類が異なります。統合できるのは同じ種類の組織だけです。</translation>
    </message>
    <message>
        <source>%1 has been retired; merge into a unit in use.</source>
        <translation>%1 は廃止済みです。使用中の組織に統合してください。</translation>
    </message>
    <message>
        <source>Only a unit in use can be split.</source>
        <translation>使用中の組織のみ分割できます。</translation>
    </message>
    <message>
        <source>Choose what moves to the new unit: assets, units under %1 or people.</source>
        <translation>新しい組織へ移すもの（資産、%1 の下の組織、職員）を選んでください。</translation>
    </message>
    <message>
        <source>Asset %1 is not held by %2.</source>
        <translation>資産 %1 は %2 の所管ではありません。</translation>
    </message>
    <message>
        <source>Unit %1 is not under %2.</source>
        <translation>組織 %1 は %2 の下にありません。</translation>
    </message>
    <message>
        <source>Person %1 does not work in %2.</source>
        <translation>職員 %1 は %2 の所属ではありません。</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <source>Name: is required</source>
        <translation>氏名: 入力が必要です</translation>
    </message>
    <message>
        <source>Name: at most %1 characters are allowed</source>
        <translation>氏名: %1 文字以内にしてください</translation>
    </message>
    <message>
        <source>Unit: does not exist</source>
        <translation>所属: 存在しません</translation>
    </message>
    <message>
        <source>The person %1 does not exist.</source>
        <translation>職員 %1 は存在しません。</translation>
    </message>
    <message>
        <source>Person: does not exist</source>
        <translation>職員: 存在しません</translation>
    </message>
    <message>
        <source>Start date: is required</source>
        <translation>開始日: 入力が必要です</translation>
    </message>
    <message>
        <source>End date: lies before the start date</source>
        <translation>終了日: 開始日より前になっています</translation>
    </message>
    <message>
        <source>%1 covers the whole city and takes no unit or system</source>
        <translation>%1 は市全体を担当するため、組織や情報システムは指定できません</translation>
    </message>
    <message>
        <source>%1 is assigned to a body or department (部局)</source>
        <translation>%1 は機関または部局に割り当ててください</translation>
    </message>
    <message>
        <source>%1 is assigned to a section (課室)</source>
        <translation>%1 は課室に割り当ててください</translation>
    </message>
    <message>
        <source>%1 is assigned to an information system (an asset of category ア)</source>
        <translation>%1 は情報システム（分類アの資産）に割り当ててください</translation>
    </message>
    <message>
        <source>There is already a %1 in office; end that assignment first (第5条: one at a time)</source>
        <translation>%1 は既に任命されています。先にその任命を終了してください（第5条：同時に1名）</translation>
    </message>
    <message>
        <source>The role assignment %1 does not exist.</source>
        <translation>役割の割当て %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is assigned to a unit, not to an information system</source>
        <translation>%1 は組織に割り当てる役割で、情報システムは指定できません</translation>
    </message>
    <message>
        <source>%1 is assigned to information systems, not to a unit</source>
        <translation>%1 は情報システムに割り当てる役割で、組織は指定できません</translation>
    </message>
    <message>
        <source>%1 is named on assets or holds roles; mark the person as no longer active instead.</source>
        <translation>%1 は資産に記載されているか役割を持っています。削除せずに「在職」のチェックを外してください。</translation>
    </message>
    <message>
        <source>Transfer: choose two different people.</source>
        <translation>人事異動：異なる二人を選んでください。</translation>
    </message>
    <message>
        <source>Transfer: the successor is not an active person of the register.</source>
        <translation>人事異動：後任者が台帳の在職者ではありません。</translation>
    </message>
    <message>
        <source>Transfer: give the day it takes effect.</source>
        <translation>人事異動：発令日を指定してください。</translation>
    </message>
    <message>
        <source>Transfer: a role of the person starts on %1, on or after the transfer</source>
        <translation>人事異動：この人の役割の開始日 %1 が発令日以降です</translation>
    </message>
    <message>
        <source>The risk %1 does not exist.</source>
        <translation>リスク %1 はありません。</translation>
    </message>
</context>
<context>
    <name>RegisterBackup</name>
    <message>
        <source>The shared register %1 is kept by its server: back it up with the server&apos;s own tools (for example pg_dump).</source>
        <translation>共有台帳 %1 はサーバーが保管しています。サーバーのツール（pg_dump など）でバックアップしてください。</translation>
    </message>
    <message>
        <source>The register %1 cannot be copied while a change to it is in progress.</source>
        <translation>台帳 %1 は変更の途中のため複製できません。</translation>
    </message>
    <message>
        <source>Cannot copy the register %1 to %2: that file already exists, and a backup never overwrites a file.</source>
        <translation>台帳 %1 を %2 に複製できません。そのファイルは既に存在し、バックアップがファイルを上書きすることはありません。</translation>
    </message>
    <message>
        <source>Cannot copy the register %1 to %2: %3</source>
        <translation>台帳 %1 を %2 に複製できません: %3</translation>
    </message>
</context>
<context>
    <name>RegisterChoices</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>所属なし</translation>
    </message>
    <message>
        <source>%1 (%2, no. %3)</source>
        <translation>%1（%2、No.%3）</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>全機関</translation>
    </message>
</context>
<context>
    <name>RegisterCopy</name>
    <message>
        <source>The registers are at different schema versions (%1 and %2).</source>
        <translation>台帳のスキーマバージョンが異なります（%1 と %2）。</translation>
    </message>
    <message>
        <source>Reading %1 from %2 failed: %3</source>
        <translation>%2 から %1 を読み込めませんでした: %3</translation>
    </message>
</context>
<context>
    <name>RegisterRestore</name>
    <message>
        <source>The shared register %1 is kept by its server: restore it with the server&apos;s own tools (for example pg_restore).</source>
        <translation>共有台帳 %1 はサーバーが保管しています。サーバーのツール（pg_restore など）で復元してください。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>バックアップ %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a register file.</source>
        <translation>%1 はフォルダーであり、台帳ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is the register itself, not a backup of it.</source>
        <translation>%1 は台帳そのものであり、そのバックアップではありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open the backup %1: %2</source>
        <translation>バックアップ %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Daicho register: it cannot be read as a database (%2).</source>
        <translation>%1 は Daicho の台帳ではありません。データベースとして読み取れません（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a Daicho register.</source>
        <translation>%1 は Daicho の台帳ではありません。</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Daicho (schema version %2; this version knows up to %3). Restore it with that version.</source>
        <translation>バックアップ %1 は新しいバージョンの Daicho で作成されています（スキーマバージョン %2。このバージョンが扱えるのは %3 まで）。そのバージョンで復元してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only: %2</source>
        <translation>%1 を所有者のみ読み取り可能にできません: %2</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1: %2</source>
        <translation>バックアップ %1 を複製できません: %2</translation>
    </message>
    <message>
        <source>No backup has been checked for restoring.</source>
        <translation>復元するバックアップがまだ検査されていません。</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of the backup %1 does not verify (%n problem(s)); the register was not replaced.</source>
        <translation>
            <numerusform>バックアップ %1 の監査証跡を検証できません（問題 %n 件）。台帳は置き換えていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot keep a copy of the register %1 before replacing it: %2. Nothing was changed.</source>
        <translation>置き換える前に台帳 %1 の複製を保存できません: %2。何も変更していません。</translation>
    </message>
    <message>
        <source>Cannot put the backup in the place of the register %1; the register is unchanged, and a copy of it is kept in %2.</source>
        <translation>バックアップを台帳 %1 と置き換えられません。台帳は変更されておらず、その複製を %2 に保存しています。</translation>
    </message>
    <message>
        <source>The register %1 is open in another window or program. Close it there first, then try again; nothing was changed.</source>
        <translation>台帳 %1 は別のウィンドウまたはプログラムで開かれています。そちらで閉じてから、もう一度実行してください。何も変更していません。</translation>
    </message>
    <message>
        <source>Cannot check whether the register %1 is in use: %2</source>
        <translation>台帳 %1 が使用中かどうかを確認できません: %2</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Report on this unit&apos;s subtree (names from the body down joined by /); the whole city without it.</source>
        <translation>この組織以下を対象にします（機関から順に名称を / でつないだもの）。省略すると全庁です。</translation>
    </message>
    <message>
        <source>Say where to write the report (.xlsx).</source>
        <translation>報告書の書き出し先（.xlsx）を指定してください。</translation>
    </message>
    <message>
        <source>--scope: no unit has the path %1.</source>
        <translation>--scope: %1 という組織はありません。</translation>
    </message>
    <message>
        <source>Report on %1 written to %2 in %3 s.</source>
        <translation>%1 の報告書を %2 に書き出しました（%3 秒）。</translation>
    </message>
    <message>
        <source>Write the committee report (情報セキュリティ対策委員会)</source>
        <translation>情報セキュリティ対策委員会への報告書を作成します</translation>
    </message>
    <message>
        <source>%1: write the report as .pdf or .xlsx.</source>
        <translation>%1: 報告書は .pdf または .xlsx で書き出します。</translation>
    </message>
    <message>
        <source>PDF reports need the graphics libraries; run daicho-cli itself.</source>
        <translation>PDF の報告書にはグラフィックス ライブラリが必要です。daicho-cli から実行してください。</translation>
    </message>
    <message>
        <source>List the changes since this day (YYYY-MM-DD), or since the last report for the scope (last, the default).</source>
        <translation>この日（YYYY-MM-DD）以降、または対象の前回報告以降（last、既定）の変更を記載します。</translation>
    </message>
    <message>
        <source>--since: give a day as YYYY-MM-DD, or last.</source>
        <translation>--since: 日付を YYYY-MM-DD で、または last を指定してください。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore even a backup whose audit trail does not verify.</source>
        <translation>監査証跡を検証できないバックアップでも復元する。</translation>
    </message>
    <message>
        <source>Which backup? Give the path of the file to restore.</source>
        <translation>どのバックアップですか？ 復元するファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>The backup %1 holds %2 assets; its last audit event was at %3.</source>
        <translation>バックアップ %1 には %2 件の資産があり、最後の監査イベントは %3 です。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of the backup %1 does not verify (%n problem(s)); the register was not replaced. Restore it anyway only if you know why, with --force.</source>
        <translation>
            <numerusform>バックアップ %1 の監査証跡を検証できません（問題 %n 件）。台帳は置き換えていません。理由が分かっている場合に限り、--force を付けて復元してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring although the audit trail of the backup does not verify (--force).</source>
        <translation>バックアップの監査証跡を検証できませんが、復元します（--force）。</translation>
    </message>
    <message>
        <source>Restored the register %1 from %2.</source>
        <translation>台帳 %1 を %2 から復元しました。</translation>
    </message>
    <message>
        <source>The register as it was is kept in %1</source>
        <translation>復元前の台帳は %1 に保存しています</translation>
    </message>
    <message>
        <source>Replace the register with a backup whose audit trail verifies, keeping a copy of the register</source>
        <translation>監査証跡を検証できるバックアップで台帳を置き換える（現在の台帳の複製を保存）</translation>
    </message>
    <message>
        <source>The register %1 cannot be read, so no one can sign in to it: restoring over it, with the damaged file kept beside it as it is.</source>
        <translation>台帳 %1 は読み込めないため、誰もサインインできません。この台帳をバックアップで置き換えます。破損したファイルはそのまま同じフォルダーに残します。</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>The fiscal year (年度), e.g. 2026.</source>
        <translation>年度（例：2026）。</translation>
    </message>
    <message>
        <source>The due date (YYYY-MM-DD).</source>
        <translation>期限（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The outcome: %1.</source>
        <translation>結果：%1。</translation>
    </message>
    <message>
        <source>A comment.</source>
        <translation>コメント。</translation>
    </message>
    <message>
        <source>The unit, as names from the body down joined by /.</source>
        <translation>組織（機関から順に名称を / でつないだもの）。</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>スクリプト向けに JSON で出力します。</translation>
    </message>
    <message>
        <source>Say what to do: %1.</source>
        <translation>操作を指定してください：%1。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>不要な引数があります: %1</translation>
    </message>
    <message>
        <source>Review of fiscal year %1 opened.</source>
        <translation>%1 年度の棚卸しを開始しました。</translation>
    </message>
    <message>
        <source>--outcome must be one of: %1.</source>
        <translation>--outcome には次のいずれかを指定してください：%1。</translation>
    </message>
    <message>
        <source>%1: no such asset</source>
        <translation>%1：該当する資産がありません</translation>
    </message>
    <message>
        <source>--unit: no unit has the path %1.</source>
        <translation>--unit：%1 という組織はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) confirmed.</source>
        <translation>
            <numerusform>%n 件の資産を確認済にしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>signed off by %1</source>
        <translation>%1 が承認</translation>
    </message>
    <message>
        <source>Run the yearly review of the register (棚卸し)</source>
        <translation>台帳の年次棚卸しを行います</translation>
    </message>
    <message>
        <source>evidence needs the file to write (.xlsx or .csv).</source>
        <translation>evidence には書き出すファイル（.xlsx または .csv）が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) written to %1.</source>
        <translation>
            <numerusform>%1 に棚卸し結果 %n 件を書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewEvidenceExporter</name>
    <message>
        <source>No review campaign for this fiscal year yet.</source>
        <translation>今年度の棚卸しはまだ開始されていません。</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .csv or .xlsx.</source>
        <translation>%1: 拡張子が .csv または .xlsx のファイルを指定してください。</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>No review campaign is open for this fiscal year; the security office opens one first.</source>
        <translation>今年度の棚卸しが開始されていません。情報セキュリティ担当部署が先に開始してください。</translation>
    </message>
    <message>
        <source>Fiscal year %1 is over; open a campaign for this year or a later one.</source>
        <translation>%1 年度は終了しています。今年度以降の棚卸しを開始してください。</translation>
    </message>
    <message>
        <source>Due date: choose a day from today until the end of fiscal year %1 (March 31, %2)</source>
        <translation>期限：今日から %1 年度末（%2 年 3 月 31 日）までの日付を選んでください</translation>
    </message>
    <message>
        <source>A review campaign for fiscal year %1 is already open.</source>
        <translation>%1 年度の棚卸しはすでに開始されています。</translation>
    </message>
    <message>
        <source>The asset %1 does not exist.</source>
        <translation>資産 %1 は存在しません。</translation>
    </message>
    <message>
        <source>Asset %1 has been disposed of; it is not reviewed any more.</source>
        <translation>資産 %1 は廃棄済みのため、棚卸しの対象外です。</translation>
    </message>
    <message>
        <source>Comment: say what needs correcting</source>
        <translation>コメント：修正が必要な内容を入力してください</translation>
    </message>
    <message>
        <source>This section is not yours to review.</source>
        <translation>この課室を棚卸しする権限がありません。</translation>
    </message>
    <message>
        <source>Only the %1 of this unit signs its review off.</source>
        <translation>棚卸しを承認できるのは、この組織の%1だけです。</translation>
    </message>
    <message>
        <source>This unit holds no assets to review.</source>
        <translation>この組織には棚卸しの対象となる資産がありません。</translation>
    </message>
    <message>
        <source>%1 was already signed off.</source>
        <translation>%1 はすでに承認済みです。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n asset(s) not reviewed.</source>
        <translation>
            <numerusform>%1 には未確認の資産が %n 件残っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>No review campaign for this fiscal year yet.</source>
        <translation>今年度の棚卸しはまだ開始されていません。</translation>
    </message>
</context>
<context>
    <name>RiskMethod</name>
    <message>
        <source>Bands: medium must start above 1, high above medium, and high at %1 at most</source>
        <translation>評価区分：「中」の下限は1より大きく、「大」の下限は「中」より大きく、かつ %1 以下としてください</translation>
    </message>
</context>
<context>
    <name>RiskScoring</name>
    <message>
        <source>Likelihood of the threat: choose 1, 2 or 3</source>
        <translation>脅威の起こりやすさ：1・2・3 のいずれかを選んでください</translation>
    </message>
    <message>
        <source>Vulnerability: choose 1, 2 or 3</source>
        <translation>脆弱性のつけ込みやすさ：1・2・3 のいずれかを選んでください</translation>
    </message>
    <message>
        <source>Residual risk: give both the threat and the vulnerability after treatment (1-3)</source>
        <translation>残留リスク：対応後の脅威の起こりやすさと脆弱性のつけ込みやすさの両方を入力してください（1～3）</translation>
    </message>
    <message>
        <source>The asset is not rated for confidentiality, integrity and availability yet, so its importance is unknown</source>
        <translation>資産の機密性・完全性・可用性がまだ格付けされていないため、重要度が決まりません</translation>
    </message>
    <message>
        <source>Likelihood: choose 1 to %1</source>
        <translation>発生の可能性：1～%1 で選んでください</translation>
    </message>
    <message>
        <source>Impact: choose 1 to %1</source>
        <translation>発生時の損失：1～%1 で選んでください</translation>
    </message>
    <message>
        <source>Residual risk: give both the likelihood and the impact after treatment (1-%1)</source>
        <translation>残留リスク：対応後の発生の可能性と発生時の損失の両方を入力してください（1～%1）</translation>
    </message>
</context>
<context>
    <name>RiskService</name>
    <message>
        <source>Asset: does not exist</source>
        <translation>資産: 存在しません</translation>
    </message>
    <message>
        <source>Threat: &quot;%1&quot; is not in the catalogue</source>
        <translation>脅威: 「%1」は脅威一覧にありません</translation>
    </message>
    <message>
        <source>This asset already has a risk for that threat; change that one.</source>
        <translation>この資産にはその脅威のリスクが既にあります。そちらを変更してください。</translation>
    </message>
    <message>
        <source>The risk %1 does not exist.</source>
        <translation>リスク %1 は存在しません。</translation>
    </message>
    <message>
        <source>The risk was changed by someone else since it was loaded; reload it.</source>
        <translation>読み込んだ後に他の人がこのリスクを変更しました。読み込み直してください。</translation>
    </message>
    <message>
        <source>A risk stays with its asset; record a new one for another asset.</source>
        <translation>リスクの資産は変更できません。別の資産には新しくリスクを登録してください。</translation>
    </message>
    <message>
        <source>The threat &quot;%1&quot; has been retired from the catalogue.</source>
        <translation>脅威「%1」は脅威一覧から廃止されています。</translation>
    </message>
    <message>
        <source>Threat: &quot;%1&quot; is not in the catalogue or already recorded for the asset</source>
        <translation>脅威：「%1」は脅威一覧にないか、この資産にすでに登録されています</translation>
    </message>
    <message>
        <source>A risk stays with its threat; record a new one for another threat.</source>
        <translation>リスクの脅威は変更できません。別の脅威は新しいリスクとして登録してください。</translation>
    </message>
</context>
<context>
    <name>RiskSuggester</name>
    <message>
        <source>%1 and confidentiality 2 or higher</source>
        <translation>%1 かつ機密性2以上</translation>
    </message>
    <message>
        <source>%1 and availability 2</source>
        <translation>%1 かつ可用性2</translation>
    </message>
    <message>
        <source>%1: infection through media and updates</source>
        <translation>%1：媒体・更新プログラム経由の感染</translation>
    </message>
    <message>
        <source>confidentiality 2 or higher</source>
        <translation>機密性2以上</translation>
    </message>
    <message>
        <source>holds personal information</source>
        <translation>個人情報を含む</translation>
    </message>
    <message>
        <source>integrity 2: mistakes in entry and settings matter</source>
        <translation>完全性2：入力・設定の誤りが影響する</translation>
    </message>
    <message>
        <source>hardware, network or medium (第2条(3)ア)</source>
        <translation>ネットワーク・情報システム・記録媒体（第2条(3)ア）</translation>
    </message>
    <message>
        <source>availability 2: it must keep running</source>
        <translation>可用性2：停止が許されない</translation>
    </message>
    <message>
        <source>system document (第2条(3)ウ)</source>
        <translation>システム関連文書（第2条(3)ウ）</translation>
    </message>
    <message>
        <source>run by an outside party (%1)</source>
        <translation>外部が運用（%1）</translation>
    </message>
    <message>
        <source>cloud service needed without interruption</source>
        <translation>中断なく必要なクラウドサービス</translation>
    </message>
    <message>
        <source>social media account</source>
        <translation>ソーシャルメディアのアカウント</translation>
    </message>
    <message>
        <source>availability 2: the work cannot stop</source>
        <translation>可用性2：業務を止められない</translation>
    </message>
</context>
<context>
    <name>RiskUntreatedRule</name>
    <message>
        <source>High risks treated, and on time</source>
        <translation>リスク「大」に対応が決まり、期限内に進んでいる</translation>
    </message>
    <message>
        <source>%1: the risk &quot;%2&quot; (value %3, high) has no treatment and plan (Article 8)</source>
        <translation>%1：リスク「%2」（リスク値 %3、大）に対応と対応計画がありません（第8条）</translation>
    </message>
    <message>
        <source>%1: the treatment of the risk &quot;%2&quot; was due on %3 and is not closed (Article 8)</source>
        <translation>%1：リスク「%2」の対応期限 %3 を過ぎていますが完了していません（第8条）</translation>
    </message>
</context>
<context>
    <name>RoleCardinalityRule</name>
    <message>
        <source>Roles of Article 5 filled once each</source>
        <translation>第5条の責任者等が置かれている</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n in office, where Article 5 asks for exactly one</source>
        <translation>
            <numerusform>%1：在任 %n 人（第5条では1人）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no %2 in office</source>
        <translation>%1 に%2が置かれていません</translation>
    </message>
    <message>
        <source>%1 holds assets but has no %2 in office</source>
        <translation>%1 は情報資産を所管していますが%2が置かれていません</translation>
    </message>
</context>
<context>
    <name>RoleCommand</name>
    <message>
        <source>The person&apos;s name.</source>
        <translation>職員の氏名。</translation>
    </message>
    <message>
        <source>The role: %1.</source>
        <translation>役割: %1。</translation>
    </message>
    <message>
        <source>The unit, as names from the body down joined by /.</source>
        <translation>組織。機関から順に名称を / でつなげて指定します。</translation>
    </message>
    <message>
        <source>The information system, by its 資産ID.</source>
        <translation>情報システム（資産ID で指定）。</translation>
    </message>
    <message>
        <source>First day in office (default: today).</source>
        <translation>就任日（省略時は今日）。</translation>
    </message>
    <message>
        <source>--role must be one of: %1.</source>
        <translation>--role は次のいずれかです: %1。</translation>
    </message>
    <message>
        <source>Nobody in the register is named %1.</source>
        <translation>台帳に %1 という職員はいません。</translation>
    </message>
    <message>
        <source>%1 people are named %2; tell them apart first.</source>
        <translation>%2 という職員が %1 名います。先に区別できるようにしてください。</translation>
    </message>
    <message>
        <source>--from takes a date such as 2026-04-01.</source>
        <translation>--from には 2026-04-01 のような日付を指定します。</translation>
    </message>
    <message>
        <source>No unit has the path %1.</source>
        <translation>%1 という組織はありません。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 を%2に任命しました。</translation>
    </message>
    <message>
        <source>Who takes over (transfer).</source>
        <translation>後任者（人事異動）。</translation>
    </message>
    <message>
        <source>Say what to do: assign, transfer or list.</source>
        <translation>操作を指定してください：assign、transfer 又は list。</translation>
    </message>
    <message>
        <source>Assign, transfer and list the roles of 第5条</source>
        <translation>第5条の役割を割り当て・引継ぎ・一覧表示します</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes over %n role(s), %2 asset(s) and %3 open risk(s) from %4 on %5.</source>
        <translation>
            <numerusform>%5 付で %1 が %4 から役割 %n 件、資産 %2 件、未対応のリスク %3 件を引き継ぎます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleRegister</name>
    <message>
        <source>The sample register could not be made: %1</source>
        <translation>サンプル台帳を作成できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <source>The account that owns the register on the server may not create roles, so its users cannot get server logins. Give it CREATEROLE (ALTER ROLE … CREATEROLE) and add the user again.</source>
        <translation>サーバー上で台帳を所有するアカウントにロールの作成権限がないため、ユーザーのサーバーのログインを作成できません。CREATEROLE を付与して（ALTER ROLE … CREATEROLE）、ユーザーを追加し直してください。</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>%1 is not a register location: write postgresql://user@host:port/database.</source>
        <translation>%1 は台帳の場所として読めません。postgresql://ユーザー@ホスト:ポート/データベース の形で指定してください。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a connection parameter (such as sslmode or connect_timeout).</source>
        <translation>%1：「%2」は接続パラメータ（sslmode、connect_timeout など）ではありません。</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>スクリプト向けに JSON で出力します。</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>台帳: %1</translation>
    </message>
    <message>
        <source>Assets: %1 (unclassified: %2)</source>
        <translation>資産: %1 件（未分類: %2 件）</translation>
    </message>
    <message>
        <source>Organisation units: %1 (bodies: %2)</source>
        <translation>組織: %1 件（機関: %2）</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>職員: %1 名</translation>
    </message>
    <message>
        <source>Audit events: %1</source>
        <translation>監査記録: %1 件</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>分類別:</translation>
    </message>
    <message>
        <source>By network segment:</source>
        <translation>通信経路区分別:</translation>
    </message>
    <message>
        <source>By confidentiality:</source>
        <translation>機密性別:</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Count assets, units and people, by category, segment and level</source>
        <translation>資産・組織・職員の件数を分類・通信経路区分・機密性別に集計します</translation>
    </message>
</context>
<context>
    <name>TemplateService</name>
    <message>
        <source>The organisation template cannot be read: %1</source>
        <translation>組織のひな形を読み込めません: %1</translation>
    </message>
    <message>
        <source>The organisation template names no bodies.</source>
        <translation>組織のひな形に機関がありません。</translation>
    </message>
    <message>
        <source>This register already has an organisation tree; the template was not applied.</source>
        <translation>この台帳には既に組織があるため、ひな形は適用しませんでした。</translation>
    </message>
</context>
<context>
    <name>ThreatService</name>
    <message>
        <source>Name (Japanese): must not be empty</source>
        <translation>名称（日本語）：入力してください</translation>
    </message>
    <message>
        <source>Endangers: choose at least one of confidentiality, integrity and availability</source>
        <translation>脅かす性質：機密性・完全性・可用性のいずれか一つ以上を選んでください</translation>
    </message>
    <message>
        <source>Key: lower-case letters, digits and _ only, starting with a letter</source>
        <translation>キー：英小文字で始め、英小文字・数字・_ のみを使ってください</translation>
    </message>
    <message>
        <source>Key: &quot;%1&quot; is already in the catalogue</source>
        <translation>キー：「%1」はすでに脅威一覧にあります</translation>
    </message>
    <message>
        <source>Name (Japanese): &quot;%1&quot; is already in the catalogue</source>
        <translation>名称（日本語）：「%1」はすでに脅威一覧にあります</translation>
    </message>
    <message>
        <source>The threat %1 does not exist.</source>
        <translation>脅威 %1 は存在しません。</translation>
    </message>
    <message>
        <source>The threat was changed by someone else since it was loaded; reload it.</source>
        <translation>読み込んだ後に他の人が脅威を変更しました。読み込み直してください。</translation>
    </message>
    <message>
        <source>Key: a threat&apos;s key never changes (risks refer to it)</source>
        <translation>キー：脅威のキーは変更できません（リスクが参照しています）</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>The person the user is (their name).</source>
        <translation>ユーザーとなる職員（氏名）。</translation>
    </message>
    <message>
        <source>An administrator (the security office).</source>
        <translation>管理者（情報セキュリティ担当部署）。</translation>
    </message>
    <message>
        <source>Say what to do: %1.</source>
        <translation>操作を指定してください: %1。</translation>
    </message>
    <message>
        <source>%1 needs a LOGIN.</source>
        <translation>%1 にはログイン名が必要です。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 の新しいパスワード: </translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Done: %1 %2.</source>
        <translation>完了: %1 %2。</translation>
    </message>
    <message>
        <source>user add needs --person NAME: a user is a person of the register.</source>
        <translation>user add には --person 氏名 が必要です。ユーザーは台帳の職員です。</translation>
    </message>
    <message>
        <source>Nobody in the register is named %1.</source>
        <translation>台帳に %1 という職員はいません。</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>新しいユーザー %1 のパスワード: </translation>
    </message>
    <message>
        <source>Created the user %1 for %2.</source>
        <translation>%2 のユーザー %1 を作成しました。</translation>
    </message>
    <message>
        <source>Manage the users who sign in to the register</source>
        <translation>台帳にサインインするユーザーを管理します</translation>
    </message>
    <message>
        <source>%1 people are named %2; tell them apart first (Edit → People and Roles), then try again.</source>
        <translation>%2 という職員が %1 名います。先に区別できるようにしてから（［編集］→［職員と役割］）、もう一度実行してください。</translation>
    </message>
    <message>
        <source>%1 connects to the shared register as the server login %1 with this password.</source>
        <translation>%1 は、このパスワードでサーバーのログイン %1 として共有台帳に接続します。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Only an administrator (the security office) may manage users.</source>
        <translation>ユーザーを管理できるのは管理者（情報セキュリティ担当部署）だけです。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>パスワードは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>Passwords cannot be handled: no password library is installed.</source>
        <translation>パスワードを扱えません。パスワード用のライブラリが組み込まれていません。</translation>
    </message>
    <message>
        <source>The first user of a register must be an administrator.</source>
        <translation>台帳の最初のユーザーは管理者でなければなりません。</translation>
    </message>
    <message>
        <source>A login is one word without spaces.</source>
        <translation>ログイン名は空白を含まない一語にしてください。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>ログイン名「%1」は既に使われています。</translation>
    </message>
    <message>
        <source>A user is a person of the register; person %1 does not exist.</source>
        <translation>ユーザーは台帳の職員です。職員 %1 は存在しません。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>ユーザー「%1」はいません。</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>ログイン名又はパスワードが違います。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is disabled; ask the security office.</source>
        <translation>ユーザー「%1」は無効です。情報セキュリティ担当部署に問い合わせてください。</translation>
    </message>
    <message>
        <source>Only a shared register signs in with the server login.</source>
        <translation>サーバーのログインでサインインできるのは共有台帳だけです。</translation>
    </message>
    <message>
        <source>The server login &quot;%1&quot; is no user of this register.</source>
        <translation>サーバーのログイン「%1」はこの台帳のユーザーではありません。</translation>
    </message>
</context>
<context>
    <name>VerifyAuditCommand</name>
    <message>
        <source>The audit trail is intact: %1 events checked, %2 records match their last event.</source>
        <translation>監査記録に改ざんはありません。%1 件の記録を検証し、%2 件のデータが最後の記録と一致しました。</translation>
    </message>
    <message numerus="yes">
        <source>The audit check found %n problem(s).</source>
        <translation>
            <numerusform>監査記録の検証で %n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the audit chain and that every record matches its last audit event</source>
        <translation>監査記録の連鎖と、各データが最後の監査記録と一致することを検証します</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls) or a password-protected workbook. Save it as an Excel workbook (.xlsx) without a password and try again.</source>
        <translation>%1 は Excel 97-2003 形式（.xls）またはパスワード付きのブックです。パスワードなしの Excel ブック（.xlsx）として保存し直してから取り込んでください。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 は Excel ブック（.xlsx）ではありません（zip 形式ではありません）。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): its zip archive is damaged (zip error %2).</source>
        <translation>%1 は Excel ブック（.xlsx）として読めません。zip が壊れています（zip エラー %2）。</translation>
    </message>
    <message>
        <source>Internal error: two parts of a workbook were opened at once.</source>
        <translation>内部エラー: ブックの二つの部分を同時に開こうとしました。</translation>
    </message>
    <message>
        <source>The workbook lacks its part %1.</source>
        <translation>ブックに %1 がありません。</translation>
    </message>
    <message>
        <source>More than %1 relationships.</source>
        <translation>関係（リレーションシップ）が %1 を超えています。</translation>
    </message>
</context>
<context>
    <name>XlsxPartDevice</name>
    <message>
        <source>The part %1 of the workbook cannot be unpacked (zip error %2).</source>
        <translation>ブックの %1 を展開できません（zip エラー %2）。</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged and cannot be unpacked (zip error %2).</source>
        <translation>ブックの %1 が壊れていて展開できません（zip エラー %2）。</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is larger than %2 MiB when unpacked; it is not read.</source>
        <translation>ブックの %1 は展開すると %2 MiB を超えるため読み込みません。</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged (line %2: %3).</source>
        <translation>ブックの %1 が壊れています（%2 行目: %3）。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is a zip archive without a workbook in it.</source>
        <translation>%1 は Excel ブック（.xlsx）ではありません（zip の中にブックがありません）。</translation>
    </message>
    <message>
        <source>The workbook has more than %1 sheets.</source>
        <translation>ブックのシートが %1 を超えています。</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>ブックにシートがありません。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”. Its sheets are: %2.</source>
        <translation>ブックに「%1」というシートはありません。シートは次のとおりです: %2。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between sheet names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The sheet “%1” is missing from the workbook file.</source>
        <translation>シート「%1」がブックのファイルにありません。</translation>
    </message>
    <message>
        <source>The sheet “%1” is not a worksheet (it may be a chart).</source>
        <translation>シート「%1」はワークシートではありません（グラフの可能性があります）。</translation>
    </message>
    <message>
        <source>The sheet “%1” cannot be read: %2</source>
        <translation>シート「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>Row %1 has a cell at “%2”, which is no cell Excel can have.</source>
        <translation>%1 行目に「%2」というセルがありますが、Excel のセル位置ではありません。</translation>
    </message>
    <message>
        <source>Row %1 refers to shared string %2, which the workbook does not have.</source>
        <translation>%1 行目が共有文字列 %2 を参照していますが、ブックにその文字列がありません。</translation>
    </message>
</context>
<context>
    <name>XlsxSharedStrings</name>
    <message>
        <source>The workbook has more than %1 shared strings.</source>
        <translation>ブックの共有文字列が %1 件を超えています。</translation>
    </message>
    <message>
        <source>The shared strings of the workbook exceed %1 characters.</source>
        <translation>ブックの共有文字列が合計 %1 文字を超えています。</translation>
    </message>
    <message>
        <source>A text is longer than %1 characters.</source>
        <translation>%1 文字を超える文字列があります。</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>The banner is %1 characters long; a page header holds at most %2.</source>
        <translation>分類表示が %1 文字あります。ヘッダーに入るのは %2 文字までです。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot start the workbook %1.</source>
        <translation>ブック %1 の作成を始められません。</translation>
    </message>
    <message>
        <source>The workbook is already finished.</source>
        <translation>ブックは書き出し済みです。</translation>
    </message>
    <message>
        <source>A sheet needs a name.</source>
        <translation>シートには名前が必要です。</translation>
    </message>
    <message>
        <source>The sheet “%1” has %2 columns; Excel allows %3.</source>
        <translation>シート「%1」の列が %2 あります。Excel の上限は %3 列です。</translation>
    </message>
    <message>
        <source>Cannot add the sheet “%1”</source>
        <translation>シート「%1」を追加できません</translation>
    </message>
    <message>
        <source>Cannot write the header of sheet “%1”</source>
        <translation>シート「%1」の見出しを書き込めません</translation>
    </message>
    <message>
        <source>Cannot set the page header of sheet “%1”</source>
        <translation>シート「%1」のヘッダーを設定できません</translation>
    </message>
    <message>
        <source>No sheet has been started to write rows to.</source>
        <translation>行を書き込むシートがまだありません。</translation>
    </message>
    <message>
        <source>The sheet “%1” is full: Excel allows %2 rows.</source>
        <translation>シート「%1」がいっぱいです。Excel の上限は %2 行です。</translation>
    </message>
    <message>
        <source>Row %1 of sheet “%2” has %3 cells; Excel allows %4 columns.</source>
        <translation>シート「%2」の %1 行目に %3 個のセルがあります。Excel の上限は %4 列です。</translation>
    </message>
    <message>
        <source>Row %1, column %2 of sheet “%3”: a cell holds at most %4 characters.</source>
        <translation>シート「%3」の %1 行目 %2 列目: セルに入るのは %4 文字までです。</translation>
    </message>
    <message>
        <source>Cannot write row %1 of sheet “%2”</source>
        <translation>シート「%2」の %1 行目を書き込めません</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
    <message>
        <source>Cannot add the filter to sheet “%1”</source>
        <translation>シート「%1」にフィルターを設定できません</translation>
    </message>
    <message>
        <source>Cannot add the list of choices to column %1 of sheet “%2”</source>
        <translation>シート「%2」の %1 列目に選択肢を設定できません</translation>
    </message>
    <message>
        <source>Cannot add the sheet of choices</source>
        <translation>選択肢のシートを追加できません</translation>
    </message>
    <message>
        <source>The lists of choices have more than %1 entries.</source>
        <translation>選択肢が合計 %1 件を超えています。</translation>
    </message>
    <message>
        <source>Cannot write the list of choices</source>
        <translation>選択肢を書き込めません</translation>
    </message>
    <message>
        <source>The sheet name “%1” is too long: Excel allows at most 31 characters.</source>
        <translation>シート名「%1」が長すぎます。Excel のシート名は 31 文字までです。</translation>
    </message>
    <message>
        <source>The sheet name “%1” contains a character Excel does not allow there: [ ] : * ? / \</source>
        <translation>シート名「%1」に Excel で使えない文字が含まれています: [ ] : * ? / \</translation>
    </message>
    <message>
        <source>The sheet name “%1” may not begin or end with an apostrophe.</source>
        <translation>シート名「%1」の先頭と末尾にアポストロフィは使えません。</translation>
    </message>
    <message>
        <source>The workbook already has a sheet named “%1”.</source>
        <translation>ブックには既に「%1」というシートがあります。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: libxlsxwriter&apos;s reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>出力を取り消しました。ファイルは書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>XlsxXml</name>
    <message>
        <source>The XML is nested more than %1 levels deep.</source>
        <translation>XML の入れ子が %1 段を超えています。</translation>
    </message>
    <message>
        <source>The XML contains a document type declaration, which XLSX files never have.</source>
        <translation>XML に文書型宣言（DTD）が含まれています。XLSX ファイルには本来ないものです。</translation>
    </message>
    <message>
        <source>A text is longer than %1 characters.</source>
        <translation>%1 文字を超える文字列があります。</translation>
    </message>
</context>
<context>
    <name>daicho::AboutDialog</name>
    <message>
        <source>About Daicho</source>
        <translation>Daicho について</translation>
    </message>
    <message>
        <source>Daicho %1</source>
        <translation>Daicho %1</translation>
    </message>
    <message>
        <source>Register of information assets (情報資産管理台帳)</source>
        <translation>情報資産管理台帳</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>概要(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>ライセンス(&amp;L)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt について</translation>
    </message>
    <message>
        <source>Application framework. Modules: Core, Gui, Widgets, Sql (with its SQLite and PostgreSQL drivers), PrintSupport; OpenGL and OpenGLWidgets, which Charts needs; Core5Compat, which QuaZip needs.</source>
        <translation>アプリケーションフレームワーク。モジュール：Core、Gui、Widgets、Sql（SQLite と PostgreSQL のドライバーを含む）、PrintSupport、Charts が必要とする OpenGL と OpenGLWidgets、QuaZip が必要とする Core5Compat。</translation>
    </message>
    <message>
        <source>LGPL-3.0 (or GPL-2.0 / GPL-3.0)</source>
        <translation>LGPL-3.0（または GPL-2.0 / GPL-3.0）</translation>
    </message>
    <message>
        <source>The dashboard&apos;s charts.</source>
        <translation>ダッシュボードのグラフ。</translation>
    </message>
    <message>
        <source>GPL-3.0 (the open-source edition of Qt Charts is offered under the GPL only, not the LGPL)</source>
        <translation>GPL-3.0（Qt Charts のオープンソース版は LGPL ではなく GPL でのみ提供されています）</translation>
    </message>
    <message>
        <source>The register file and its search index.</source>
        <translation>台帳ファイルとその検索用索引。</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>パブリックドメイン</translation>
    </message>
    <message>
        <source>Password hashing (argon2id).</source>
        <translation>パスワードのハッシュ化（argon2id）。</translation>
    </message>
    <message>
        <source>Writing Excel workbooks (ledgers, reports, review evidence).</source>
        <translation>Excel ブックの書き出し（台帳、報告書、棚卸し結果）。</translation>
    </message>
    <message>
        <source>Reading Excel workbooks (an .xlsx file is a zip archive).</source>
        <translation>Excel ブックの読み込み（.xlsx ファイルは zip アーカイブです）。</translation>
    </message>
    <message>
        <source>LGPL-2.1 or later, with a static linking exception</source>
        <translation>LGPL-2.1 以降（静的リンクの例外付き）</translation>
    </message>
    <message>
        <source>Compression, used by QuaZip and by libxlsxwriter (through minizip, under the same licence).</source>
        <translation>圧縮。QuaZip と libxlsxwriter（同じライセンスの minizip を介して）が使用します。</translation>
    </message>
    <message>
        <source>zlib licence</source>
        <translation>zlib License</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client library, loaded by Qt&apos;s PostgreSQL driver for a shared register only.</source>
        <translation>PostgreSQL のクライアントライブラリ。共有台帳を使う場合だけ、Qt の PostgreSQL ドライバーが読み込みます。</translation>
    </message>
    <message>
        <source>PostgreSQL licence</source>
        <translation>PostgreSQL License</translation>
    </message>
    <message>
        <source>Japanese text on screen, as the system&apos;s font settings choose it.</source>
        <translation>画面上の日本語表示（システムのフォント設定に従って選ばれます）。</translation>
    </message>
    <message>
        <source>SIL Open Font License 1.1</source>
        <translation>SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>Embedded in committee report PDFs when installed (else Noto Sans CJK is).</source>
        <translation>インストールされている場合は委員会報告書の PDF に埋め込みます（ない場合は Noto Sans CJK を埋め込みます）。</translation>
    </message>
    <message>
        <source>IPA Font License 1.0</source>
        <translation>IPA Font License 1.0</translation>
    </message>
    <message>
        <source>Daicho keeps a city hall&apos;s register of information assets (情報資産管理台帳) under the information-security regulation of Noshiro City (能代市情報セキュリティ対策に関する規程): assets rated for 機密性, 完全性 and 可用性, their owners and the roles of Article 5, the risks of Article 8, the yearly review (棚卸し) and self-inspection (自己点検), and reports for the 情報セキュリティ対策委員会. Every change is written to an audit trail chained by hashes.</source>
        <translation>Daicho は、能代市情報セキュリティ対策に関する規程に基づき、市役所の情報資産管理台帳を管理します。機密性・完全性・可用性で分類した情報資産、その所管・責任者と第5条の役割、第8条のリスク、年次の棚卸し及び自己点検、並びに情報セキュリティ対策委員会への報告書を扱います。台帳への変更はすべて、ハッシュで連鎖した監査記録に書き込まれます。</translation>
    </message>
    <message>
        <source>Daicho never reaches the network: no update check, no web fonts, no telemetry, no help pages online. Only a shared register connects, to the PostgreSQL server it is given.</source>
        <translation>Daicho はネットワークに接続しません。更新の確認、Web フォント、利用状況の送信、オンラインのヘルプはいずれもありません。接続するのは共有台帳を使う場合だけで、接続先は指定された PostgreSQL サーバーに限られます。</translation>
    </message>
    <message>
        <source>Running on Qt %1; built with Qt %2.</source>
        <translation>Qt %1 で動作しています（Qt %2 でビルド）。</translation>
    </message>
    <message>
        <source>Your own register: %1</source>
        <translation>自分の台帳: %1</translation>
    </message>
    <message>
        <source>The user guide is under Help → User Guide (F1).</source>
        <translation>ユーザーガイドは［ヘルプ］→［ユーザーガイド］（F1）から開けます。</translation>
    </message>
    <message>
        <source>Daicho is built from the following free software, at the versions shown (those found when this copy was built). On Debian, the full licence text of each is installed with its package, at the path given.</source>
        <translation>Daicho は次のフリーソフトウェアを使用しています（バージョンは、このプログラムのビルド時に検出したものです）。Debian では、各ソフトウェアのライセンス全文がパッケージとともに、表示されたパスにインストールされています。</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>From the system</source>
        <translation>システム提供</translation>
    </message>
    <message>
        <source>The libraries these depend on in turn (for Qt, among others ICU, FreeType and HarfBuzz; for QuaZip, bzip2) come with the system too, each with its licence text in the same place.</source>
        <translation>これらがさらに依存するライブラリ（Qt では ICU、FreeType、HarfBuzz など、QuaZip では bzip2）もシステムから提供され、それぞれのライセンス文も同じ場所にあります。</translation>
    </message>
</context>
<context>
    <name>daicho::AdministratorForm</name>
    <message>
        <source>Give the administrator&apos;s name and a login.</source>
        <translation>管理者の氏名とログイン名を入力してください。</translation>
    </message>
    <message>
        <source>A login is one word without spaces.</source>
        <translation>ログイン名は空白を含まない一語にしてください。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>二つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>パスワードは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>パスワード（確認）(&amp;R):</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>%1 文字以上</translation>
    </message>
</context>
<context>
    <name>daicho::AdministratorPage</name>
    <message>
        <source>The First Administrator</source>
        <translation>最初の管理者</translation>
    </message>
    <message>
        <source>The account of the security office (情報セキュリティ担当部署), who then adds the other users.</source>
        <translation>情報セキュリティ担当部署のアカウントです。ほかの利用者はこのアカウントで追加します。</translation>
    </message>
    <message>
        <source>A register describes where the city&apos;s most sensitive information is. From now on it is used signed in, and the audit trail names who made each change.</source>
        <translation>台帳には、市の最も重要な情報がどこにあるかが記録されます。以後はサインインして使い、監査証跡には変更ごとに誰が行ったかが記録されます。</translation>
    </message>
    <message>
        <source>Use the register without accounts (only for trying out; nobody signs in)</source>
        <translation>アカウントなしで使う（試用のみ。誰もサインインしません）</translation>
    </message>
</context>
<context>
    <name>daicho::Argon2Hasher</name>
    <message>
        <source>The password library could not start.</source>
        <translation>パスワード用のライブラリを開始できませんでした。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password; close other programs and try again.</source>
        <translation>パスワードの処理に必要なメモリが足りません。他のプログラムを閉じてからやり直してください。</translation>
    </message>
</context>
<context>
    <name>daicho::AssetCommands</name>
    <message>
        <source>Create %1</source>
        <translation>%1 を登録</translation>
    </message>
    <message>
        <source>Dispose of %1</source>
        <translation>%1 を廃棄</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>daicho::AssetEditor</name>
    <message>
        <source>Basic information</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Classification and handling</source>
        <translation>分類・取扱</translation>
    </message>
    <message>
        <source>Apply the proposal</source>
        <translation>提案を適用</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提案される取扱制限</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>所管・責任者</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>提供形態</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録あり</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>登録なし</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>整備済み</translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation>未整備</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <source>Record Disposal…</source>
        <translation>廃棄を記録…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Disposed of on %1 by %2; confirmed by %3.</source>
        <translation>%1 に %2 により廃棄。確認者: %3。</translation>
    </message>
    <message>
        <source>In use.</source>
        <translation>使用中。</translation>
    </message>
    <message>
        <source>%1 — disposed of; the record is read-only</source>
        <translation>%1 — 廃棄済みのため読み取り専用です</translation>
    </message>
    <message>
        <source>%1 — version %2, last changed %3</source>
        <translation>%1 — 版 %2、最終更新 %3</translation>
    </message>
    <message>
        <source>New asset</source>
        <translation>新しい資産</translation>
    </message>
    <message>
        <source>Select an asset in the table, or create one with Edit → New Asset.</source>
        <translation>一覧で資産を選択するか、［編集］→［新しい資産］で登録してください。</translation>
    </message>
    <message>
        <source>Follows once 機密性, 完全性 and 可用性 are all rated.</source>
        <translation>機密性・完全性・可用性をすべて分類すると決まります。</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（%2 による）</translation>
    </message>
    <message>
        <source>None for this rating.</source>
        <translation>この分類で提案される取扱制限はありません。</translation>
    </message>
    <message>
        <source>「%1」 is not in the register</source>
        <translation>「%1」は台帳に登録されていません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the asset (Ctrl+S)</source>
        <translation>資産を保存します（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cannot save yet:
%1</source>
        <translation>まだ保存できません:
%1</translation>
    </message>
    <message>
        <source>%1 — 機密性3: its location and notes are shown only to those who look after it</source>
        <translation>%1 — 機密性3: 保管場所や備考は担当者にだけ表示されます</translation>
    </message>
    <message>
        <source>%1 — outside what you look after; read-only</source>
        <translation>%1 — 担当範囲の外のため読み取り専用です</translation>
    </message>
    <message>
        <source>Tick the proposed restrictions as well</source>
        <translation>提案された取扱制限もチェックしてください</translation>
    </message>
    <message>
        <source>Record that the asset was disposed of (%1, %2, %3); it then stays in the register, read-only.</source>
        <translation>資産の廃棄を記録します（%1、%2、%3）。記録後も台帳に読み取り専用で残ります。</translation>
    </message>
</context>
<context>
    <name>daicho::AssetRepository</name>
    <message>
        <source>Asset %1 was changed by someone else meanwhile; nothing was saved. Reload it and apply the change again.</source>
        <translation>資産 %1 はその間に他の人が変更しました。何も保存していません。読み込み直してから、もう一度変更してください。</translation>
    </message>
</context>
<context>
    <name>daicho::AssetRisksPanel</name>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Suggest…</source>
        <translation>提案…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>関連付け…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>関連付けを解除</translation>
    </message>
    <message>
        <source>Risks of the asset</source>
        <translation>資産のリスク</translation>
    </message>
    <message>
        <source>Propose the threats usual for this asset&apos;s category, segment and rating</source>
        <translation>この資産の分類・通信経路区分・格付から通常想定される脅威を提案します</translation>
    </message>
    <message>
        <source>Risks (Article 8)</source>
        <translation>リスク（第8条）</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>保持関係</translation>
    </message>
    <message>
        <source>An Asset It Holds…</source>
        <translation>この資産が保持する資産…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>関連付け</translation>
    </message>
    <message>
        <source>ID of the asset %1 holds:</source>
        <translation>%1 が保持する資産の資産ID：</translation>
    </message>
    <message>
        <source>An Asset Holding It…</source>
        <translation>この資産を保持する資産…</translation>
    </message>
    <message>
        <source>ID of the asset that holds %1:</source>
        <translation>%1 を保持する資産の資産ID：</translation>
    </message>
    <message>
        <source>Holdings and effective rating</source>
        <translation>保持関係と実効格付</translation>
    </message>
    <message>
        <source>Choose an asset in the register to see its risks and holdings.</source>
        <translation>台帳で資産を選ぶと、そのリスクと保持関係が表示されます。</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation>保持：%1</translation>
    </message>
    <message>
        <source>Held by: %1</source>
        <translation>保持元：%1</translation>
    </message>
    <message>
        <source>Effective rating: %1</source>
        <translation>実効格付：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (own: %3) from %4 %5, %n link(s) down</source>
        <translation>
            <numerusform>%1 %2（自らの格付：%3）← %4 %5（%n 段下）</numerusform>
        </translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>Rated below what it holds: raise its rating to the effective one.</source>
        <translation>保持する資産より低く格付けされています。実効格付まで引き上げてください。</translation>
    </message>
    <message>
        <source>You may not change this asset.</source>
        <translation>この資産を変更する権限がありません。</translation>
    </message>
    <message>
        <source>Record risk of %1</source>
        <translation>%1 のリスクを登録</translation>
    </message>
    <message numerus="yes">
        <source>Record %n suggested risk(s) of %1</source>
        <translation>
            <numerusform>%1 の提案リスク %n 件を登録</numerusform>
        </translation>
    </message>
    <message>
        <source>Change risk of %1</source>
        <translation>%1 のリスクを変更</translation>
    </message>
    <message>
        <source>Remove risk of %1</source>
        <translation>%1 のリスクを削除</translation>
    </message>
    <message>
        <source>No asset has the ID &quot;%1&quot;.</source>
        <translation>資産ID「%1」の資産はありません。</translation>
    </message>
    <message>
        <source>Link %1 and %2</source>
        <translation>%1 と %2 を関連付け</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>%1 の関連付けを解除</translation>
    </message>
</context>
<context>
    <name>daicho::AssetTableModel</name>
    <message>
        <source>unclassified</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>C/I/A</source>
        <translation>CIA評価</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>棚卸し</translation>
    </message>
</context>
<context>
    <name>daicho::BackupActions</name>
    <message>
        <source>&amp;Back Up Register…</source>
        <translation>台帳のバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a checked copy of the register to a file of your choice</source>
        <translation>検査済みの台帳の複製を指定したファイルに書き出します</translation>
    </message>
    <message>
        <source>Res&amp;tore Register…</source>
        <translation>台帳の復元(&amp;T)…</translation>
    </message>
    <message>
        <source>Replace the register with a backup, keeping a copy of it as it is</source>
        <translation>台帳をバックアップで置き換えます（現在の台帳の複製を保存）</translation>
    </message>
    <message>
        <source>Back Up Register</source>
        <translation>台帳のバックアップ</translation>
    </message>
    <message>
        <source>Daicho registers (*.sqlite *.db);;All files (*)</source>
        <translation>Daicho の台帳 (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot back up the register</source>
        <translation>台帳をバックアップできません</translation>
    </message>
    <message>
        <source>The backup %1 was written, but its audit trail does not verify; the register itself needs checking (daicho-cli verify-audit).</source>
        <translation>バックアップ %1 は書き出しましたが、その監査証跡を検証できません。台帳そのものの点検が必要です（daicho-cli verify-audit）。</translation>
    </message>
    <message>
        <source>The backup %1 was written but cannot be checked: %2</source>
        <translation>バックアップ %1 は書き出しましたが、検査できません: %2</translation>
    </message>
    <message>
        <source>Backed up the register to %1 (%2); its audit trail verifies.</source>
        <translation>台帳を %1（%2）にバックアップしました。監査証跡は検証済みです。</translation>
    </message>
    <message>
        <source>Restore Register</source>
        <translation>台帳の復元</translation>
    </message>
    <message>
        <source>Cannot restore the register</source>
        <translation>台帳を復元できません</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Replace the register %1 with the backup %2?</source>
        <translation>台帳 %1 をバックアップ %2 で置き換えますか？</translation>
    </message>
    <message>
        <source>Its audit trail verifies.</source>
        <translation>監査証跡は検証済みです。</translation>
    </message>
    <message numerus="yes">
        <source>Its audit trail does NOT verify (%n problem(s)).</source>
        <translation>
            <numerusform>監査証跡を検証できません（問題 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup holds %1 assets; its last audit event was at %2.</source>
        <translation>このバックアップには %1 件の資産があり、最後の監査イベントは %2 です。</translation>
    </message>
    <message>
        <source>The register as it is now is first copied beside itself (a file named …before-restore-…), then closed, replaced and opened again.</source>
        <translation>現在の台帳はまず同じフォルダーに複製され（…before-restore-… という名前のファイル）、その後閉じて置き換え、再び開きます。</translation>
    </message>
    <message>
        <source>The audit trail of this backup does not verify: its records may have been changed outside Daicho. Restore it anyway?</source>
        <translation>このバックアップの監査証跡を検証できません。記録が Daicho の外で変更された可能性があります。それでも復元しますか？</translation>
    </message>
    <message>
        <source>First problem: %1

Restore a backup that does not verify only when the security office knows why, and record the decision.</source>
        <translation>最初の問題: %1

検証できないバックアップの復元は、情報セキュリティ担当部署が理由を把握している場合に限り行い、その判断を記録してください。</translation>
    </message>
    <message>
        <source>Restored the register from %1; the register as it was is kept in %2.</source>
        <translation>台帳を %1 から復元しました。復元前の台帳は %2 に保存しています。</translation>
    </message>
    <message>
        <source>The automatic backup of the register failed: %1</source>
        <translation>台帳の自動バックアップに失敗しました: %1</translation>
    </message>
    <message>
        <source>An automatic backup of the register was written to %1.</source>
        <translation>台帳の自動バックアップを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>The damaged register is kept beside itself as it is (a file named …damaged-…), then replaced and opened.</source>
        <translation>破損した台帳はそのまま同じフォルダーに残し（…damaged-… という名前のファイル）、バックアップで置き換えてから開きます。</translation>
    </message>
</context>
<context>
    <name>daicho::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n Asset(s)</source>
        <translation>
            <numerusform>%n 件の資産を一括編集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick the fields to set on all %n selected asset(s); the others stay as they are. The change is one step to undo.</source>
        <translation>
            <numerusform>選択した %n 件の資産すべてに設定する項目にチェックを付けてください。チェックのない項目は各資産のままです。この変更は一度の「元に戻す」で取り消せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>%1 に追加</translation>
    </message>
</context>
<context>
    <name>daicho::ColumnMappingModel</name>
    <message>
        <source>(kept as an extra attribute)</source>
        <translation>（追加属性として保持）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>ファイルの見出し</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>取込先の項目</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>1 件目の値</translation>
    </message>
</context>
<context>
    <name>daicho::CommitteeReportDialog</name>
    <message>
        <source>Committee Report</source>
        <translation>委員会報告書</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>全庁</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF で保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Excel で保存(&amp;E)…</translation>
    </message>
    <message>
        <source>P&amp;rint Preview…</source>
        <translation>印刷プレビュー(&amp;R)…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>The report for the 情報セキュリティ対策委員会: summary, risk heat maps, top risks, holdings per department, compliance findings and the year&apos;s review, marked 機密性2 on every page.</source>
        <translation>情報セキュリティ対策委員会への報告書です。概要、リスクヒートマップ、主要リスク、部局別保有資産、遵守状況（指摘事項）、棚卸し状況を含み、各ページに機密性2と表示します。</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>対象(&amp;S):</translation>
    </message>
    <message>
        <source>Counting the register…</source>
        <translation>台帳を集計しています…</translation>
    </message>
    <message>
        <source>Drawing the report…</source>
        <translation>報告書を作成しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Written to %1 in %2 s.</source>
        <translation>%1 に書き出しました（%2 秒）。</translation>
    </message>
    <message>
        <source>Save Committee Report</source>
        <translation>委員会報告書の保存</translation>
    </message>
    <message>
        <source>Committee Report — Print Preview</source>
        <translation>委員会報告書 — 印刷プレビュー</translation>
    </message>
    <message>
        <source>Since the last report for this scope</source>
        <translation>この対象の前回報告以降</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>変更の期間:</translation>
    </message>
</context>
<context>
    <name>daicho::ConnectDialog</name>
    <message>
        <source>Connect to Shared Register</source>
        <translation>共有台帳に接続</translation>
    </message>
    <message>
        <source>Empty: from PGPASSWORD or the password file</source>
        <translation>空欄: PGPASSWORD またはパスワードファイルから</translation>
    </message>
    <message>
        <source>The PostgreSQL server of the city&apos;s shared register, as the IT section gives it.</source>
        <translation>共有台帳がある PostgreSQL サーバー（情報システム担当から伝えられたもの）。</translation>
    </message>
    <message>
        <source>Required, server certificate verified (verify-full)</source>
        <translation>必須・サーバー証明書を検証（verify-full）</translation>
    </message>
    <message>
        <source>Required, certificate authority verified (verify-ca)</source>
        <translation>必須・認証局を検証（verify-ca）</translation>
    </message>
    <message>
        <source>Required, not verified (require)</source>
        <translation>必須・検証なし（require）</translation>
    </message>
    <message>
        <source>If the server offers it (prefer)</source>
        <translation>サーバーが対応していれば使用（prefer）</translation>
    </message>
    <message>
        <source>Off: closed network only (disable)</source>
        <translation>使用しない: 閉域網のみ（disable）</translation>
    </message>
    <message>
        <source>Encryption of the connection (TLS). Outside a closed network, verify the server.</source>
        <translation>接続の暗号化（TLS）。閉域網の外では、サーバーを検証してください。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Everything but the password is remembered on this PC.</source>
        <translation>パスワード以外は、この PC に記憶します。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Give the server, the database and the user.</source>
        <translation>サーバー、データベース、ユーザーを入力してください。</translation>
    </message>
</context>
<context>
    <name>daicho::DashboardPanel</name>
    <message>
        <source>Top 10 risks</source>
        <translation>リスク値上位10件</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top 10 risks&lt;/b&gt; (double-click to open the asset)</source>
        <translation>&lt;b&gt;リスク値上位10件&lt;/b&gt;（ダブルクリックで資産を開く）</translation>
    </message>
    <message>
        <source>Assets by category (Article 2 (3))</source>
        <translation>分類別の資産数（第2条(3)）</translation>
    </message>
    <message>
        <source>Assets by network segment</source>
        <translation>通信経路区分別の資産数</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>Assets by confidentiality</source>
        <translation>機密性別の資産数</translation>
    </message>
    <message>
        <source>Assets by importance</source>
        <translation>重要度別の資産数</translation>
    </message>
    <message>
        <source>Risks by band</source>
        <translation>評価別のリスク数</translation>
    </message>
    <message>
        <source>Risks by threat group (Article 3)</source>
        <translation>脅威区分別のリスク数（第3条）</translation>
    </message>
    <message>
        <source>Risks per department (top 10)</source>
        <translation>部局別のリスク数（上位10部局）</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
</context>
<context>
    <name>daicho::DisposalDialog</name>
    <message>
        <source>Record Disposal of %1</source>
        <translation>%1 の廃棄を記録</translation>
    </message>
    <message>
        <source>Physical destruction</source>
        <translation>物理的破壊</translation>
    </message>
    <message>
        <source>Data erasure software</source>
        <translation>データ消去ソフトウェアによる消去</translation>
    </message>
    <message>
        <source>Degaussing</source>
        <translation>磁気消去</translation>
    </message>
    <message>
        <source>Shredding</source>
        <translation>シュレッダーによる裁断</translation>
    </message>
    <message>
        <source>Dissolution</source>
        <translation>溶解</translation>
    </message>
    <message>
        <source>After disposal the asset stays in the register, read-only.</source>
        <translation>廃棄後も資産は台帳に残り、読み取り専用になります。</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>廃棄日</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>廃棄方法</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>廃棄確認者</translation>
    </message>
</context>
<context>
    <name>daicho::FieldChoiceDelegate</name>
    <message>
        <source>(kept as an extra attribute)</source>
        <translation>（追加属性として保持）</translation>
    </message>
</context>
<context>
    <name>daicho::FilterBar</name>
    <message>
        <source>Search ID, name, notes, people…</source>
        <translation>資産ID・名称・備考・担当者名で検索…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>分類: すべて</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>通信経路区分: すべて</translation>
    </message>
    <message>
        <source>Any confidentiality</source>
        <translation>機密性: すべて</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>機密性 未評価</translation>
    </message>
    <message>
        <source>All provision</source>
        <translation>提供形態: すべて</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>状態: すべて</translation>
    </message>
    <message>
        <source>Any integrity</source>
        <translation>完全性: すべて</translation>
    </message>
    <message>
        <source>Any availability</source>
        <translation>可用性: すべて</translation>
    </message>
    <message>
        <source>Any personal data</source>
        <translation>個人情報: すべて</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>%1を含む</translation>
    </message>
    <message>
        <source>No personal data</source>
        <translation>個人情報を含まない</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>重要度：すべて</translation>
    </message>
    <message>
        <source>Importance %1</source>
        <translation>重要度%1</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>棚卸し：すべて</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Any findings</source>
        <translation>指摘：すべて</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>指摘あり</translation>
    </message>
</context>
<context>
    <name>daicho::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>点検項目</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation>資産ID</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘内容</translation>
    </message>
</context>
<context>
    <name>daicho::FindingsPanel</name>
    <message>
        <source>All rules</source>
        <translation>すべての点検項目</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>点検項目</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>再点検</translation>
    </message>
    <message>
        <source>Check the register against the regulation&apos;s rules now</source>
        <translation>台帳を規程の点検項目に照らして今すぐ点検します</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>まだ点検していません。</translation>
    </message>
    <message>
        <source>%1 findings: %2 errors, %3 warnings</source>
        <translation>指摘 %1 件（エラー %2 件、警告 %3 件）</translation>
    </message>
</context>
<context>
    <name>daicho::FirstAdminDialog</name>
    <message>
        <source>First Administrator</source>
        <translation>最初の管理者</translation>
    </message>
    <message>
        <source>Create and Sign In</source>
        <translation>作成してサインイン</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>A register describes where the city&apos;s most sensitive information is. Create the account of the security office (情報セキュリティ担当部署): from then on the register is used signed in, and the audit trail names who made each change. Skip to use it without accounts.</source>
        <translation>台帳は市の最も機密性の高い情報の所在を記したものです。情報セキュリティ担当部署のアカウントを作成してください。以後、台帳はサインインして使い、監査記録には変更した人が記録されます。アカウントなしで使う場合は［後で］を選んでください。</translation>
    </message>
</context>
<context>
    <name>daicho::HelpBrowser</name>
    <message>
        <source>Daicho User Guide</source>
        <translation>Daicho ユーザーガイド</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
</context>
<context>
    <name>daicho::ImportCheckPage</name>
    <message>
        <source>Import only the valid rows; leave out the rows listed</source>
        <translation>正しい行だけを取り込む（一覧の行は取り込まない）</translation>
    </message>
    <message>
        <source>Check Before Importing</source>
        <translation>取込前の確認</translation>
    </message>
    <message>
        <source>%1 could not be checked.</source>
        <translation>%1 を確認できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n):</source>
        <translation>
            <numerusform>問題（%n 件）:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported. Nothing has been written yet.</source>
        <translation>%1 は取り込めます。まだ何も書き込んでいません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s). Nothing has been written. Correct the file and check it again, or import only the valid rows.</source>
        <translation>
            <numerusform>%1 には %n 件の問題があります。何も書き込んでいません。ファイルを修正して確認し直すか、正しい行だけを取り込んでください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::ImportFilePage</name>
    <message>
        <source>Choose a Ledger</source>
        <translation>台帳ファイルの選択</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or Shift_JIS, as Excel writes them) or an Excel workbook (.xlsx). You can also drop the file on the main window.</source>
        <translation>CSV ファイル（Excel が保存する UTF-8 または Shift_JIS）か Excel ブック（.xlsx）です。メイン画面にファイルをドロップしても取り込めます。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Import Ledger</source>
        <translation>台帳の取込</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv);;All files (*)</source>
        <translation>台帳 (*.xlsx *.csv);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>daicho::ImportPreviewPage</name>
    <message>
        <source>Check How the File Is Read</source>
        <translation>読み取り方の確認</translation>
    </message>
    <message>
        <source>The first rows of the file and the field each column is imported into. Change a field by double-clicking it; columns with no field are kept with each asset, never dropped.</source>
        <translation>ファイルの先頭の行と、各列の取込先の項目です。取込先はダブルクリックで変更できます。取込先のない列も捨てずに各資産の追加属性として保持します。</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動判別</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>Header on row %1.</source>
        <translation>見出しは %1 行目です。</translation>
    </message>
    <message>
        <source>Read as %1; header on line %2.</source>
        <translation>%1 として読み取りました。見出しは %2 行目です。</translation>
    </message>
    <message>
        <source>No column is imported as %1, which matches rows to assets. Choose the column that holds it.</source>
        <translation>%1 に取り込む列がありません。行と資産の対応付けに使うため、その列を選んでください。</translation>
    </message>
</context>
<context>
    <name>daicho::ImportWizard</name>
    <message>
        <source>Import Ledger</source>
        <translation>台帳の取込</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取込(&amp;I)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 を取り込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%L1 rows read…</source>
        <translation>%L1 行を読み取りました…</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>%1 を取り込めません</translation>
    </message>
    <message>
        <source>The file changed since it was checked; nothing was imported.</source>
        <translation>確認の後にファイルが変更されたため、何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>daicho::InspectionChecklistModel</name>
    <message>
        <source>Unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>点検項目</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>回答者</translation>
    </message>
</context>
<context>
    <name>daicho::InspectionPanel</name>
    <message>
        <source>Take Back Answer</source>
        <translation>回答を取り消す</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>課室</translation>
    </message>
    <message>
        <source>Answer the selected items:</source>
        <translation>選択した項目に回答:</translation>
    </message>
    <message>
        <source>You will be asked what is not done yet</source>
        <translation>実施していない内容を入力します</translation>
    </message>
    <message>
        <source>Self-inspection checklist</source>
        <translation>自己点検項目</translation>
    </message>
    <message>
        <source>Self-inspection per department</source>
        <translation>部局別の自己点検</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>課室:</translation>
    </message>
    <message>
        <source>Per department and for the city</source>
        <translation>部局別・全庁の集計</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-inspection of fiscal year %1&lt;/b&gt; (第7条): each section answers every item once a year</source>
        <translation>&lt;b&gt;%1年度 自己点検&lt;/b&gt;（第7条）: 各課室が年度ごとにすべての項目に回答します</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>%2 項目中 %1 項目回答済</translation>
    </message>
    <message>
        <source>You answer for no section.</source>
        <translation>回答する課室がありません。</translation>
    </message>
    <message numerus="yes">
        <source>What is not done yet (%n item(s)):</source>
        <translation>
            <numerusform>実施していない内容（%n 項目）:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answer %n Item(s) %1</source>
        <translation>
            <numerusform>%n 項目を%1と回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take Back %n Answer(s)</source>
        <translation>
            <numerusform>%n 件の回答を取り消す</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::InspectionSummaryModel</name>
    <message>
        <source>Whole city</source>
        <translation>全庁</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部局</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>課室数</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Implementation rate</source>
        <translation>実施率</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerPage</name>
    <message>
        <source>Finish makes the register %1 and opens it. An imported ledger is checked first: you see every problem with its line and column before anything is written.</source>
        <translation>［完了］で台帳 %1 を作成して開きます。取り込む台帳は先に検査され、書き込む前にすべての問題が行と列とともに表示されます。</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 は読み込めるファイルではありません。</translation>
    </message>
    <message>
        <source>Existing Ledger</source>
        <translation>既存の台帳</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv);;All files (*)</source>
        <translation>台帳 (*.xlsx *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>An Existing Ledger</source>
        <translation>既存の台帳</translation>
    </message>
    <message>
        <source>If the city keeps its register in Excel or CSV today, bring it in now; it can also be done later with File → Import Ledger.</source>
        <translation>現在 Excel や CSV で台帳を管理している場合は、ここで取り込めます。後から［ファイル］→［台帳を取り込む］でも取り込めます。</translation>
    </message>
    <message>
        <source>Columns are matched by their Japanese or English headings (資産ID, 名称, 分類, 機密性, 完全性, 可用性, …); sections and people named in the ledger are added to the register.</source>
        <translation>列は日本語または英語の見出し（資産ID、名称、分類、機密性、完全性、可用性、…）で対応付けます。台帳に記載された課室と人は台帳に追加されます。</translation>
    </message>
    <message>
        <source>&amp;Import this ledger into the new register:</source>
        <translation>この台帳を新しい台帳に取り込む(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerTransfer</name>
    <message>
        <source>Import Ledger</source>
        <translation>台帳の取り込み</translation>
    </message>
    <message>
        <source>Export Ledger</source>
        <translation>台帳の出力</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV、UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the ledger</source>
        <translation>台帳を出力できません</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n asset(s) to %1.</source>
        <translation>
            <numerusform>%n 件の資産を %1 に出力しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %L1 assets…</source>
        <translation>%L1 件の資産を出力しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Packing the workbook…</source>
        <translation>ブックを圧縮して書き出しています…</translation>
    </message>
</context>
<context>
    <name>daicho::MainWindow</name>
    <message>
        <source>Daicho — Register of Information Assets</source>
        <translation>Daicho — 情報資産管理台帳</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Register…</source>
        <translation>台帳を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Daicho</source>
        <translation>Daicho について(&amp;A)</translation>
    </message>
    <message>
        <source>No register open</source>
        <translation>台帳が開かれていません</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>資産 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Register</source>
        <translation>台帳を開く</translation>
    </message>
    <message>
        <source>Daicho registers (*.sqlite *.db);;All files (*)</source>
        <translation>Daicho の台帳 (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>台帳を開けません</translation>
    </message>
    <message>
        <source>&amp;Import Ledger…</source>
        <translation>台帳を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Ledger…</source>
        <translation>台帳を出力(&amp;E)…</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>表示中: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>More than %L1 assets; showing the first %L1</source>
        <translation>資産 %L1 件以上（先頭の %L1 件を表示）</translation>
    </message>
    <message>
        <source>「%1」</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Asset</source>
        <translation>新しい資産(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save Asset</source>
        <translation>資産を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Edit &amp;Selected Assets…</source>
        <translation>選択した資産を一括編集(&amp;S)…</translation>
    </message>
    <message>
        <source>Record &amp;Disposal…</source>
        <translation>廃棄を記録(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Delete Asset…</source>
        <translation>資産を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>the new asset</source>
        <translation>新しい資産</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>%1 への変更を保存しますか？</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>%1 cannot be saved yet:
%2</source>
        <translation>%1 はまだ保存できません:
%2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>変更できませんでした</translation>
    </message>
    <message>
        <source>Too Many Assets</source>
        <translation>資産が多すぎます</translation>
    </message>
    <message>
        <source>%L1 assets are selected; a bulk edit changes at most %L2. Narrow the selection with the search and filters, or change them through Export and Import.</source>
        <translation>%L1 件の資産が選択されています。一括編集できるのは %L2 件までです。検索や絞り込みで対象を減らすか、出力と取込で変更してください。</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n asset(s)</source>
        <translation>
            <numerusform>%n 件の資産を編集</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %L1 assets can be deleted at once.</source>
        <translation>一度に削除できる資産は %L1 件までです。</translation>
    </message>
    <message>
        <source>Delete Assets</source>
        <translation>資産の削除</translation>
    </message>
    <message>
        <source>Delete %1 from the register? Deleting is for entries made by mistake: an asset that is no longer used is disposed of (廃棄) instead, and stays on record. Undo brings it back.</source>
        <translation>%1 を台帳から削除しますか？ 削除は誤って登録したものに限ります。使わなくなった資産は削除せず「廃棄」を記録してください（記録は台帳に残ります）。削除は「元に戻す」で取り消せます。</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>New &amp;Register…</source>
        <translation>新しい台帳(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使った台帳(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>New Register</source>
        <translation>新しい台帳</translation>
    </message>
    <message>
        <source>Daicho registers (*.sqlite)</source>
        <translation>Daicho 台帳 (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the register</source>
        <translation>台帳を作成できません</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File → Open Register.</source>
        <translation>%1 は既にあります。新しいファイル名を選ぶか、［ファイル］→［台帳を開く］で開いてください。</translation>
    </message>
    <message>
        <source>No recent registers</source>
        <translation>最近使った台帳はありません</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Daicho.
次回の起動から新しい言語で表示します。</source>
        <translation>次回の起動から新しい言語で表示します。
The new language is used from the next start of Daicho.</translation>
    </message>
    <message>
        <source>Add Department…</source>
        <translation>部局を追加…</translation>
    </message>
    <message>
        <source>Add Section…</source>
        <translation>課室を追加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名称を変更…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>移動…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>統合…</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1を追加</translation>
    </message>
    <message>
        <source>Name of the new %1 under %2:</source>
        <translation>%2 の下に追加する%1の名称:</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 の名称変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名称:</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 を %2 に名称変更</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 の移動</translation>
    </message>
    <message>
        <source>Move %1 under:</source>
        <translation>%1 の移動先:</translation>
    </message>
    <message>
        <source>Move %1 under %2</source>
        <translation>%1 を %2 の下へ移動</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 の統合</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>%1 の統合先:</translation>
    </message>
    <message numerus="yes">
        <source>%1 is merged into %2: its %n asset(s), the units under it and the people who work in it move to %2, and %1 is retired (kept in the audit trail, no longer shown). Undo takes the merge back.</source>
        <translation>
            <numerusform>%1 を %2 に統合します。%1 の資産 %n 件、下位の組織及び所属する職員は %2 に移り、%1 は廃止されます（監査記録には残り、一覧には表示されません）。統合は「元に戻す」で取り消せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 を %2 に統合</translation>
    </message>
    <message>
        <source>&amp;People and Roles…</source>
        <translation>職員と役割(&amp;P)…</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>ユーザーの切り替え(&amp;W)…</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>サインイン中: %1</translation>
    </message>
    <message>
        <source>You look after no section, so no new asset can be yours.</source>
        <translation>担当する課室がないため、資産を新しく登録することはできません。</translation>
    </message>
    <message>
        <source>Changing the organisation is not yours</source>
        <translation>組織の変更は権限の範囲外です</translation>
    </message>
    <message>
        <source>Lock &amp;After…</source>
        <translation>自動ロックまでの時間(&amp;A)…</translation>
    </message>
    <message>
        <source>Lock After</source>
        <translation>自動ロック</translation>
    </message>
    <message>
        <source>Minutes without use before the window locks:</source>
        <translation>操作がないまま画面をロックするまでの時間（分）:</translation>
    </message>
    <message>
        <source>You look after no assets: you may read the register, not change it.</source>
        <translation>担当する資産がないため、台帳の閲覧はできますが変更はできません。</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Risks and Holdings</source>
        <translation>リスク・保持関係</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>台帳(&amp;R)</translation>
    </message>
    <message>
        <source>Risk &amp;Heat Maps</source>
        <translation>リスクヒートマップ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>Risk Heat Maps</source>
        <translation>リスクヒートマップ</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>&amp;Risk Analysis Settings…</source>
        <translation>リスク分析の設定(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>指摘事項(&amp;F)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>棚卸し(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;view Selected Assets</source>
        <translation>選択した資産の棚卸し(&amp;V)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>棚卸し</translation>
    </message>
    <message>
        <source>Needs Correction</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>What needs correcting:</source>
        <translation>修正が必要な内容：</translation>
    </message>
    <message>
        <source>&amp;Self-Inspection</source>
        <translation>自己点検(&amp;S)</translation>
    </message>
    <message>
        <source>Self-Inspection</source>
        <translation>自己点検</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>分割…</translation>
    </message>
    <message>
        <source>Split %1 off %2</source>
        <translation>%2 から %1 を分割</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>報告(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Committee Report…</source>
        <translation>委員会報告書(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect to &amp;Shared Register…</source>
        <translation>共有台帳に接続(&amp;S)…</translation>
    </message>
    <message>
        <source>Cannot connect to the shared register</source>
        <translation>共有台帳に接続できません</translation>
    </message>
    <message>
        <source>Open S&amp;ample Register</source>
        <translation>サンプル台帳を開く(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>Cannot open the sample register</source>
        <translation>サンプル台帳を開けません</translation>
    </message>
    <message numerus="yes">
        <source>The sample register was made with %n asset(s) to try things out; your own register is under File → Open Recent.</source>
        <translation>
            <numerusform>試用のためのサンプル台帳を %n 件の資産で作成しました。ご自身の台帳は［ファイル］→［最近使った台帳］から開けます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample register, as you left it; your own register is under File → Open Recent.</source>
        <translation>前回の状態のサンプル台帳です。ご自身の台帳は［ファイル］→［最近使った台帳］から開けます。</translation>
    </message>
    <message>
        <source>The register was updated for this version of Daicho; a copy of it as it was is kept in %1</source>
        <translation>台帳をこの版の Daicho 用に更新しました。更新前の複製を %1 に保存しています</translation>
    </message>
    <message>
        <source>Add Body…</source>
        <translation>機関を追加…</translation>
    </message>
    <message>
        <source>Name of the new %1:</source>
        <translation>新しい%1の名称:</translation>
    </message>
    <message>
        <source>Restore from a Backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
</context>
<context>
    <name>daicho::OrgCommands</name>
    <message>
        <source>Add %1</source>
        <translation>%1を追加</translation>
    </message>
</context>
<context>
    <name>daicho::OrgTreeModel</name>
    <message>
        <source>All bodies</source>
        <translation>全機関</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
    <message>
        <source>The whole register</source>
        <translation>台帳全体</translation>
    </message>
</context>
<context>
    <name>daicho::PeopleCommands</name>
    <message>
        <source>Add %1</source>
        <translation>%1を追加</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
</context>
<context>
    <name>daicho::PeopleDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Assign Role…</source>
        <translation>役割を割り当て(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;nd Role…</source>
        <translation>役割を終了(&amp;N)…</translation>
    </message>
    <message>
        <source>People and Roles</source>
        <translation>職員と役割</translation>
    </message>
    <message>
        <source>Search names, units and roles…</source>
        <translation>氏名・所属・役割で検索…</translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation>新しい職員(&amp;N)…</translation>
    </message>
    <message>
        <source>Roles in office (第5条):</source>
        <translation>現在の役割（第5条）:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>%2 を%1に任命</translation>
    </message>
    <message>
        <source>End Role</source>
        <translation>役割の終了</translation>
    </message>
    <message>
        <source>Last day of %1 (yyyy-mm-dd):</source>
        <translation>%1としての最終日（yyyy-mm-dd）:</translation>
    </message>
    <message>
        <source>End %1</source>
        <translation>%1を終了</translation>
    </message>
    <message>
        <source>&amp;Transfer (人事異動)…</source>
        <translation>人事異動(&amp;T)…</translation>
    </message>
    <message>
        <source>Show &amp;past roles</source>
        <translation>過去の役割も表示(&amp;P)</translation>
    </message>
    <message>
        <source>A successor takes over this person&apos;s roles, the assets naming them and the open risks they own, from a given day; one step to undo</source>
        <translation>指定日から後任者がこの職員の役割、担当する資産、所有する未対応のリスクを引き継ぎます（1 回の操作で元に戻せます）</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Transfer %1 → %2</source>
        <translation>人事異動 %1 → %2</translation>
    </message>
    <message>
        <source>Shows only the people whose name, unit or role contains the text.</source>
        <translation>氏名、所属または役割にこの文字列を含む人だけを表示します。</translation>
    </message>
</context>
<context>
    <name>daicho::PeopleTableModel</name>
    <message>
        <source>Whole city</source>
        <translation>全庁</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（退職・異動済み）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職名</translation>
    </message>
    <message>
        <source>Works in</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Roles (第5条)</source>
        <translation>役割（第5条）</translation>
    </message>
</context>
<context>
    <name>daicho::PersonDialog</name>
    <message>
        <source>Part-time appointment (会計年度任用職員)</source>
        <translation>会計年度任用職員</translation>
    </message>
    <message>
        <source>In office</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>新しい職員</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reading (kana):</source>
        <translation>ふりがな(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>職名(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Works in:</source>
        <translation>所属(&amp;W):</translation>
    </message>
</context>
<context>
    <name>daicho::Problem</name>
    <message>
        <source>Row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>daicho::Query</name>
    <message>
        <source>Database error: %1</source>
        <translation>データベースのエラー: %1</translation>
    </message>
</context>
<context>
    <name>daicho::RegisterPlacePage</name>
    <message>
        <source>%1 already exists, and a register is never overwritten. Choose another file, or go back to open the existing one.</source>
        <translation>%1 は既に存在します。台帳を上書きすることはありません。別のファイルを選ぶか、前に戻って既存の台帳を開いてください。</translation>
    </message>
    <message>
        <source>New Register</source>
        <translation>新しい台帳</translation>
    </message>
    <message>
        <source>Daicho registers (*.sqlite)</source>
        <translation>Daicho 台帳 (*.sqlite)</translation>
    </message>
    <message>
        <source>The New Register</source>
        <translation>新しい台帳</translation>
    </message>
    <message>
        <source>One file holds the whole register with its audit trail. Keep it where it is backed up and only the security office can read it.</source>
        <translation>台帳全体と監査証跡は一つのファイルに保存されます。バックアップされ、情報セキュリティ担当部署だけが読める場所に置いてください。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <source>The Noshiro City organisation (the nine bodies of 第3条の2 with their departments and sections)</source>
        <translation>能代市の組織（第3条の2 の九つの機関と、その部局・課室）</translation>
    </message>
    <message>
        <source>An empty tree: I add the bodies, departments and sections myself</source>
        <translation>空の組織: 機関・部局・課室は自分で追加する</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>市町村名(&amp;C):</translation>
    </message>
    <message>
        <source>e.g. 能代市</source>
        <translation>例: 能代市</translation>
    </message>
</context>
<context>
    <name>daicho::RegisterRestore</name>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>%1 を %2 に複製できません: %3</translation>
    </message>
</context>
<context>
    <name>daicho::ReviewPanel</name>
    <message>
        <source>Open Campaign…</source>
        <translation>棚卸しを開始…</translation>
    </message>
    <message>
        <source>Confirm a Section…</source>
        <translation>課室を一括確認…</translation>
    </message>
    <message>
        <source>Sign Off Department…</source>
        <translation>部局を承認…</translation>
    </message>
    <message>
        <source>After looking through a section&apos;s holdings, mark every one not reviewed yet as %1</source>
        <translation>課室の資産を確認した後、未確認の資産をすべて「%1」にします</translation>
    </message>
    <message>
        <source>Review progress per department</source>
        <translation>部局別の棚卸し進捗</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review of fiscal year %1&lt;/b&gt;, due %2: %3 of %4 assets reviewed</source>
        <translation>&lt;b&gt;%1 年度の棚卸し&lt;/b&gt;（期限 %2）：%4 件中 %3 件確認済み</translation>
    </message>
    <message>
        <source>No review campaign for this fiscal year yet.</source>
        <translation>今年度の棚卸しはまだ開始されていません。</translation>
    </message>
    <message>
        <source>Open Review Campaign</source>
        <translation>棚卸しを開始</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Confirm a Section</source>
        <translation>課室を一括確認</translation>
    </message>
    <message>
        <source>Section whose holdings you have looked through (those not reviewed yet become %1):</source>
        <translation>資産を確認し終えた課室（未確認の資産は「%1」になります）：</translation>
    </message>
    <message>
        <source>Choose the department to sign off in the list.</source>
        <translation>一覧から承認する部局を選んでください。</translation>
    </message>
    <message>
        <source>Sign Off Department</source>
        <translation>部局を承認</translation>
    </message>
    <message>
        <source>Comment on the review of %1 (optional):</source>
        <translation>%1 の棚卸しについてのコメント（任意）：</translation>
    </message>
    <message>
        <source>Export Evidence…</source>
        <translation>結果を書き出す…</translation>
    </message>
    <message>
        <source>List the assets you look after that are not reviewed yet in the register</source>
        <translation>担当する資産のうち未確認のものを台帳に一覧表示します</translation>
    </message>
    <message>
        <source>Write the year&apos;s reviews and sign-offs for the committee (.xlsx or .csv)</source>
        <translation>今年度の棚卸し結果と承認を委員会向けに書き出します（.xlsx または .csv）</translation>
    </message>
    <message>
        <source>Export Review Evidence</source>
        <translation>棚卸し結果の書き出し</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sections with assets left to review</source>
        <translation>未確認の資産がある課室</translation>
    </message>
    <message>
        <source>Every section has reviewed all its assets.</source>
        <translation>すべての課室が資産の確認を終えています。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#b02020&quot;&gt;&lt;b&gt;Overdue since %1:&lt;/b&gt;&lt;/span&gt; %n section(s) still have assets not reviewed (double-click one to list them)</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b02020&quot;&gt;&lt;b&gt;%1 から期限超過:&lt;/b&gt;&lt;/span&gt; 未確認の資産がある課室 %n（ダブルクリックで資産を一覧表示）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Left to review&lt;/b&gt; by %1: %n section(s) (double-click one to list its assets)</source>
        <translation>
            <numerusform>&lt;b&gt;%1 までに確認が必要&lt;/b&gt;: %n 課室（ダブルクリックで資産を一覧表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Show What Is Left to Review</source>
        <translation>未確認の資産を表示</translation>
    </message>
</context>
<context>
    <name>daicho::ReviewProgressModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部局</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産数</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>承認</translation>
    </message>
</context>
<context>
    <name>daicho::RiskDialog</name>
    <message>
        <source>Due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Assess the risk after treatment</source>
        <translation>対応後のリスクを評価する</translation>
    </message>
    <message>
        <source>New Risk of %1</source>
        <translation>%1 の新しいリスク</translation>
    </message>
    <message>
        <source>Risk of %1</source>
        <translation>%1 のリスク</translation>
    </message>
    <message>
        <source>Assessment (%1)</source>
        <translation>リスク評価（%1）</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>%1 (the highest of %2)</source>
        <translation>%1（%2 の最大値）</translation>
    </message>
    <message>
        <source>unknown: the asset is not fully rated (%1)</source>
        <translation>不明：資産の格付が未完了です（%1）</translation>
    </message>
    <message>
        <source>Likelihood of the threat</source>
        <translation>脅威の起こりやすさ</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>脆弱性のつけ込みやすさ</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生の可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>発生時の損失</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>リスク対応</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>対応計画</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>リスク所有者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Likelihood of the threat after treatment</source>
        <translation>対応後の脅威の起こりやすさ</translation>
    </message>
    <message>
        <source>Likelihood after treatment</source>
        <translation>対応後の発生の可能性</translation>
    </message>
    <message>
        <source>Vulnerability after treatment</source>
        <translation>対応後の脆弱性のつけ込みやすさ</translation>
    </message>
    <message>
        <source>Impact after treatment</source>
        <translation>対応後の発生時の損失</translation>
    </message>
    <message>
        <source>Residual risk value</source>
        <translation>残留リスク値</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未評価</translation>
    </message>
</context>
<context>
    <name>daicho::RiskListModel</name>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>リスク対応</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>残留リスク値</translation>
    </message>
</context>
<context>
    <name>daicho::RiskMapPanel</name>
    <message>
        <source>All segments</source>
        <translation>すべての通信経路区分</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべての分類</translation>
    </message>
    <message>
        <source>All threat groups</source>
        <translation>すべての脅威区分</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>すべての評価</translation>
    </message>
    <message>
        <source>Click a cell of a heat map to list its risks.</source>
        <translation>ヒートマップのセルをクリックすると、そのリスクの一覧が表示されます。</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>通信経路区分</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Threat group</source>
        <translation>脅威区分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Save Image…</source>
        <translation>画像として保存…</translation>
    </message>
    <message>
        <source>Save both heat maps as a PNG image for a report</source>
        <translation>報告用に両方のヒートマップを PNG 画像で保存します</translation>
    </message>
    <message>
        <source>Risks of the cell</source>
        <translation>セルのリスク</translation>
    </message>
    <message>
        <source>Inherent risk (%1)</source>
        <translation>固有リスク（%1 件）</translation>
    </message>
    <message>
        <source>Residual risk after treatment (%1)</source>
        <translation>対応後の残留リスク（%1 件）</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>評価手法：%1</translation>
    </message>
    <message>
        <source>Residual: %1</source>
        <translation>残留リスク：%1</translation>
    </message>
    <message>
        <source>Inherent: %1</source>
        <translation>固有リスク：%1</translation>
    </message>
    <message>
        <source>Save Heat Maps</source>
        <translation>ヒートマップを保存</translation>
    </message>
    <message>
        <source>heat-maps.png</source>
        <translation>リスクヒートマップ.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>daicho::RiskSettingsDialog</name>
    <message>
        <source>Risk Analysis Settings</source>
        <translation>リスク分析の設定</translation>
    </message>
    <message>
        <source>Method (Article 8)</source>
        <translation>評価手法（第8条）</translation>
    </message>
    <message>
        <source>High (大) from the value</source>
        <translation>「大」とするリスク値（以上）</translation>
    </message>
    <message>
        <source>Medium (中) from the value</source>
        <translation>「中」とするリスク値（以上）</translation>
    </message>
    <message>
        <source>Risks already scored keep the method and bands they were scored under until they are next changed.</source>
        <translation>評価済みのリスクは、次に変更されるまで評価時の手法と区分を保持します。</translation>
    </message>
    <message>
        <source>Add Threat…</source>
        <translation>脅威を追加…</translation>
    </message>
    <message>
        <source>Threat catalogue (Article 3)</source>
        <translation>脅威一覧（第3条）</translation>
    </message>
    <message>
        <source>Only the security office changes how risk is analysed; you may read the settings.</source>
        <translation>リスク分析の設定を変更できるのは情報セキュリティ担当部署だけです。設定は閲覧できます。</translation>
    </message>
    <message>
        <source>Add Threat</source>
        <translation>脅威を追加</translation>
    </message>
    <message>
        <source>Name of the threat (Japanese):</source>
        <translation>脅威の名称（日本語）：</translation>
    </message>
</context>
<context>
    <name>daicho::RiskSuggestDialog</name>
    <message>
        <source>Suggested Risks for %1</source>
        <translation>%1 に想定されるリスク</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No further threats are usual for this asset; add one by hand if it faces another.</source>
        <translation>この資産に通常想定される脅威はほかにありません。別の脅威がある場合は手動で追加してください。</translation>
    </message>
    <message>
        <source>Threats usual for an asset of this category, segment, provision and rating that it has no risk for yet. Tick those to record; change their figures afterwards if they differ.</source>
        <translation>この分類・通信経路区分・提供形態・格付の資産に通常想定され、まだリスクが登録されていない脅威です。登録するものにチェックを入れてください。値が異なる場合は登録後に変更してください。</translation>
    </message>
    <message>
        <source>Record Ticked Risks</source>
        <translation>チェックしたリスクを登録</translation>
    </message>
</context>
<context>
    <name>daicho::RoleDialog</name>
    <message>
        <source>Assign a Role to %1</source>
        <translation>%1 への役割の割り当て</translation>
    </message>
    <message>
        <source>資産ID of the information system</source>
        <translation>情報システムの資産ID</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>組織(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>情報システム(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>Covers the whole city; one person holds it at a time.</source>
        <translation>全庁を範囲とし、同時に任命できるのは一人だけです。</translation>
    </message>
    <message>
        <source>Covers the whole city.</source>
        <translation>全庁を範囲とします。</translation>
    </message>
    <message>
        <source>Given over a body or a department (部局).</source>
        <translation>機関又は部局を範囲として任命します。</translation>
    </message>
    <message>
        <source>Given over a section (課室).</source>
        <translation>課室を範囲として任命します。</translation>
    </message>
    <message>
        <source>Given over an information system (an asset of category ア), named by its 資産ID.</source>
        <translation>情報システム（分類アの資産）を範囲として、資産IDで指定して任命します。</translation>
    </message>
</context>
<context>
    <name>daicho::Savepoint</name>
    <message>
        <source>Internal error: a savepoint needs a transaction.</source>
        <translation>内部エラー: セーブポイントにはトランザクションが必要です。</translation>
    </message>
</context>
<context>
    <name>daicho::SectionsLeftModel</name>
    <message>
        <source>Double-click to list what is left in %1</source>
        <translation>ダブルクリックで %1 の未確認の資産を一覧表示</translation>
    </message>
    <message>
        <source>(none appointed)</source>
        <translation>（未指名）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部局</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>課室</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Security manager</source>
        <translation>情報セキュリティ管理者</translation>
    </message>
</context>
<context>
    <name>daicho::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>The register %1 is used signed in: the audit trail names who made each change.</source>
        <translation>台帳 %1 はサインインして使います。監査記録には変更した人が記録されます。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
</context>
<context>
    <name>daicho::SplitUnitDialog</name>
    <message>
        <source>Split %1</source>
        <translation>%1 を分割</translation>
    </message>
    <message>
        <source>e.g. 文書法制課</source>
        <translation>例: 文書法制課</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Find by 資産ID or name…</source>
        <translation>資産ID・名称で検索…</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Units under %1</source>
        <translation>%1 の下の組織</translation>
    </message>
    <message>
        <source>People working in %1</source>
        <translation>%1 に所属する職員</translation>
    </message>
    <message>
        <source>&amp;New unit&apos;s name:</source>
        <translation>新しい組織の名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英語名(&amp;E):</translation>
    </message>
    <message>
        <source>A new %1 is made beside %2 (under the same parent); what you tick below moves there. Undo puts everything back.</source>
        <translation>%2 と同じ上位組織の下に新しい%1を作り、下で選んだものを移します。元に戻すとすべて戻ります。</translation>
    </message>
</context>
<context>
    <name>daicho::StartPage</name>
    <message>
        <source>Welcome to Daicho</source>
        <translation>Daicho へようこそ</translation>
    </message>
    <message>
        <source>The register of information assets (情報資産管理台帳) of the city&apos;s information-security regulation.</source>
        <translation>情報セキュリティ対策に関する規程に基づく情報資産管理台帳です。</translation>
    </message>
    <message>
        <source>Daicho keeps the city&apos;s information assets — hardware, networks and media, information and data, system documents — with their ratings for confidentiality, integrity and availability, their owners and their risks. It works entirely on this computer or on the city&apos;s own server, and never reaches the internet.</source>
        <translation>Daicho は、市の情報資産（ハードウェア・ネットワーク・記録媒体、情報・データ、システム関連文書）を、機密性・完全性・可用性による分類、管理責任者、リスクとともに管理します。このコンピューターまたは市のサーバーの中だけで動作し、インターネットには一切接続しません。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Start with:</source>
        <translation>開始方法:</translation>
    </message>
    <message>
        <source>A new register for the city (recommended)</source>
        <translation>市の台帳を新しく作成する（推奨）</translation>
    </message>
    <message numerus="yes">
        <source>The sample register, with %n realistic asset(s), to try Daicho out</source>
        <translation>
            <numerusform>サンプル台帳（実例に近い %n 件の資産）で Daicho を試す</numerusform>
        </translation>
    </message>
    <message>
        <source>A register I already have (a file, or the city&apos;s shared register)</source>
        <translation>既にある台帳を開く（ファイル、または市の共有台帳）</translation>
    </message>
</context>
<context>
    <name>daicho::ThreatTableModel</name>
    <message>
        <source>Threat (Japanese)</source>
        <translation>脅威（日本語）</translation>
    </message>
    <message>
        <source>Threat (English)</source>
        <translation>脅威（英語）</translation>
    </message>
    <message>
        <source>Group (Article 3)</source>
        <translation>区分（第3条）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
</context>
<context>
    <name>daicho::Transaction</name>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation>変更の途中で失敗したため、この変更は一切保存していません。</translation>
    </message>
</context>
<context>
    <name>daicho::TransferDialog</name>
    <message>
        <source>Transfer (人事異動) of %1</source>
        <translation>%1 の人事異動</translation>
    </message>
    <message>
        <source>The successor takes over %1 role(s), %2 asset(s) naming %3 and %4 open risk(s) they own. %3&apos;s roles end the day before; the history is kept.</source>
        <translation>後任者が役割 %1 件、%3 が担当する資産 %2 件、所有する未対応のリスク %4 件を引き継ぎます。%3 の役割は前日で終了し、履歴は残ります。</translation>
    </message>
    <message>
        <source>&amp;Successor:</source>
        <translation>後任者(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Takes effect on:</source>
        <translation>発令日(&amp;T):</translation>
    </message>
</context>
<context>
    <name>daicho::WelcomeWizard</name>
    <message>
        <source>Cannot create the register</source>
        <translation>台帳を作成できません</translation>
    </message>
    <message>
        <source>Welcome to Daicho</source>
        <translation>Daicho へようこそ</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
</TS>
