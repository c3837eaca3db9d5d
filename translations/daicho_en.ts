<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>%1 is a member of the security committee, who read the register but do not change it.</source>
        <translation>%1 is a member of the security committee, who read the register but do not change it.</translation>
    </message>
    <message>
        <source>%1 may not change asset %2: its section is outside what %1 looks after (第5条).</source>
        <translation>%1 may not change asset %2: its section is outside what %1 looks after (第5条).</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>%1 may not change the organisation, people or roles: that is for administrators, the CISO and 統括情報セキュリティ責任者.</source>
        <translation>%1 may not change the organisation, people or roles: that is for administrators, the CISO and 統括情報セキュリティ責任者.</translation>
    </message>
</context>
<context>
    <name>AssetService</name>
    <message>
        <source>The asset %1 does not exist.</source>
        <translation>The asset %1 does not exist.</translation>
    </message>
    <message>
        <source>Asset %1 has been disposed of and is read-only.</source>
        <translation>Asset %1 has been disposed of and is read-only.</translation>
    </message>
    <message>
        <source>Asset %1 was changed by someone else since it was loaded (version %2, now %3). Reload it and apply the change again.</source>
        <translation>Asset %1 was changed by someone else since it was loaded (version %2, now %3). Reload it and apply the change again.</translation>
    </message>
    <message>
        <source>The asset id %1 is in use again; %2 cannot get it back.</source>
        <translation>The asset id %1 is in use again; %2 cannot get it back.</translation>
    </message>
    <message>
        <source>Asset %1 has been disposed of; its record is kept.</source>
        <translation>Asset %1 has been disposed of; its record is kept.</translation>
    </message>
    <message numerus="yes">
        <source>Asset %1 has %n risk(s) and %2 holding link(s) recorded; remove those first, or dispose of the asset instead.</source>
        <translation>
            <numerusform>Asset %1 has %n risk(s) and %2 holding link(s) recorded; remove those first, or dispose of the asset instead.</numerusform>
            <numerusform>Asset %1 has %n risk(s) and %2 holding link(s) recorded; remove those first, or dispose of the asset instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetValidator</name>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>is %1 characters long; at most %2 are allowed</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>names a person who is not in the register</source>
        <translation>names a person who is not in the register</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>must not contain spaces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another asset</source>
        <translation>&quot;%1&quot; is already used by another asset</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contains a control character</translation>
    </message>
    <message>
        <source>is required (ア, イ or ウ of Article 2 (3))</source>
        <translation>is required (ア, イ or ウ of Article 2 (3))</translation>
    </message>
    <message>
        <source>names a unit that is not in the organisation tree</source>
        <translation>names a unit that is not in the organisation tree</translation>
    </message>
    <message>
        <source>must be a section (課室), not a body or department</source>
        <translation>must be a section (課室), not a body or department</translation>
    </message>
    <message>
        <source>is required; choose 該当なし for paper or stand-alone assets</source>
        <translation>is required; choose 該当なし for paper or stand-alone assets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known classification scheme</source>
        <translation>&quot;%1&quot; is not a known classification scheme</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of this scheme (allowed: %2)</source>
        <translation>&quot;%1&quot; is not a level of this scheme (allowed: %2)</translation>
    </message>
    <message>
        <source>must say the date or time limit for 期限付保存 / 期限内復旧</source>
        <translation>must say the date or time limit for 期限付保存 / 期限内復旧</translation>
    </message>
    <message>
        <source>is required for an outsourced asset (the contractor)</source>
        <translation>is required for an outsourced asset (the contractor)</translation>
    </message>
    <message>
        <source>is required for a cloud service (the provider)</source>
        <translation>is required for a cloud service (the provider)</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>lies in the future</translation>
    </message>
    <message>
        <source>an active asset cannot carry a disposal record</source>
        <translation>an active asset cannot carry a disposal record</translation>
    </message>
    <message>
        <source>is required when an asset is disposed</source>
        <translation>is required when an asset is disposed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is required for a social media account (the service)</source>
        <translation>is required for a social media account (the service)</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Organisation unit</source>
        <translation>Organisation unit</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role assignment</source>
        <translation>Role assignment</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Audit event #%1 has been altered: its content no longer matches its hash.</source>
        <translation>Audit event #%1 has been altered: its content no longer matches its hash.</translation>
    </message>
    <message>
        <source>Audit event #%1 does not follow event #%2: events were deleted, inserted or reordered.</source>
        <translation>Audit event #%1 does not follow event #%2: events were deleted, inserted or reordered.</translation>
    </message>
    <message>
        <source>The audit trail ends at event #%1 (%2 events), but the register recorded event #%3 (%4 events) as its last: events were removed or added outside Daicho.</source>
        <translation>The audit trail ends at event #%1 (%2 events), but the register recorded event #%3 (%4 events) as its last: events were removed or added outside Daicho.</translation>
    </message>
    <message>
        <source>%1 %2 (id %3) was removed outside Daicho: its last audit event #%4 records it as present.</source>
        <translation>%1 %2 (id %3) was removed outside Daicho: its last audit event #%4 records it as present.</translation>
    </message>
    <message>
        <source>%1 %2 (id %3) has no audit event: it was added outside Daicho.</source>
        <translation>%1 %2 (id %3) has no audit event: it was added outside Daicho.</translation>
    </message>
    <message>
        <source>%1 %2 (id %3) differs from its last audit event #%4 in: %5. It was changed outside Daicho.</source>
        <translation>%1 %2 (id %3) differs from its last audit event #%4 in: %5. It was changed outside Daicho.</translation>
    </message>
    <message>
        <source>%1 %2 (id %3) differs from the state its last audit event #%4 recorded when it was imported. It was changed outside Daicho.</source>
        <translation>%1 %2 (id %3) differs from the state its last audit event #%4 recorded when it was imported. It was changed outside Daicho.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Holding</translation>
    </message>
    <message>
        <source>Review campaign</source>
        <translation>Review campaign</translation>
    </message>
    <message>
        <source>Asset review</source>
        <translation>Asset review</translation>
    </message>
    <message>
        <source>Review sign-off</source>
        <translation>Review sign-off</translation>
    </message>
    <message>
        <source>Self-inspection item</source>
        <translation>Self-inspection item</translation>
    </message>
    <message>
        <source>Self-inspection answer</source>
        <translation>Self-inspection answer</translation>
    </message>
    <message>
        <source>Committee report</source>
        <translation>Committee report</translation>
    </message>
    <message>
        <source>This server login sees only its own part of the audit trail, and checking the chain needs all of it: verify as the register&apos;s owner, an administrator, the CISO, 統括情報セキュリティ責任者 or a member of the committee.</source>
        <translation>This server login sees only its own part of the audit trail, and checking the chain needs all of it: verify as the register&apos;s owner, an administrator, the CISO, 統括情報セキュリティ責任者 or a member of the committee.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Where to? Give the path of the backup file to write.</source>
        <translation>Where to? Give the path of the backup file to write.</translation>
    </message>
    <message>
        <source>The backup %1 was written but cannot be checked: %2</source>
        <translation>The backup %1 was written but cannot be checked: %2</translation>
    </message>
    <message>
        <source>The audit trail of the backup %1 does not verify; the register itself needs checking (verify-audit).</source>
        <translation>The audit trail of the backup %1 does not verify; the register itself needs checking (verify-audit).</translation>
    </message>
    <message>
        <source>Backed up the register to %1 (%2), readable by its owner only. Its audit trail is intact: %3 events checked, %4 records match their last event.</source>
        <translation>Backed up the register to %1 (%2), readable by its owner only. Its audit trail is intact: %3 events checked, %4 records match their last event.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the register to a new file (owner-only) and check it</source>
        <translation>Write a consistent copy of the register to a new file (owner-only) and check it</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>The automatic backup was stopped; no copy was kept.</source>
        <translation>The automatic backup was stopped; no copy was kept.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Print JSON for scripts.</translation>
    </message>
    <message>
        <source>Only this rule (may be repeated).</source>
        <translation>Only this rule (may be repeated).</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;.</source>
        <translation>Unknown rule &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 errors, %2 warnings</source>
        <translation>
            <numerusform>%n finding(s): %1 errors, %2 warnings</numerusform>
            <numerusform>%n finding(s): %1 errors, %2 warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the register against the regulation; exit 4 when there are error-level findings</source>
        <translation>Check the register against the regulation; exit 4 when there are error-level findings</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Without --db the default register is used: %1</source>
        <translation>Without --db the default register is used: %1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Language of messages: ja or en.</source>
        <translation>Language of messages: ja or en.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (password from DAICHO_PASSWORD, or asked for).</source>
        <translation>Sign in as LOGIN (password from DAICHO_PASSWORD, or asked for).</translation>
    </message>
    <message>
        <source>Usage: daicho-cli [--db FILE|postgresql://USER@HOST:PORT/DB] [--user LOGIN] [--lang ja|en] &lt;command&gt; [options]</source>
        <translation>Usage: daicho-cli [--db FILE|postgresql://USER@HOST:PORT/DB] [--user LOGIN] [--lang ja|en] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Register file, or postgresql://USER@HOST:PORT/DB for a shared register (password from PGPASSWORD or ~/.pgpass).</source>
        <translation>Register file, or postgresql://USER@HOST:PORT/DB for a shared register (password from PGPASSWORD or ~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Usage: daicho-cli [--db FILE] %1</source>
        <translation>Usage: daicho-cli [--db FILE] %1</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>This register has users: sign in with --user LOGIN (the password from DAICHO_PASSWORD or asked for).</source>
        <translation>This register has users: sign in with --user LOGIN (the password from DAICHO_PASSWORD or asked for).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Connected to the server as %1: sign in as that user, or connect as %2.</source>
        <translation>Connected to the server as %1: sign in as that user, or connect as %2.</translation>
    </message>
    <message>
        <source>Backed up the register before updating it: %1</source>
        <translation>Backed up the register before updating it: %1</translation>
    </message>
</context>
<context>
    <name>CommitteeReport</name>
    <message>
        <source>The unit %1 does not exist.</source>
        <translation>The unit %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>CommitteeReportPainter</name>
    <message>
        <source>The report cannot be drawn on this device.</source>
        <translation>The report cannot be drawn on this device.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: cannot write the report: %2</translation>
    </message>
</context>
<context>
    <name>ComplianceRules</name>
    <message>
        <source>Every asset rated for confidentiality, integrity and availability</source>
        <translation>Every asset rated for confidentiality, integrity and availability</translation>
    </message>
    <message>
        <source>%1 is not rated for all of confidentiality, integrity and availability (Article 6 (1))</source>
        <translation>%1 is not rated for all of confidentiality, integrity and availability (Article 6 (1))</translation>
    </message>
    <message>
        <source>Every asset has an accountable manager</source>
        <translation>Every asset has an accountable manager</translation>
    </message>
    <message>
        <source>%1 has no accountable manager (Article 5 (4))</source>
        <translation>%1 has no accountable manager (Article 5 (4))</translation>
    </message>
    <message>
        <source>Accountable managers hold the role over the asset&apos;s section</source>
        <translation>Accountable managers hold the role over the asset&apos;s section</translation>
    </message>
    <message>
        <source>%1: its manager %2 is not the %3 of its section (Article 5 (4))</source>
        <translation>%1: its manager %2 is not the %3 of its section (Article 5 (4))</translation>
    </message>
    <message>
        <source>Every information system has a system administrator</source>
        <translation>Every information system has a system administrator</translation>
    </message>
    <message>
        <source>%1 has no %2 (Article 5 (5))</source>
        <translation>%1 has no %2 (Article 5 (5))</translation>
    </message>
    <message>
        <source>Assets kept within their network segment</source>
        <translation>Assets kept within their network segment</translation>
    </message>
    <message>
        <source>%1 belongs to %2 but is provided as a cloud or social media service (Article 6 (2) ア)</source>
        <translation>%1 belongs to %2 but is provided as a cloud or social media service (Article 6 (2) ア)</translation>
    </message>
    <message>
        <source>%1 is confidentiality 3 in %2 (Article 6 (2))</source>
        <translation>%1 is confidentiality 3 in %2 (Article 6 (2))</translation>
    </message>
    <message>
        <source>%1 holds specific personal information (My Number) outside %2 (Article 6 (2) ア)</source>
        <translation>%1 holds specific personal information (My Number) outside %2 (Article 6 (2) ア)</translation>
    </message>
    <message>
        <source>%1 belongs to %2 but is held by an asset of %3 (Article 6 (2) ア)</source>
        <translation>%1 belongs to %2 but is held by an asset of %3 (Article 6 (2) ア)</translation>
    </message>
    <message>
        <source>Outsourcing with a contractor and a security clause</source>
        <translation>Outsourcing with a contractor and a security clause</translation>
    </message>
    <message>
        <source>%1 is outsourced without a contractor recorded (Article 6 (7) ア)</source>
        <translation>%1 is outsourced without a contractor recorded (Article 6 (7) ア)</translation>
    </message>
    <message>
        <source>%1 is outsourced without a confirmed security clause in the contract (Article 6 (7) ア)</source>
        <translation>%1 is outsourced without a confirmed security clause in the contract (Article 6 (7) ア)</translation>
    </message>
    <message>
        <source>Cloud services with a provider, usage rules and ISMAP status</source>
        <translation>Cloud services with a provider, usage rules and ISMAP status</translation>
    </message>
    <message>
        <source>%1 uses a cloud service without its provider, usage rules or ISMAP status recorded (Article 6 (7) イ)</source>
        <translation>%1 uses a cloud service without its provider, usage rules or ISMAP status recorded (Article 6 (7) イ)</translation>
    </message>
    <message>
        <source>Social media with a responsible person and an operating procedure</source>
        <translation>Social media with a responsible person and an operating procedure</translation>
    </message>
    <message>
        <source>%1 is a social media account without a responsible person or an operating procedure (Article 6 (7) ウ)</source>
        <translation>%1 is a social media account without a responsible person or an operating procedure (Article 6 (7) ウ)</translation>
    </message>
    <message>
        <source>Disposals recorded with date, method and who confirmed them</source>
        <translation>Disposals recorded with date, method and who confirmed them</translation>
    </message>
    <message>
        <source>%1 is disposed of without the date, the method or who confirmed it (Article 6 (3))</source>
        <translation>%1 is disposed of without the date, the method or who confirmed it (Article 6 (3))</translation>
    </message>
    <message>
        <source>Every asset reviewed in this fiscal year&apos;s campaign</source>
        <translation>Every asset reviewed in this fiscal year&apos;s campaign</translation>
    </message>
    <message>
        <source>%1 was not reviewed in the fiscal year %2 review, due on %3 (Article 7)</source>
        <translation>%1 was not reviewed in the fiscal year %2 review, due on %3 (Article 7)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open %1: it is a folder.</source>
        <translation>Cannot open %1: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>The file is not open for reading.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text, which cannot be read; save it from Excel as &quot;CSV UTF-8&quot; instead.</source>
        <translation>The file is UTF-16 text, which cannot be read; save it from Excel as &quot;CSV UTF-8&quot; instead.</translation>
    </message>
    <message>
        <source>This program cannot read %1 text (it was built without ICU).</source>
        <translation>This program cannot read %1 text (it was built without ICU).</translation>
    </message>
    <message>
        <source>Line %1: a row is longer than %2 characters.</source>
        <translation>Line %1: a row is longer than %2 characters.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Line %1: the file could not be read further: %2</source>
        <translation>Line %1: the file could not be read further: %2</translation>
    </message>
    <message>
        <source>Line %1: a row has more than %2 columns.</source>
        <translation>Line %1: a row has more than %2 columns.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed.</source>
        <translation>Line %1: a quoted cell is never closed.</translation>
    </message>
    <message>
        <source>Line %1: the text is not valid %2; is the file in another encoding?</source>
        <translation>Line %1: the text is not valid %2; is the file in another encoding?</translation>
    </message>
    <message>
        <source>Line %1: the file contains a control character (U+%2); it does not look like a CSV text file.</source>
        <translation>Line %1: the file contains a control character (U+%2); it does not look like a CSV text file.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted cell is longer than %3 characters; is its closing quote missing?</source>
        <translation>Line %1, column %2: a quoted cell is longer than %3 characters; is its closing quote missing?</translation>
    </message>
    <message>
        <source>Line %1, column %2: a cell is longer than %3 characters.</source>
        <translation>Line %1, column %2: a cell is longer than %3 characters.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>This program cannot write %1 text (it was built without ICU).</source>
        <translation>This program cannot write %1 text (it was built without ICU).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The file is already complete; no row can be added to it.</source>
        <translation>The file is already complete; no row can be added to it.</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;): the control character %3 cannot be written to a CSV file.</source>
        <translation>Column %1 (&quot;%2&quot;): the control character %3 cannot be written to a CSV file.</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;): the character &quot;%3&quot; (%4) cannot be written in %5; export in UTF-8 instead.</source>
        <translation>Column %1 (&quot;%2&quot;): the character &quot;%3&quot; (%4) cannot be written in %5; export in UTF-8 instead.</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;): %3 is not a valid character.</source>
        <translation>Column %1 (&quot;%2&quot;): %3 is not a valid character.</translation>
    </message>
    <message>
        <source>The row cannot be written in %1.</source>
        <translation>The row cannot be written in %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The register %1 does not exist. Create it first with &quot;init&quot;.</source>
        <translation>The register %1 does not exist. Create it first with &quot;init&quot;.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a register file.</source>
        <translation>%1 is a folder, not a register file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot open the register %1: %2</source>
        <translation>Cannot open the register %1: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Daicho register; it has not been changed.</source>
        <translation>%1 is a database of another program, not a Daicho register; it has not been changed.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Daicho register: %2</source>
        <translation>%1 cannot be read as a Daicho register: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a register is never overwritten. Choose another file name.</source>
        <translation>%1 already exists; a register is never overwritten. Choose another file name.</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: the Qt driver QPSQL is missing (Debian package libqt6sql6-psql).</source>
        <translation>This installation cannot reach PostgreSQL: the Qt driver QPSQL is missing (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the register %1: %2</source>
        <translation>Cannot connect to the register %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds a register; a register is never overwritten.</source>
        <translation>%1 already holds a register; a register is never overwritten.</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>The register %1 is damaged and cannot be read (%2). Restore it from a backup: File → Restore Register… in the window, or daicho-cli restore BACKUP.</source>
        <translation>The register %1 is damaged and cannot be read (%2). Restore it from a backup: File → Restore Register… in the window, or daicho-cli restore BACKUP.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a register: it is not a database file, or its first page is damaged (%2). If it is your register, restore it from a backup: File → Restore Register… in the window, or daicho-cli restore BACKUP.</source>
        <translation>%1 cannot be read as a register: it is not a database file, or its first page is damaged (%2). If it is your register, restore it from a backup: File → Restore Register… in the window, or daicho-cli restore BACKUP.</translation>
    </message>
    <message>
        <source>The register %1 could not be written: the disk is full, or the file has reached its size limit (%2). Nothing of this change was saved; make room on the disk and try again.</source>
        <translation>The register %1 could not be written: the disk is full, or the file has reached its size limit (%2). Nothing of this change was saved; make room on the disk and try again.</translation>
    </message>
    <message>
        <source>The register %1 is read-only (%2): the file or its folder cannot be written. Nothing was changed. Ask for write access, or copy the register to a folder you can write to.</source>
        <translation>The register %1 is read-only (%2): the file or its folder cannot be written. Nothing was changed. Ask for write access, or copy the register to a folder you can write to.</translation>
    </message>
    <message>
        <source>The register %1 cannot be opened (%2): the file or its folder cannot be read or written. A register needs a folder you can write to, since SQLite keeps its journal files beside it.</source>
        <translation>The register %1 cannot be opened (%2): the file or its folder cannot be read or written. A register needs a folder you can write to, since SQLite keeps its journal files beside it.</translation>
    </message>
    <message>
        <source>The register %1 is in use by another program, which keeps it locked (%2). Nothing was changed; try again when that program has finished, or close it.</source>
        <translation>The register %1 is in use by another program, which keeps it locked (%2). Nothing was changed; try again when that program has finished, or close it.</translation>
    </message>
    <message>
        <source>Reading or writing the register %1 failed (%2): the disk or the network drive may be failing. Nothing of this change was saved; copy the register to a sound disk, or restore it from a backup, before going on.</source>
        <translation>Reading or writing the register %1 failed (%2): the disk or the network drive may be failing. Nothing of this change was saved; copy the register to a sound disk, or restore it from a backup, before going on.</translation>
    </message>
    <message>
        <source>The register %1 is an empty file (0 bytes): its contents were lost, or it never was a register; it has not been changed. If it is your register, restore it from a backup: File → Restore Register… in the window, or daicho-cli restore BACKUP.</source>
        <translation>The register %1 is an empty file (0 bytes): its contents were lost, or it never was a register; it has not been changed. If it is your register, restore it from a backup: File → Restore Register… in the window, or daicho-cli restore BACKUP.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>CSV: UTF-8 with BOM (default) or CP932 for older tools.</source>
        <translation>CSV: UTF-8 with BOM (default) or CP932 for older tools.</translation>
    </message>
    <message>
        <source>Classification banner (default: 機密性2).</source>
        <translation>Classification banner (default: 機密性2).</translation>
    </message>
    <message>
        <source>Where to? Give the path of the file to write.</source>
        <translation>Where to? Give the path of the file to write.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Unknown encoding &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote %1 assets to %2 in %3 s.</source>
        <translation>Wrote %1 assets to %2 in %3 s.</translation>
    </message>
    <message>
        <source>Export the ledger; the format follows the extension (.csv, .xlsx)</source>
        <translation>Export the ledger; the format follows the extension (.csv, .xlsx)</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>The asset&apos;s ID: it names the information asset (情報資産, 第2条(3)) in the register, the ledger and reports. No two assets share one.</source>
        <translation>The asset&apos;s ID: it names the information asset (情報資産, 第2条(3)) in the register, the ledger and reports. No two assets share one.</translation>
    </message>
    <message>
        <source>What the information asset is called, as its section knows it.</source>
        <translation>What the information asset is called, as its section knows it.</translation>
    </message>
    <message>
        <source>Which of the three kinds of information asset (情報資産) of 第2条(3) this is: ア networks, information systems and their facilities and electromagnetic recording media; イ information handled by networks and information systems, printed documents included; ウ system documents such as specifications and network diagrams.</source>
        <extracomment>第2条(3) 情報資産 次に掲げるものをいう。ア ネットワーク、情報システム並びにこれらに関する設備及び電磁的記録媒体 イ ネットワーク及び情報システムで取り扱う情報（これらを印刷した文書を含む。） ウ 情報システムの仕様書、ネットワーク図等のシステム関連文書</extracomment>
        <translation>Which of the three kinds of information asset (情報資産) of 第2条(3) this is: ア networks, information systems and their facilities and electromagnetic recording media; イ information handled by networks and information systems, printed documents included; ウ system documents such as specifications and network diagrams.</translation>
    </message>
    <message>
        <source>A finer type within the category, in your own words: server, terminal, network device, USB memory, resident records, specification…</source>
        <translation>A finer type within the category, in your own words: server, terminal, network device, USB memory, resident records, specification…</translation>
    </message>
    <message>
        <source>The department (部局) of the section holding the asset. Its 情報セキュリティ責任者 (第5条(3)) confirms the asset in the yearly review.</source>
        <translation>The department (部局) of the section holding the asset. Its 情報セキュリティ責任者 (第5条(3)) confirms the asset in the yearly review.</translation>
    </message>
    <message>
        <source>The section (課室) that holds the asset. Its 情報セキュリティ管理者 (第5条(4)) is accountable for the asset.</source>
        <translation>The section (課室) that holds the asset. Its 情報セキュリティ管理者 (第5条(4)) is accountable for the asset.</translation>
    </message>
    <message>
        <source>The person accountable for the asset (管理責任者): the 情報セキュリティ管理者 (第5条(4)) of the asset&apos;s section or of a unit above it. Anyone else is reported as a finding.</source>
        <translation>The person accountable for the asset (管理責任者): the 情報セキュリティ管理者 (第5条(4)) of the asset&apos;s section or of a unit above it. Anyone else is reported as a finding.</translation>
    </message>
    <message>
        <source>The member of staff who looks after the asset day to day. 職員等 include part-time staff (第4条).</source>
        <translation>The member of staff who looks after the asset day to day. 職員等 include part-time staff (第4条).</translation>
    </message>
    <message>
        <source>For an asset that is or belongs to an information system (a set of computers, networks and media that processes information, 第2条(2)): the 情報システム管理者 (第5条(5)) who runs it.</source>
        <extracomment>第2条(2) 情報システム コンピュータ、ネットワーク及び電磁的記録媒体で構成され、情報処理を行う仕組みをいう。</extracomment>
        <translation>For an asset that is or belongs to an information system (a set of computers, networks and media that processes information, 第2条(2)): the 情報システム管理者 (第5条(5)) who runs it.</translation>
    </message>
    <message>
        <source>The segment of the network the asset belongs to (第2条(9)–(11)): 第6条(2) takes different measures in マイナンバー利用事務系, LGWAN接続系 and インターネット接続系. 該当なし for paper and stand-alone devices.</source>
        <translation>The segment of the network the asset belongs to (第2条(9)–(11)): 第6条(2) takes different measures in マイナンバー利用事務系, LGWAN接続系 and インターネット接続系. 該当なし for paper and stand-alone devices.</translation>
    </message>
    <message>
        <source>機密性 (第2条(4)): ensuring that only those permitted to access information can access it. 第6条(1) classifies assets by it; each level&apos;s meaning is shown on its entry.</source>
        <extracomment>第2条(4) 機密性 情報にアクセスすることを認められた者だけが、情報にアクセスできる状態を確保することをいう。</extracomment>
        <translation>機密性 (第2条(4)): ensuring that only those permitted to access information can access it. 第6条(1) classifies assets by it; each level&apos;s meaning is shown on its entry.</translation>
    </message>
    <message>
        <source>完全性 (第2条(5)): ensuring that information is not destroyed, tampered with or erased. 第6条(1) classifies assets by it; each level&apos;s meaning is shown on its entry.</source>
        <extracomment>第2条(5) 完全性 情報が破壊、改ざん又は消去されていない状態を確保することをいう。</extracomment>
        <translation>完全性 (第2条(5)): ensuring that information is not destroyed, tampered with or erased. 第6条(1) classifies assets by it; each level&apos;s meaning is shown on its entry.</translation>
    </message>
    <message>
        <source>可用性 (第2条(6)): ensuring that those permitted to access information can access it when they need it, without interruption. 第6条(1) classifies assets by it; each level&apos;s meaning is shown on its entry.</source>
        <extracomment>第2条(6) 可用性 情報にアクセスすることを認められた者が、必要なときに中断されることなく、情報にアクセスできる状態を確保することをいう。</extracomment>
        <translation>可用性 (第2条(6)): ensuring that those permitted to access information can access it when they need it, without interruption. 第6条(1) classifies assets by it; each level&apos;s meaning is shown on its entry.</translation>
    </message>
    <message>
        <source>How the asset is provided (第6条(7)): run in-house, outsourced (業務委託), an external (cloud) service or a social-media service. Each brings its own measures.</source>
        <translation>How the asset is provided (第6条(7)): run in-house, outsourced (業務委託), an external (cloud) service or a social-media service. Each brings its own measures.</translation>
    </message>
    <message>
        <source>The contractor (業務委託事業者, 第6条(7)ア) or the provider of the cloud or social-media service.</source>
        <translation>The contractor (業務委託事業者, 第6条(7)ア) or the provider of the cloud or social-media service.</translation>
    </message>
    <message>
        <source>Where the asset is kept or installed: server room, cabinet, office. Physical security measures (第6条(3)) cover servers, the information system room, communication lines and PCs.</source>
        <translation>Where the asset is kept or installed: server room, cabinet, office. Physical security measures (第6条(3)) cover servers, the information system room, communication lines and PCs.</translation>
    </message>
    <message>
        <source>Anything else worth recording about the asset.</source>
        <translation>Anything else worth recording about the asset.</translation>
    </message>
    <message>
        <source>The body the asset belongs to: one of those the regulation applies to (第3条の2), such as the mayor, the Board of Education or the City Council.</source>
        <translation>The body the asset belongs to: one of those the regulation applies to (第3条の2), such as the mayor, the Board of Education or the City Council.</translation>
    </message>
    <message>
        <source>The classification scheme the rating is made under. 第6条(1) classifies assets by confidentiality, integrity and availability; the levels follow the national guideline, whose revisions differ (2024: 自治体機密性 3A/3B/3C/2/1). A rating keeps the scheme it was made under.</source>
        <translation>The classification scheme the rating is made under. 第6条(1) classifies assets by confidentiality, integrity and availability; the levels follow the national guideline, whose revisions differ (2024: 自治体機密性 3A/3B/3C/2/1). A rating keeps the scheme it was made under.</translation>
    </message>
    <message>
        <source>Handling restrictions (取扱制限) that go with the classification: 第6条(1) takes measures according to it; each level brings its usual ones.</source>
        <translation>Handling restrictions (取扱制限) that go with the classification: 第6条(1) takes measures according to it; each level brings its usual ones.</translation>
    </message>
    <message>
        <source>The restrictions in detail, in your own words: the date for 期限付保存 (○○まで保存), the time for 期限内復旧 (○○以内復旧)…</source>
        <translation>The restrictions in detail, in your own words: the date for 期限付保存 (○○まで保存), the time for 期限内復旧 (○○以内復旧)…</translation>
    </message>
    <message>
        <source>Which kinds of personal data the asset holds: 個人情報, 要配慮個人情報, 特定個人情報 (with an individual number). Tick every kind it holds.</source>
        <translation>Which kinds of personal data the asset holds: 個人情報, 要配慮個人情報, 特定個人情報 (with an individual number). Tick every kind it holds.</translation>
    </message>
    <message>
        <source>The cloud service, or the social-media service and account (第6条(7)イ, ウ).</source>
        <translation>The cloud service, or the social-media service and account (第6条(7)イ, ウ).</translation>
    </message>
    <message>
        <source>Whether the contract with the contractor states the information security requirements (第6条(7)ア).</source>
        <extracomment>第6条(7)ア 業務委託事業者と情報セキュリティ要件を明記した契約を締結し</extracomment>
        <translation>Whether the contract with the contractor states the information security requirements (第6条(7)ア).</translation>
    </message>
    <message>
        <source>When it was last confirmed that the contractor has the necessary security measures in place (第6条(7)ア).</source>
        <extracomment>第6条(7)ア 業務委託事業者において必要なセキュリティ対策が確保されていることを確認し</extracomment>
        <translation>When it was last confirmed that the contractor has the necessary security measures in place (第6条(7)ア).</translation>
    </message>
    <message>
        <source>Where the service keeps the data: country, region or data centre.</source>
        <translation>Where the service keeps the data: country, region or data centre.</translation>
    </message>
    <message>
        <source>Whether the cloud service is registered in ISMAP (政府情報システムのためのセキュリティ評価制度), the government&apos;s security assessment of cloud services.</source>
        <translation>Whether the cloud service is registered in ISMAP (政府情報システムのためのセキュリティ評価制度), the government&apos;s security assessment of cloud services.</translation>
    </message>
    <message>
        <source>Whether the rules for using the cloud service (第6条(7)イ), or the operating procedure of the social-media service (第6条(7)ウ), are in place.</source>
        <extracomment>第6条(7)イ 利用にかかる規定を整備し必要な対策を講じること。 ウ ソーシャルメディアサービスの運用手順を定め</extracomment>
        <translation>Whether the rules for using the cloud service (第6条(7)イ), or the operating procedure of the social-media service (第6条(7)ウ), are in place.</translation>
    </message>
    <message>
        <source>The person responsible for this social-media service (第6条(7)ウ).</source>
        <extracomment>第6条(7)ウ 利用するソーシャルメディアサービスごとの責任者を定めること。</extracomment>
        <translation>The person responsible for this social-media service (第6条(7)ウ).</translation>
    </message>
    <message>
        <source>What information may be published through this social-media service (第6条(7)ウ).</source>
        <extracomment>第6条(7)ウ ソーシャルメディアサービスで発信できる情報を規定し</extracomment>
        <translation>What information may be published through this social-media service (第6条(7)ウ).</translation>
    </message>
    <message>
        <source>Whether the asset is in use or disposed of (廃棄). A disposed asset stays in the register, read-only.</source>
        <translation>Whether the asset is in use or disposed of (廃棄). A disposed asset stays in the register, read-only.</translation>
    </message>
    <message>
        <source>The day the asset was disposed of.</source>
        <translation>The day the asset was disposed of.</translation>
    </message>
    <message>
        <source>How the asset was disposed of: physical destruction, data erasure software, degaussing, shredding, dissolution…</source>
        <translation>How the asset was disposed of: physical destruction, data erasure software, degaussing, shredding, dissolution…</translation>
    </message>
    <message>
        <source>The person who confirmed the disposal.</source>
        <translation>The person who confirmed the disposal.</translation>
    </message>
    <message>
        <source>Columns of an imported ledger that have no field of their own, kept as they were.</source>
        <translation>Columns of an imported ledger that have no field of their own, kept as they were.</translation>
    </message>
    <message>
        <source>重要度: the highest of the asset&apos;s 機密性, 完全性 and 可用性, a two-level axis counting 2 as 3 and 1 as 1. Risk analysis (第8条) weighs the asset by it.</source>
        <translation>重要度: the highest of the asset&apos;s 機密性, 完全性 and 可用性, a two-level axis counting 2 as 3 and 1 as 1. Risk analysis (第8条) weighs the asset by it.</translation>
    </message>
    <message>
        <source>The classification of 第6条(1): C 機密性 (第2条(4)), I 完全性 (第2条(5)) and A 可用性 (第2条(6)), as in C3I2A2; &apos;-&apos; marks an axis not rated yet.</source>
        <translation>The classification of 第6条(1): C 機密性 (第2条(4)), I 完全性 (第2条(5)) and A 可用性 (第2条(6)), as in C3I2A2; &apos;-&apos; marks an axis not rated yet.</translation>
    </message>
    <message>
        <source>The handling restrictions usually taken for this rating.</source>
        <translation>The handling restrictions usually taken for this rating.</translation>
    </message>
    <message>
        <source>Not rated yet. An asset without a complete rating is unclassified: the compliance check reports it.</source>
        <translation>Not rated yet. An asset without a complete rating is unclassified: the compliance check reports it.</translation>
    </message>
    <message>
        <source>This fiscal year&apos;s review (棚卸し): the department&apos;s 情報セキュリティ責任者 (第5条(3)) confirms each asset (確認済), asks for a correction (要修正) or marks it for disposal (廃棄予定).</source>
        <translation>This fiscal year&apos;s review (棚卸し): the department&apos;s 情報セキュリティ責任者 (第5条(3)) confirms each asset (確認済), asks for a correction (要修正) or marks it for disposal (廃棄予定).</translation>
    </message>
    <message>
        <source>Compliance findings: where the register departs from the regulation, as the self-inspection and audit of 第7条 would find.</source>
        <translation>Compliance findings: where the register departs from the regulation, as the self-inspection and audit of 第7条 would find.</translation>
    </message>
    <message>
        <source>Finds assets by any part of their ID, name, notes or the people named.</source>
        <translation>Finds assets by any part of their ID, name, notes or the people named.</translation>
    </message>
    <message>
        <source>The part of the organisation counted: a body (第3条の2), a department (部局) or a section (課室).</source>
        <translation>The part of the organisation counted: a body (第3条の2), a department (部局) or a section (課室).</translation>
    </message>
    <message>
        <source>The threat the risk is about, from the register&apos;s catalogue of the threats of 第3条.</source>
        <translation>The threat the risk is about, from the register&apos;s catalogue of the threats of 第3条.</translation>
    </message>
    <message>
        <source>Which of the five kinds of threat of 第3条 this is.</source>
        <translation>Which of the five kinds of threat of 第3条 this is.</translation>
    </message>
    <message>
        <source>脅威の起こりやすさ (IPA method), 1–3: how likely the threat is to occur. With the vulnerability it gives 被害発生可能性, the likelihood of damage.</source>
        <translation>脅威の起こりやすさ (IPA method), 1–3: how likely the threat is to occur. With the vulnerability it gives 被害発生可能性, the likelihood of damage.</translation>
    </message>
    <message>
        <source>脆弱性のつけ込みやすさ (IPA method), 1–3: how easily the threat can exploit a weakness of the asset.</source>
        <translation>脆弱性のつけ込みやすさ (IPA method), 1–3: how easily the threat can exploit a weakness of the asset.</translation>
    </message>
    <message>
        <source>発生の可能性, 1–5: how likely the threat is to occur (第8条).</source>
        <extracomment>第8条 脅威の発生の可能性及び発生時の損失等を分析し、リスクを検討した上で</extracomment>
        <translation>発生の可能性, 1–5: how likely the threat is to occur (第8条).</translation>
    </message>
    <message>
        <source>発生時の損失, 1–5: the loss if it occurs (第8条).</source>
        <extracomment>第8条 脅威の発生の可能性及び発生時の損失等を分析し、リスクを検討した上で</extracomment>
        <translation>発生時の損失, 1–5: the loss if it occurs (第8条).</translation>
    </message>
    <message>
        <source>The risk value (第8条). IPA method: 重要度 × 被害発生可能性; 6–9 大 (not acceptable), 4 中 (acceptable under control), 1–3 小 (acceptable). 5×5 method: 発生の可能性 × 発生時の損失, banded as the register sets.</source>
        <translation>The risk value (第8条). IPA method: 重要度 × 被害発生可能性; 6–9 大 (not acceptable), 4 中 (acceptable under control), 1–3 小 (acceptable). 5×5 method: 発生の可能性 × 発生時の損失, banded as the register sets.</translation>
    </message>
    <message>
        <source>The band of the risk value: 大 not acceptable, 中 acceptable under control, 小 acceptable.</source>
        <translation>The band of the risk value: 大 not acceptable, 中 acceptable under control, 小 acceptable.</translation>
    </message>
    <message>
        <source>How the risk is treated (リスク対応, JIS Q 27005): 修正 reduce it by measures, 保有 accept it, 回避 remove its cause, 共有 share it with another party.</source>
        <translation>How the risk is treated (リスク対応, JIS Q 27005): 修正 reduce it by measures, 保有 accept it, 回避 remove its cause, 共有 share it with another party.</translation>
    </message>
    <message>
        <source>The measures planned or taken to treat the risk.</source>
        <translation>The measures planned or taken to treat the risk.</translation>
    </message>
    <message>
        <source>The person who sees the treatment through; at first the asset&apos;s accountable manager.</source>
        <translation>The person who sees the treatment through; at first the asset&apos;s accountable manager.</translation>
    </message>
    <message>
        <source>The day by which the treatment should be done.</source>
        <translation>The day by which the treatment should be done.</translation>
    </message>
    <message>
        <source>Where the treatment stands: 未対応, 対応中 or 対応済.</source>
        <translation>Where the treatment stands: 未対応, 対応中 or 対応済.</translation>
    </message>
    <message>
        <source>The risk after treatment (残留リスク): the same inputs, judged with the measures in place.</source>
        <translation>The risk after treatment (残留リスク): the same inputs, judged with the measures in place.</translation>
    </message>
    <message>
        <source>The risk value after treatment, banded like the risk itself.</source>
        <translation>The risk value after treatment, banded like the risk itself.</translation>
    </message>
    <message>
        <source>IPA method (中小企業の情報セキュリティ対策ガイドライン 付録7): 重要度 × 被害発生可能性 on a 3×3 grid, with the guideline&apos;s bands.</source>
        <translation>IPA method (中小企業の情報セキュリティ対策ガイドライン 付録7): 重要度 × 被害発生可能性 on a 3×3 grid, with the guideline&apos;s bands.</translation>
    </message>
    <message>
        <source>5×5 method: 発生の可能性 1–5 × 発生時の損失 1–5 (第8条), with bands the register sets.</source>
        <extracomment>第8条 脅威の発生の可能性及び発生時の損失等を分析し</extracomment>
        <translation>5×5 method: 発生の可能性 1–5 × 発生時の損失 1–5 (第8条), with bands the register sets.</translation>
    </message>
    <message>
        <source>Under the 5×5 method, the lowest risk value that is 大 (not acceptable).</source>
        <translation>Under the 5×5 method, the lowest risk value that is 大 (not acceptable).</translation>
    </message>
    <message>
        <source>Under the 5×5 method, the lowest risk value that is 中 (acceptable under control); lower values are 小.</source>
        <translation>Under the 5×5 method, the lowest risk value that is 中 (acceptable under control); lower values are 小.</translation>
    </message>
    <message>
        <source>The person&apos;s name as the register and reports show it.</source>
        <translation>The person&apos;s name as the register and reports show it.</translation>
    </message>
    <message>
        <source>The reading of the name in kana, for sorting and searching.</source>
        <translation>The reading of the name in kana, for sorting and searching.</translation>
    </message>
    <message>
        <source>The person&apos;s post, e.g. 課長 or 主任.</source>
        <translation>The person&apos;s post, e.g. 課長 or 主任.</translation>
    </message>
    <message>
        <source>An e-mail address to reach the person.</source>
        <translation>An e-mail address to reach the person.</translation>
    </message>
    <message>
        <source>The unit the person works in: a department (部局) or a section (課室).</source>
        <translation>The unit the person works in: a department (部局) or a section (課室).</translation>
    </message>
    <message>
        <source>職員等 include part-time staff (第4条): they too must follow the security policy and its implementation procedures.</source>
        <extracomment>第4条 職員等（非常勤の者を含む。以下同じ。）は、…情報セキュリティポリシー及び…情報セキュリティ実施手順を遵守しなければならない。</extracomment>
        <translation>職員等 include part-time staff (第4条): they too must follow the security policy and its implementation procedures.</translation>
    </message>
    <message>
        <source>Whether the person is in office. People who have left stay in the register for its history but are no longer offered.</source>
        <translation>Whether the person is in office. People who have left stay in the register for its history but are no longer offered.</translation>
    </message>
    <message>
        <source>The role of 第5条 to assign; each choice says what it covers.</source>
        <translation>The role of 第5条 to assign; each choice says what it covers.</translation>
    </message>
    <message>
        <source>Where the role applies: a body or department (部局) for 情報セキュリティ責任者, a section (課室) for 情報セキュリティ管理者.</source>
        <translation>Where the role applies: a body or department (部局) for 情報セキュリティ責任者, a section (課室) for 情報セキュリティ管理者.</translation>
    </message>
    <message>
        <source>For 情報システム管理者 and 情報システム担当者 (第5条(5), (6)): the 資産ID of the information system (category ア) they look after.</source>
        <translation>For 情報システム管理者 and 情報システム担当者 (第5条(5), (6)): the 資産ID of the information system (category ア) they look after.</translation>
    </message>
    <message>
        <source>The day the person takes up the role; who held it before is kept.</source>
        <translation>The day the person takes up the role; who held it before is kept.</translation>
    </message>
    <message>
        <source>Also list roles that have ended.</source>
        <translation>Also list roles that have ended.</translation>
    </message>
    <message>
        <source>Who takes over the person&apos;s roles, the assets naming them and the open risks they own.</source>
        <translation>Who takes over the person&apos;s roles, the assets naming them and the open risks they own.</translation>
    </message>
    <message>
        <source>The day the transfer (人事異動) takes effect, usually 1 April; the person&apos;s roles end the day before.</source>
        <translation>The day the transfer (人事異動) takes effect, usually 1 April; the person&apos;s roles end the day before.</translation>
    </message>
    <message>
        <source>Levels (%1):</source>
        <translation>Levels (%1):</translation>
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
        <translation>第2条(3)ア: %1. E.g. servers, PCs and terminals, network devices, software, server rooms, lines, USB memories, backup media.</translation>
    </message>
    <message>
        <source>第2条(3)イ: %1. E.g. resident records, tax data, e-mail, printed lists.</source>
        <translation>第2条(3)イ: %1. E.g. resident records, tax data, e-mail, printed lists.</translation>
    </message>
    <message>
        <source>第2条(3)ウ: %1. E.g. specifications, network diagrams, operation manuals.</source>
        <translation>第2条(3)ウ: %1. E.g. specifications, network diagrams, operation manuals.</translation>
    </message>
    <message>
        <source>第2条(9): information systems and data of individual-number work (social security, local tax or disaster prevention) or family-register work. 第6条(2)ア: in principle no communication with other segments; terminals that cannot take data out and use multi-factor authentication.</source>
        <extracomment>第2条(9) 個人番号利用事務（社会保障、地方税若しくは防災に関する事務）又は戸籍事務に関わる情報システム及びデータをいう。 第6条(2)ア 原則として、他の領域との通信をできないようにした上で、端末からの情報持ち出し不可設定や端末への多要素認証の導入等により、住民情報の流出を防ぐこと。</extracomment>
        <translation>第2条(9): information systems and data of individual-number work (social security, local tax or disaster prevention) or family-register work. 第6条(2)ア: in principle no communication with other segments; terminals that cannot take data out and use multi-factor authentication.</translation>
    </message>
    <message>
        <source>第2条(10): information systems connected to LGWAN and the data they handle. 第6条(2)イ: the communication path is separated from the インターネット接続系 (通信経路の分割), and anything exchanged with it goes by 無害化通信 (sanitised communication, 第2条(13)).</source>
        <extracomment>第2条(10) LGWANに接続された情報システム及びその情報システムで取り扱うデータをいう。 第6条(2)イ インターネット接続系の情報システムとの通信経路の分割をし、両システム間で通信する場合には、無害化通信を実施すること。</extracomment>
        <translation>第2条(10): information systems connected to LGWAN and the data they handle. 第6条(2)イ: the communication path is separated from the インターネット接続系 (通信経路の分割), and anything exchanged with it goes by 無害化通信 (sanitised communication, 第2条(13)).</translation>
    </message>
    <message>
        <source>第2条(11): information systems connected to the internet, such as internet mail and website management, and the data they handle. 第6条(2)ウ: internet traffic is aggregated with Akita Prefecture&apos;s, through the 自治体情報セキュリティクラウド.</source>
        <extracomment>第2条(11) インターネットメール、ホームページ管理システム等に関わるインターネットに接続された情報システム及びその情報システムで取り扱うデータをいう。 第6条(2)ウ 秋田県及び本市のインターネットとの通信を集約した上で、自治体情報セキュリティクラウドの導入等を実施すること。</extracomment>
        <translation>第2条(11): information systems connected to the internet, such as internet mail and website management, and the data they handle. 第6条(2)ウ: internet traffic is aggregated with Akita Prefecture&apos;s, through the 自治体情報セキュリティクラウド.</translation>
    </message>
    <message>
        <source>On none of the three segments: information on paper, or a stand-alone device.</source>
        <translation>On none of the three segments: information on paper, or a stand-alone device.</translation>
    </message>
    <message>
        <source>Run by the city itself.</source>
        <translation>Run by the city itself.</translation>
    </message>
    <message>
        <source>第6条(7)ア: a contract stating the security requirements is made with the contractor; it is confirmed that the contractor has the necessary measures, and the contract is enforced when needed.</source>
        <extracomment>第6条(7)ア 業務委託事業者と情報セキュリティ要件を明記した契約を締結し、業務委託事業者において必要なセキュリティ対策が確保されていることを確認し、必要に応じて契約に基づく措置を講じること。</extracomment>
        <translation>第6条(7)ア: a contract stating the security requirements is made with the contractor; it is confirmed that the contractor has the necessary measures, and the contract is enforced when needed.</translation>
    </message>
    <message>
        <source>第2条(14), 第6条(7)イ: rules for its use are set and the necessary measures taken.</source>
        <extracomment>第6条(7)イ 利用にかかる規定を整備し必要な対策を講じること。</extracomment>
        <translation>第2条(14), 第6条(7)イ: rules for its use are set and the necessary measures taken.</translation>
    </message>
    <message>
        <source>第6条(7)ウ: an operating procedure is set, what may be published is defined, and someone is made responsible for each service.</source>
        <extracomment>第6条(7)ウ ソーシャルメディアサービスの運用手順を定め、ソーシャルメディアサービスで発信できる情報を規定し、利用するソーシャルメディアサービスごとの責任者を定めること。</extracomment>
        <translation>第6条(7)ウ: an operating procedure is set, what may be published is defined, and someone is made responsible for each service.</translation>
    </message>
    <message>
        <source>In use.</source>
        <translation>In use.</translation>
    </message>
    <message>
        <source>Disposed of; the record stays, read-only.</source>
        <translation>Disposed of; the record stays, read-only.</translation>
    </message>
    <message>
        <source>Only those concerned may handle it.</source>
        <translation>Only those concerned may handle it.</translation>
    </message>
    <message>
        <source>It may not be copied.</source>
        <translation>It may not be copied.</translation>
    </message>
    <message>
        <source>Copying it needs permission.</source>
        <translation>Copying it needs permission.</translation>
    </message>
    <message>
        <source>It may not be handed out.</source>
        <translation>It may not be handed out.</translation>
    </message>
    <message>
        <source>It is kept and sent encrypted.</source>
        <translation>It is kept and sent encrypted.</translation>
    </message>
    <message>
        <source>It may not be forwarded.</source>
        <translation>It may not be forwarded.</translation>
    </message>
    <message>
        <source>It may not be taken out of the office.</source>
        <translation>It may not be taken out of the office.</translation>
    </message>
    <message>
        <source>It may not be rewritten.</source>
        <translation>It may not be rewritten.</translation>
    </message>
    <message>
        <source>It may not be deleted.</source>
        <translation>It may not be deleted.</translation>
    </message>
    <message>
        <source>It is kept until a set date (○○まで保存); give the date in the details.</source>
        <translation>It is kept until a set date (○○まで保存); give the date in the details.</translation>
    </message>
    <message>
        <source>It is restored within a set time when lost (○○以内復旧); give the time in the details.</source>
        <translation>It is restored within a set time when lost (○○以内復旧); give the time in the details.</translation>
    </message>
    <message>
        <source>Information about a living individual by which the individual can be identified (個人情報の保護に関する法律 第2条第1項).</source>
        <translation>Information about a living individual by which the individual can be identified (個人情報の保護に関する法律 第2条第1項).</translation>
    </message>
    <message>
        <source>Personal information needing special care, such as race, creed, social status, medical history or criminal record (個人情報の保護に関する法律 第2条第3項).</source>
        <translation>Personal information needing special care, such as race, creed, social status, medical history or criminal record (個人情報の保護に関する法律 第2条第3項).</translation>
    </message>
    <message>
        <source>Personal information that contains an individual number, My Number (番号法 第2条第8項).</source>
        <translation>Personal information that contains an individual number, My Number (番号法 第2条第8項).</translation>
    </message>
    <message>
        <source>第5条(1): information security of the whole city; one person at a time, usually the deputy mayor, who chairs the committee.</source>
        <translation>第5条(1): information security of the whole city; one person at a time, usually the deputy mayor, who chairs the committee.</translation>
    </message>
    <message>
        <source>第5条(2): coordinates information security for the whole city; one person at a time, usually the head of the IT-policy department.</source>
        <translation>第5条(2): coordinates information security for the whole city; one person at a time, usually the head of the IT-policy department.</translation>
    </message>
    <message>
        <source>第5条(3): a body or department (部局), usually its head; confirms its assets in the yearly review.</source>
        <translation>第5条(3): a body or department (部局), usually its head; confirms its assets in the yearly review.</translation>
    </message>
    <message>
        <source>第5条(4): a section (課室), usually its head; accountable for the section&apos;s assets.</source>
        <translation>第5条(4): a section (課室), usually its head; accountable for the section&apos;s assets.</translation>
    </message>
    <message>
        <source>第5条(5): one or more information systems, usually the head of the section running them.</source>
        <translation>第5条(5): one or more information systems, usually the head of the section running them.</translation>
    </message>
    <message>
        <source>第5条(6): works on information systems under their 情報システム管理者.</source>
        <translation>第5条(6): works on information systems under their 情報システム管理者.</translation>
    </message>
    <message>
        <source>第5条(7): a member of the city&apos;s security committee, chaired by the CISO; it receives the register&apos;s reports.</source>
        <translation>第5条(7): a member of the city&apos;s security committee, chaired by the CISO; it receives the register&apos;s reports.</translation>
    </message>
    <message>
        <source>第3条(1): leakage, destruction, tampering or erasure of information assets, theft of important information, insider fraud and the like, from intentional causes: cyber attacks such as unauthorised access, viruses and denial of service, intrusion by outsiders.</source>
        <extracomment>第3条(1) 不正アクセス、ウイルス攻撃、サービス不能攻撃等のサイバー攻撃、部外者の侵入等の意図的な要因による情報資産の漏えい・破壊・改ざん・消去、重要情報の詐取、内部不正等</extracomment>
        <translation>第3条(1): leakage, destruction, tampering or erasure of information assets, theft of important information, insider fraud and the like, from intentional causes: cyber attacks such as unauthorised access, viruses and denial of service, intrusion by outsiders.</translation>
    </message>
    <message>
        <source>第3条(2): leakage, destruction or erasure of information assets from unintentional causes: rule violations such as taking assets out or using unauthorised software, design and development defects, program flaws, operating and setting mistakes, poor maintenance, audit, outsourcing control or management, equipment failure.</source>
        <extracomment>第3条(2) 情報資産の無断持ち出し、無許可ソフトウェアの使用等の規定違反、設計・開発の不備、プログラム上の欠陥、操作・設定ミス、メンテナンスの不備、内部・外部監査機能の不備、委託管理の不備、マネジメントの欠陥、機器故障等の非意図的の要因による情報資産の漏えい・破壊・消去等</extracomment>
        <translation>第3条(2): leakage, destruction or erasure of information assets from unintentional causes: rule violations such as taking assets out or using unauthorised software, design and development defects, program flaws, operating and setting mistakes, poor maintenance, audit, outsourcing control or management, equipment failure.</translation>
    </message>
    <message>
        <source>第3条(3): services and business stopped by disasters such as earthquakes, lightning and fire.</source>
        <extracomment>第3条(3) 地震、落雷、火災等の災害によるサービス及び業務の停止等</extracomment>
        <translation>第3条(3): services and business stopped by disasters such as earthquakes, lightning and fire.</translation>
    </message>
    <message>
        <source>第3条(4): systems that cannot be run for want of staff, from large-scale, widespread illness.</source>
        <extracomment>第3条(4) 大規模・広範囲にわたる疾病による要員不足に伴うシステム運用の機能不全等</extracomment>
        <translation>第3条(4): systems that cannot be run for want of staff, from large-scale, widespread illness.</translation>
    </message>
    <message>
        <source>第3条(5): knock-on effects of infrastructure failures: power, communication or water supply cut off.</source>
        <extracomment>第3条(5) 電力供給の途絶、通信の途絶、水道供給の途絶等のインフラの障害からの波及等</extracomment>
        <translation>第3条(5): knock-on effects of infrastructure failures: power, communication or water supply cut off.</translation>
    </message>
    <message>
        <source>Reduce the risk by taking or changing measures.</source>
        <translation>Reduce the risk by taking or changing measures.</translation>
    </message>
    <message>
        <source>Accept the risk as it is, knowingly.</source>
        <translation>Accept the risk as it is, knowingly.</translation>
    </message>
    <message>
        <source>Remove the risk by stopping or changing what gives rise to it.</source>
        <translation>Remove the risk by stopping or changing what gives rise to it.</translation>
    </message>
    <message>
        <source>Share the risk with another party, e.g. by insurance or a contract.</source>
        <translation>Share the risk with another party, e.g. by insurance or a contract.</translation>
    </message>
    <message>
        <source>Not treated yet.</source>
        <translation>Not treated yet.</translation>
    </message>
    <message>
        <source>Treatment under way.</source>
        <translation>Treatment under way.</translation>
    </message>
    <message>
        <source>Treatment done.</source>
        <translation>Treatment done.</translation>
    </message>
    <message>
        <source>Not acceptable (受容できない).</source>
        <translation>Not acceptable (受容できない).</translation>
    </message>
    <message>
        <source>Acceptable under control (管理下で受容).</source>
        <translation>Acceptable under control (管理下で受容).</translation>
    </message>
    <message>
        <source>Acceptable (受容可能).</source>
        <translation>Acceptable (受容可能).</translation>
    </message>
    <message>
        <source>Confirmed as recorded.</source>
        <translation>Confirmed as recorded.</translation>
    </message>
    <message>
        <source>The record needs correcting.</source>
        <translation>The record needs correcting.</translation>
    </message>
    <message>
        <source>To be disposed of.</source>
        <translation>To be disposed of.</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Number of assets to add.</source>
        <translation>Number of assets to add.</translation>
    </message>
    <message>
        <source>Random seed (same seed, same register).</source>
        <translation>Random seed (same seed, same register).</translation>
    </message>
    <message>
        <source>--assets is required.</source>
        <translation>--assets is required.</translation>
    </message>
    <message>
        <source>Added %1 assets in %2 s.</source>
        <translation>Added %1 assets in %2 s.</translation>
    </message>
    <message>
        <source>Add a realistic synthetic register (tests, demos, benchmarks)</source>
        <translation>Add a realistic synthetic register (tests, demos, benchmarks)</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>The register has no sections (課室) to hold assets; apply a template first.</source>
        <translation>The register has no sections (課室) to hold assets; apply a template first.</translation>
    </message>
    <message>
        <source>The number of assets must not be negative.</source>
        <translation>The number of assets must not be negative.</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Register of information assets</source>
        <translation>Register of information assets</translation>
    </message>
    <message>
        <source>Register to open (default: your own register).</source>
        <translation>Register to open (default: your own register).</translation>
    </message>
    <message>
        <source>Start, open the register and quit: exit status 0 when it opened (for IT sections checking an installation).</source>
        <translation>Start, open the register and quit: exit status 0 when it opened (for IT sections checking an installation).</translation>
    </message>
    <message>
        <source>Started with the register %1.</source>
        <translation>Started with the register %1.</translation>
    </message>
    <message>
        <source>Backed up the register before updating it: %1</source>
        <translation>Backed up the register before updating it: %1</translation>
    </message>
</context>
<context>
    <name>HeatMapPainter</name>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Likelihood of damage</source>
        <translation>Likelihood of damage</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 × %3 %4 = %5 (%6): %Ln risk(s)</source>
        <translation>
            <numerusform>%1 %2 × %3 %4 = %5 (%6): %Ln risk(s)</numerusform>
            <numerusform>%1 %2 × %3 %4 = %5 (%6): %Ln risk(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldingService</name>
    <message>
        <source>Holding: the asset does not exist</source>
        <translation>Holding: the asset does not exist</translation>
    </message>
    <message>
        <source>Holding: you may not see that asset</source>
        <translation>Holding: you may not see that asset</translation>
    </message>
    <message>
        <source>Holding: %1 is information (第2条(3)イ); only systems, devices, media and documents hold other assets</source>
        <translation>Holding: %1 is information (第2条(3)イ); only systems, devices, media and documents hold other assets</translation>
    </message>
    <message>
        <source>Holding: an asset cannot hold itself</source>
        <translation>Holding: an asset cannot hold itself</translation>
    </message>
    <message>
        <source>Holding: %1 already holds %2</source>
        <translation>Holding: %1 already holds %2</translation>
    </message>
    <message>
        <source>Holding: %1 already holds %2, directly or through other assets; a chain of holdings cannot go round in a circle</source>
        <translation>Holding: %1 already holds %2, directly or through other assets; a chain of holdings cannot go round in a circle</translation>
    </message>
    <message>
        <source>The holding %1 does not exist.</source>
        <translation>The holding %1 does not exist.</translation>
    </message>
    <message>
        <source>The asset %1 does not exist.</source>
        <translation>The asset %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation>XLSX: the sheet to read (default: the first).</translation>
    </message>
    <message>
        <source>CSV: the text encoding (default: detected).</source>
        <translation>CSV: the text encoding (default: detected).</translation>
    </message>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation>Check the file and report; write nothing.</translation>
    </message>
    <message>
        <source>Import the valid rows and report the others.</source>
        <translation>Import the valid rows and report the others.</translation>
    </message>
    <message>
        <source>Which file? Give the path of the ledger to import.</source>
        <translation>Which file? Give the path of the ledger to import.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Unknown encoding &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: %n problem(s); the register is unchanged.</source>
        <translation>
            <numerusform>The file was not imported: %n problem(s); the register is unchanged.</numerusform>
            <numerusform>The file was not imported: %n problem(s); the register is unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Done in %1 s.</translation>
    </message>
    <message>
        <source>Import a ledger (.csv, .xlsx): assets are created or updated by 資産ID, all or nothing</source>
        <translation>Import a ledger (.csv, .xlsx): assets are created or updated by 資産ID, all or nothing</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Had the file been imported:</source>
        <translation>Dry run: nothing was written. Had the file been imported:</translation>
    </message>
    <message>
        <source>Rows read: %1; created: %2; updated: %3; unchanged: %4; skipped: %5</source>
        <translation>Rows read: %1; created: %2; updated: %3; unchanged: %4; skipped: %5</translation>
    </message>
    <message>
        <source>Organisation units created: %1</source>
        <translation>Organisation units created: %1</translation>
    </message>
    <message>
        <source>People created: %1</source>
        <translation>People created: %1</translation>
    </message>
    <message>
        <source>Columns kept as extra attributes: %1</source>
        <translation>Columns kept as extra attributes: %1</translation>
    </message>
</context>
<context>
    <name>InheritanceRule</name>
    <message>
        <source>Holders rated at least as high as what they hold</source>
        <translation>Holders rated at least as high as what they hold</translation>
    </message>
    <message>
        <source>%1 %2 below %3 of %4</source>
        <translation>%1 %2 below %3 of %4</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>unrated</translation>
    </message>
    <message>
        <source>%1 is rated below what it holds: %2 (Article 6 (1))</source>
        <translation>%1 is rated below what it holds: %2 (Article 6 (1))</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Organisation template.</source>
        <translation>Organisation template.</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot; (available: %2).</source>
        <translation>Unknown template &quot;%1&quot; (available: %2).</translation>
    </message>
    <message>
        <source>Created the register %1 with %2 organisation units.</source>
        <translation>Created the register %1 with %2 organisation units.</translation>
    </message>
    <message>
        <source>Create a new register (never overwrites an existing file)</source>
        <translation>Create a new register (never overwrites an existing file)</translation>
    </message>
    <message>
        <source>The first administrator&apos;s login (password from DAICHO_PASSWORD, or asked for).</source>
        <translation>The first administrator&apos;s login (password from DAICHO_PASSWORD, or asked for).</translation>
    </message>
    <message>
        <source>The administrator&apos;s name (default: the login).</source>
        <translation>The administrator&apos;s name (default: the login).</translation>
    </message>
    <message>
        <source>--person names the administrator given with --admin.</source>
        <translation>--person names the administrator given with --admin.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Created the administrator %1.</source>
        <translation>Created the administrator %1.</translation>
    </message>
    <message>
        <source>%1 connects to the shared register as the server login %1 with this password.</source>
        <translation>%1 connects to the shared register as the server login %1 with this password.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>unanswered %1</source>
        <translation>unanswered %1</translation>
    </message>
    <message>
        <source>The section, as names from the body down joined by /.</source>
        <translation>The section, as names from the body down joined by /.</translation>
    </message>
    <message>
        <source>The checklist item&apos;s key.</source>
        <translation>The checklist item&apos;s key.</translation>
    </message>
    <message>
        <source>The answer: %1.</source>
        <translation>The answer: %1.</translation>
    </message>
    <message>
        <source>What is not done yet, or a note.</source>
        <translation>What is not done yet, or a note.</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Print JSON for scripts.</translation>
    </message>
    <message>
        <source>Say what to do: %1.</source>
        <translation>Say what to do: %1.</translation>
    </message>
    <message>
        <source>--unit: no unit has the path %1.</source>
        <translation>--unit: no unit has the path %1.</translation>
    </message>
    <message>
        <source>answer needs --unit.</source>
        <translation>answer needs --unit.</translation>
    </message>
    <message>
        <source>--answer must be one of: %1.</source>
        <translation>--answer must be one of: %1.</translation>
    </message>
    <message>
        <source>--item: the checklist has no item %1 (see inspect items).</source>
        <translation>--item: the checklist has no item %1 (see inspect items).</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Answer and sum up the self-inspection (自己点検)</source>
        <translation>Answer and sum up the self-inspection (自己点検)</translation>
    </message>
</context>
<context>
    <name>InspectionAnswerCommand</name>
    <message>
        <source>Answer %1</source>
        <translation>Answer %1</translation>
    </message>
    <message>
        <source>Take Back Answer</source>
        <translation>Take Back Answer</translation>
    </message>
</context>
<context>
    <name>InspectionService</name>
    <message>
        <source>Key: lower-case letters, digits and _ only, starting with a letter</source>
        <translation>Key: lower-case letters, digits and _ only, starting with a letter</translation>
    </message>
    <message>
        <source>Article: name the article of the regulation the item checks, e.g. 第6条(3)</source>
        <translation>Article: name the article of the regulation the item checks, e.g. 第6条(3)</translation>
    </message>
    <message>
        <source>Item (Japanese): must not be empty</source>
        <translation>Item (Japanese): must not be empty</translation>
    </message>
    <message>
        <source>Item: at most %1 characters</source>
        <translation>Item: at most %1 characters</translation>
    </message>
    <message>
        <source>Key: &quot;%1&quot; is already in the checklist</source>
        <translation>Key: &quot;%1&quot; is already in the checklist</translation>
    </message>
    <message>
        <source>The self-inspection item %1 does not exist.</source>
        <translation>The self-inspection item %1 does not exist.</translation>
    </message>
    <message>
        <source>The item was changed by someone else since it was loaded; reload it.</source>
        <translation>The item was changed by someone else since it was loaded; reload it.</translation>
    </message>
    <message>
        <source>Key: an item&apos;s key never changes (answers refer to it)</source>
        <translation>Key: an item&apos;s key never changes (answers refer to it)</translation>
    </message>
    <message>
        <source>The self-inspection item %1 was retired; it is not asked any more.</source>
        <translation>The self-inspection item %1 was retired; it is not asked any more.</translation>
    </message>
    <message>
        <source>Self-inspection is answered per section (課室); %1 is not an active section.</source>
        <translation>Self-inspection is answered per section (課室); %1 is not an active section.</translation>
    </message>
    <message>
        <source>%1 is not yours to inspect.</source>
        <translation>%1 is not yours to inspect.</translation>
    </message>
    <message>
        <source>Comment: say what is not done yet for &quot;%1&quot; (%2)</source>
        <translation>Comment: say what is not done yet for &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Comment: at most %1 characters</source>
        <translation>Comment: at most %1 characters</translation>
    </message>
    <message>
        <source>This section is not yours to see.</source>
        <translation>This section is not yours to see.</translation>
    </message>
</context>
<context>
    <name>LedgerExporter</name>
    <message>
        <source>%1: choose a file ending in .csv or .xlsx.</source>
        <translation>%1: choose a file ending in .csv or .xlsx.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>LedgerImporter</name>
    <message>
        <source>%1: the file type is not known; import reads .csv and .xlsx files.</source>
        <translation>%1: the file type is not known; import reads .csv and .xlsx files.</translation>
    </message>
    <message>
        <source>No header row was found: the file needs a row of column names such as %1.</source>
        <translation>No header row was found: the file needs a row of column names such as %1.</translation>
    </message>
    <message>
        <source>The file has no %1 column; it is what matches rows to assets.</source>
        <translation>The file has no %1 column; it is what matches rows to assets.</translation>
    </message>
    <message>
        <source>names the same field as an earlier column</source>
        <translation>names the same field as an earlier column</translation>
    </message>
    <message>
        <source>「%1」 is already used on line %2 of this file</source>
        <translation>「%1」 is already used on line %2 of this file</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>LedgerRowMapper</name>
    <message>
        <source>has more cells than the header row has columns</source>
        <translation>has more cells than the header row has columns</translation>
    </message>
    <message>
        <source>is not a list of extra attributes written by Daicho (JSON object)</source>
        <translation>is not a list of extra attributes written by Daicho (JSON object)</translation>
    </message>
</context>
<context>
    <name>LedgerValues</name>
    <message>
        <source>「%1」 is not one of: %2</source>
        <translation>「%1」 is not one of: %2</translation>
    </message>
    <message>
        <source>「%1」 is not a level; write a number such as 3, 2 or 1</source>
        <translation>「%1」 is not a level; write a number such as 3, 2 or 1</translation>
    </message>
    <message>
        <source>「%1」 is not a date; write it as 2026-04-01, 2026/4/1 or 令和8年4月1日</source>
        <translation>「%1」 is not a date; write it as 2026-04-01, 2026/4/1 or 令和8年4月1日</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>The register to copy (left as it is).</source>
        <translation>The register to copy (left as it is).</translation>
    </message>
    <message>
        <source>Where the new register goes; it must not exist yet.</source>
        <translation>Where the new register goes; it must not exist yet.</translation>
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation>Give both --from and --to.</translation>
    </message>
    <message>
        <source>The audit trail of %1 does not verify (run verify-audit); nothing was copied.</source>
        <translation>The audit trail of %1 does not verify (run verify-audit); nothing was copied.</translation>
    </message>
    <message>
        <source>Copied %1 rows (%2 assets, %3 audit events) from %4 to %5.</source>
        <translation>Copied %1 rows (%2 assets, %3 audit events) from %4 to %5.</translation>
    </message>
    <message>
        <source>The audit trail of the copy is intact: %1 events checked, %2 records match their last event.</source>
        <translation>The audit trail of the copy is intact: %1 events checked, %2 records match their last event.</translation>
    </message>
    <message>
        <source>Copy a register with its audit trail into a new register (a shared one on PostgreSQL)</source>
        <translation>Copy a register with its audit trail into a new register (a shared one on PostgreSQL)</translation>
    </message>
    <message>
        <source>%1: %2 rows copied</source>
        <translation>%1: %2 rows copied</translation>
    </message>
    <message>
        <source>No server login for %1: %2</source>
        <translation>No server login for %1: %2</translation>
    </message>
    <message>
        <source>Server logins for %1. Each needs a password before connecting as themselves: user passwd LOGIN (as the register&apos;s owner signed in as an administrator).</source>
        <translation>Server logins for %1. Each needs a password before connecting as themselves: user passwd LOGIN (as the register&apos;s owner signed in as an administrator).</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The register %1 was written by a newer version of Daicho (schema version %2; this version knows up to %3). Install the newer version to open it; the file has not been changed.</source>
        <translation>The register %1 was written by a newer version of Daicho (schema version %2; this version knows up to %3). Install the newer version to open it; the file has not been changed.</translation>
    </message>
    <message>
        <source>Updating the register to schema version %1 failed: %2</source>
        <translation>Updating the register to schema version %1 failed: %2</translation>
    </message>
    <message>
        <source>The register %1 needs updating from schema version %2 to %3, which only its owner on the server may do: open it once as the account that created it (for example daicho-cli --db postgresql://OWNER@HOST/DB stats), then connect again. Nothing has been changed.</source>
        <translation>The register %1 needs updating from schema version %2 to %3, which only its owner on the server may do: open it once as the account that created it (for example daicho-cli --db postgresql://OWNER@HOST/DB stats), then connect again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>The register %1 has not been changed: updating it from schema version %2 to %3 keeps a copy of it first, and the copy could not be written. Make room in its folder, or copy the register to a folder you can write to and open that copy. %4</source>
        <translation>The register %1 has not been changed: updating it from schema version %2 to %3 keeps a copy of it first, and the copy could not be written. Make room in its folder, or copy the register to a folder you can write to and open that copy. %4</translation>
    </message>
</context>
<context>
    <name>OrgService</name>
    <message>
        <source>Unit name: is required</source>
        <translation>Unit name: is required</translation>
    </message>
    <message>
        <source>Unit name: at most %1 characters are allowed</source>
        <translation>Unit name: at most %1 characters are allowed</translation>
    </message>
    <message>
        <source>Parent unit: does not exist</source>
        <translation>Parent unit: does not exist</translation>
    </message>
    <message>
        <source>Parent unit: a body (機関) is at the top of the tree and has no parent</source>
        <translation>Parent unit: a body (機関) is at the top of the tree and has no parent</translation>
    </message>
    <message>
        <source>Parent unit: a department (部局) belongs to a body (機関)</source>
        <translation>Parent unit: a department (部局) belongs to a body (機関)</translation>
    </message>
    <message>
        <source>Parent unit: a section (課室) belongs to a department (部局) or a body</source>
        <translation>Parent unit: a section (課室) belongs to a department (部局) or a body</translation>
    </message>
    <message>
        <source>Unit name: &quot;%1&quot; already exists at this place in the tree</source>
        <translation>Unit name: &quot;%1&quot; already exists at this place in the tree</translation>
    </message>
    <message>
        <source>The organisation unit %1 does not exist.</source>
        <translation>The organisation unit %1 does not exist.</translation>
    </message>
    <message>
        <source>A unit keeps its kind; create a new unit instead.</source>
        <translation>A unit keeps its kind; create a new unit instead.</translation>
    </message>
    <message>
        <source>%1 is still in use (units, assets, people or roles refer to it); merge it into another unit instead.</source>
        <translation>%1 is still in use (units, assets, people or roles refer to it); merge it into another unit instead.</translation>
    </message>
    <message>
        <source>Both units of a merge must exist.</source>
        <translation>Both units of a merge must exist.</translation>
    </message>
    <message>
        <source>A unit cannot be merged into itself.</source>
        <translation>A unit cannot be merged into itself.</translation>
    </message>
    <message>
        <source>%1 and %2 are different kinds of unit; only units of the same kind merge.</source>
        <translation>%1 and %2 are different kinds of unit; only units of the same kind merge.</translation>
    </message>
    <message>
        <source>%1 has been retired; merge into a unit in use.</source>
        <translation>%1 has been retired; merge into a unit in use.</translation>
    </message>
    <message>
        <source>Only a unit in use can be split.</source>
        <translation>Only a unit in use can be split.</translation>
    </message>
    <message>
        <source>Choose what moves to the new unit: assets, units under %1 or people.</source>
        <translation>Choose what moves to the new unit: assets, units under %1 or people.</translation>
    </message>
    <message>
        <source>Asset %1 is not held by %2.</source>
        <translation>Asset %1 is not held by %2.</translation>
    </message>
    <message>
        <source>Unit %1 is not under %2.</source>
        <translation>Unit %1 is not under %2.</translation>
    </message>
    <message>
        <source>Person %1 does not work in %2.</source>
        <translation>Person %1 does not work in %2.</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <source>Name: is required</source>
        <translation>Name: is required</translation>
    </message>
    <message>
        <source>Name: at most %1 characters are allowed</source>
        <translation>Name: at most %1 characters are allowed</translation>
    </message>
    <message>
        <source>Unit: does not exist</source>
        <translation>Unit: does not exist</translation>
    </message>
    <message>
        <source>The person %1 does not exist.</source>
        <translation>The person %1 does not exist.</translation>
    </message>
    <message>
        <source>Person: does not exist</source>
        <translation>Person: does not exist</translation>
    </message>
    <message>
        <source>Start date: is required</source>
        <translation>Start date: is required</translation>
    </message>
    <message>
        <source>End date: lies before the start date</source>
        <translation>End date: lies before the start date</translation>
    </message>
    <message>
        <source>%1 covers the whole city and takes no unit or system</source>
        <translation>%1 covers the whole city and takes no unit or system</translation>
    </message>
    <message>
        <source>%1 is assigned to a body or department (部局)</source>
        <translation>%1 is assigned to a body or department (部局)</translation>
    </message>
    <message>
        <source>%1 is assigned to a section (課室)</source>
        <translation>%1 is assigned to a section (課室)</translation>
    </message>
    <message>
        <source>%1 is assigned to an information system (an asset of category ア)</source>
        <translation>%1 is assigned to an information system (an asset of category ア)</translation>
    </message>
    <message>
        <source>There is already a %1 in office; end that assignment first (第5条: one at a time)</source>
        <translation>There is already a %1 in office; end that assignment first (第5条: one at a time)</translation>
    </message>
    <message>
        <source>The role assignment %1 does not exist.</source>
        <translation>The role assignment %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is assigned to a unit, not to an information system</source>
        <translation>%1 is assigned to a unit, not to an information system</translation>
    </message>
    <message>
        <source>%1 is assigned to information systems, not to a unit</source>
        <translation>%1 is assigned to information systems, not to a unit</translation>
    </message>
    <message>
        <source>%1 is named on assets or holds roles; mark the person as no longer active instead.</source>
        <translation>%1 is named on assets or holds roles; mark the person as no longer active instead.</translation>
    </message>
    <message>
        <source>Transfer: choose two different people.</source>
        <translation>Transfer: choose two different people.</translation>
    </message>
    <message>
        <source>Transfer: the successor is not an active person of the register.</source>
        <translation>Transfer: the successor is not an active person of the register.</translation>
    </message>
    <message>
        <source>Transfer: give the day it takes effect.</source>
        <translation>Transfer: give the day it takes effect.</translation>
    </message>
    <message>
        <source>Transfer: a role of the person starts on %1, on or after the transfer</source>
        <translation>Transfer: a role of the person starts on %1, on or after the transfer</translation>
    </message>
    <message>
        <source>The risk %1 does not exist.</source>
        <translation>The risk %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>RegisterBackup</name>
    <message>
        <source>The shared register %1 is kept by its server: back it up with the server&apos;s own tools (for example pg_dump).</source>
        <translation>The shared register %1 is kept by its server: back it up with the server&apos;s own tools (for example pg_dump).</translation>
    </message>
    <message>
        <source>The register %1 cannot be copied while a change to it is in progress.</source>
        <translation>The register %1 cannot be copied while a change to it is in progress.</translation>
    </message>
    <message>
        <source>Cannot copy the register %1 to %2: that file already exists, and a backup never overwrites a file.</source>
        <translation>Cannot copy the register %1 to %2: that file already exists, and a backup never overwrites a file.</translation>
    </message>
    <message>
        <source>Cannot copy the register %1 to %2: %3</source>
        <translation>Cannot copy the register %1 to %2: %3</translation>
    </message>
</context>
<context>
    <name>RegisterChoices</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>no unit</translation>
    </message>
    <message>
        <source>%1 (%2, no. %3)</source>
        <translation>%1 (%2, no. %3)</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
</context>
<context>
    <name>RegisterCopy</name>
    <message>
        <source>The registers are at different schema versions (%1 and %2).</source>
        <translation>The registers are at different schema versions (%1 and %2).</translation>
    </message>
    <message>
        <source>Reading %1 from %2 failed: %3</source>
        <translation>Reading %1 from %2 failed: %3</translation>
    </message>
</context>
<context>
    <name>RegisterRestore</name>
    <message>
        <source>The shared register %1 is kept by its server: restore it with the server&apos;s own tools (for example pg_restore).</source>
        <translation>The shared register %1 is kept by its server: restore it with the server&apos;s own tools (for example pg_restore).</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a register file.</source>
        <translation>%1 is a folder, not a register file.</translation>
    </message>
    <message>
        <source>%1 is the register itself, not a backup of it.</source>
        <translation>%1 is the register itself, not a backup of it.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot open the backup %1: %2</source>
        <translation>Cannot open the backup %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Daicho register: it cannot be read as a database (%2).</source>
        <translation>%1 is not a Daicho register: it cannot be read as a database (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Daicho register.</source>
        <translation>%1 is not a Daicho register.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Daicho (schema version %2; this version knows up to %3). Restore it with that version.</source>
        <translation>The backup %1 was written by a newer version of Daicho (schema version %2; this version knows up to %3). Restore it with that version.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only: %2</source>
        <translation>Cannot make %1 readable by its owner only: %2</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1: %2</source>
        <translation>Cannot copy the backup %1: %2</translation>
    </message>
    <message>
        <source>No backup has been checked for restoring.</source>
        <translation>No backup has been checked for restoring.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of the backup %1 does not verify (%n problem(s)); the register was not replaced.</source>
        <translation>
            <numerusform>The audit trail of the backup %1 does not verify (%n problem(s)); the register was not replaced.</numerusform>
            <numerusform>The audit trail of the backup %1 does not verify (%n problem(s)); the register was not replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot keep a copy of the register %1 before replacing it: %2. Nothing was changed.</source>
        <translation>Cannot keep a copy of the register %1 before replacing it: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot put the backup in the place of the register %1; the register is unchanged, and a copy of it is kept in %2.</source>
        <translation>Cannot put the backup in the place of the register %1; the register is unchanged, and a copy of it is kept in %2.</translation>
    </message>
    <message>
        <source>The register %1 is open in another window or program. Close it there first, then try again; nothing was changed.</source>
        <translation>The register %1 is open in another window or program. Close it there first, then try again; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot check whether the register %1 is in use: %2</source>
        <translation>Cannot check whether the register %1 is in use: %2</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Report on this unit&apos;s subtree (names from the body down joined by /); the whole city without it.</source>
        <translation>Report on this unit&apos;s subtree (names from the body down joined by /); the whole city without it.</translation>
    </message>
    <message>
        <source>Say where to write the report (.xlsx).</source>
        <translation>Say where to write the report (.xlsx).</translation>
    </message>
    <message>
        <source>--scope: no unit has the path %1.</source>
        <translation>--scope: no unit has the path %1.</translation>
    </message>
    <message>
        <source>Report on %1 written to %2 in %3 s.</source>
        <translation>Report on %1 written to %2 in %3 s.</translation>
    </message>
    <message>
        <source>Write the committee report (情報セキュリティ対策委員会)</source>
        <translation>Write the committee report (情報セキュリティ対策委員会)</translation>
    </message>
    <message>
        <source>%1: write the report as .pdf or .xlsx.</source>
        <translation>%1: write the report as .pdf or .xlsx.</translation>
    </message>
    <message>
        <source>PDF reports need the graphics libraries; run daicho-cli itself.</source>
        <translation>PDF reports need the graphics libraries; run daicho-cli itself.</translation>
    </message>
    <message>
        <source>List the changes since this day (YYYY-MM-DD), or since the last report for the scope (last, the default).</source>
        <translation>List the changes since this day (YYYY-MM-DD), or since the last report for the scope (last, the default).</translation>
    </message>
    <message>
        <source>--since: give a day as YYYY-MM-DD, or last.</source>
        <translation>--since: give a day as YYYY-MM-DD, or last.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore even a backup whose audit trail does not verify.</source>
        <translation>Restore even a backup whose audit trail does not verify.</translation>
    </message>
    <message>
        <source>Which backup? Give the path of the file to restore.</source>
        <translation>Which backup? Give the path of the file to restore.</translation>
    </message>
    <message>
        <source>The backup %1 holds %2 assets; its last audit event was at %3.</source>
        <translation>The backup %1 holds %2 assets; its last audit event was at %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of the backup %1 does not verify (%n problem(s)); the register was not replaced. Restore it anyway only if you know why, with --force.</source>
        <translation>
            <numerusform>The audit trail of the backup %1 does not verify (%n problem(s)); the register was not replaced. Restore it anyway only if you know why, with --force.</numerusform>
            <numerusform>The audit trail of the backup %1 does not verify (%n problem(s)); the register was not replaced. Restore it anyway only if you know why, with --force.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring although the audit trail of the backup does not verify (--force).</source>
        <translation>Restoring although the audit trail of the backup does not verify (--force).</translation>
    </message>
    <message>
        <source>Restored the register %1 from %2.</source>
        <translation>Restored the register %1 from %2.</translation>
    </message>
    <message>
        <source>The register as it was is kept in %1</source>
        <translation>The register as it was is kept in %1</translation>
    </message>
    <message>
        <source>Replace the register with a backup whose audit trail verifies, keeping a copy of the register</source>
        <translation>Replace the register with a backup whose audit trail verifies, keeping a copy of the register</translation>
    </message>
    <message>
        <source>The register %1 cannot be read, so no one can sign in to it: restoring over it, with the damaged file kept beside it as it is.</source>
        <translation>The register %1 cannot be read, so no one can sign in to it: restoring over it, with the damaged file kept beside it as it is.</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>The fiscal year (年度), e.g. 2026.</source>
        <translation>The fiscal year (年度), e.g. 2026.</translation>
    </message>
    <message>
        <source>The due date (YYYY-MM-DD).</source>
        <translation>The due date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The outcome: %1.</source>
        <translation>The outcome: %1.</translation>
    </message>
    <message>
        <source>A comment.</source>
        <translation>A comment.</translation>
    </message>
    <message>
        <source>The unit, as names from the body down joined by /.</source>
        <translation>The unit, as names from the body down joined by /.</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Print JSON for scripts.</translation>
    </message>
    <message>
        <source>Say what to do: %1.</source>
        <translation>Say what to do: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Review of fiscal year %1 opened.</source>
        <translation>Review of fiscal year %1 opened.</translation>
    </message>
    <message>
        <source>--outcome must be one of: %1.</source>
        <translation>--outcome must be one of: %1.</translation>
    </message>
    <message>
        <source>%1: no such asset</source>
        <translation>%1: no such asset</translation>
    </message>
    <message>
        <source>--unit: no unit has the path %1.</source>
        <translation>--unit: no unit has the path %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) confirmed.</source>
        <translation>
            <numerusform>%n asset(s) confirmed.</numerusform>
            <numerusform>%n asset(s) confirmed.</numerusform>
        </translation>
    </message>
    <message>
        <source>signed off by %1</source>
        <translation>signed off by %1</translation>
    </message>
    <message>
        <source>Run the yearly review of the register (棚卸し)</source>
        <translation>Run the yearly review of the register (棚卸し)</translation>
    </message>
    <message>
        <source>evidence needs the file to write (.xlsx or .csv).</source>
        <translation>evidence needs the file to write (.xlsx or .csv).</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) written to %1.</source>
        <translation>
            <numerusform>%n review(s) written to %1.</numerusform>
            <numerusform>%n review(s) written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewEvidenceExporter</name>
    <message>
        <source>No review campaign for this fiscal year yet.</source>
        <translation>No review campaign for this fiscal year yet.</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .csv or .xlsx.</source>
        <translation>%1: choose a file ending in .csv or .xlsx.</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>No review campaign is open for this fiscal year; the security office opens one first.</source>
        <translation>No review campaign is open for this fiscal year; the security office opens one first.</translation>
    </message>
    <message>
        <source>Fiscal year %1 is over; open a campaign for this year or a later one.</source>
        <translation>Fiscal year %1 is over; open a campaign for this year or a later one.</translation>
    </message>
    <message>
        <source>Due date: choose a day from today until the end of fiscal year %1 (March 31, %2)</source>
        <translation>Due date: choose a day from today until the end of fiscal year %1 (March 31, %2)</translation>
    </message>
    <message>
        <source>A review campaign for fiscal year %1 is already open.</source>
        <translation>A review campaign for fiscal year %1 is already open.</translation>
    </message>
    <message>
        <source>The asset %1 does not exist.</source>
        <translation>The asset %1 does not exist.</translation>
    </message>
    <message>
        <source>Asset %1 has been disposed of; it is not reviewed any more.</source>
        <translation>Asset %1 has been disposed of; it is not reviewed any more.</translation>
    </message>
    <message>
        <source>Comment: say what needs correcting</source>
        <translation>Comment: say what needs correcting</translation>
    </message>
    <message>
        <source>This section is not yours to review.</source>
        <translation>This section is not yours to review.</translation>
    </message>
    <message>
        <source>Only the %1 of this unit signs its review off.</source>
        <translation>Only the %1 of this unit signs its review off.</translation>
    </message>
    <message>
        <source>This unit holds no assets to review.</source>
        <translation>This unit holds no assets to review.</translation>
    </message>
    <message>
        <source>%1 was already signed off.</source>
        <translation>%1 was already signed off.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n asset(s) not reviewed.</source>
        <translation>
            <numerusform>%1 still has %n asset(s) not reviewed.</numerusform>
            <numerusform>%1 still has %n asset(s) not reviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review campaign for this fiscal year yet.</source>
        <translation>No review campaign for this fiscal year yet.</translation>
    </message>
</context>
<context>
    <name>RiskMethod</name>
    <message>
        <source>Bands: medium must start above 1, high above medium, and high at %1 at most</source>
        <translation>Bands: medium must start above 1, high above medium, and high at %1 at most</translation>
    </message>
</context>
<context>
    <name>RiskScoring</name>
    <message>
        <source>Likelihood of the threat: choose 1, 2 or 3</source>
        <translation>Likelihood of the threat: choose 1, 2 or 3</translation>
    </message>
    <message>
        <source>Vulnerability: choose 1, 2 or 3</source>
        <translation>Vulnerability: choose 1, 2 or 3</translation>
    </message>
    <message>
        <source>Residual risk: give both the threat and the vulnerability after treatment (1-3)</source>
        <translation>Residual risk: give both the threat and the vulnerability after treatment (1-3)</translation>
    </message>
    <message>
        <source>The asset is not rated for confidentiality, integrity and availability yet, so its importance is unknown</source>
        <translation>The asset is not rated for confidentiality, integrity and availability yet, so its importance is unknown</translation>
    </message>
    <message>
        <source>Likelihood: choose 1 to %1</source>
        <translation>Likelihood: choose 1 to %1</translation>
    </message>
    <message>
        <source>Impact: choose 1 to %1</source>
        <translation>Impact: choose 1 to %1</translation>
    </message>
    <message>
        <source>Residual risk: give both the likelihood and the impact after treatment (1-%1)</source>
        <translation>Residual risk: give both the likelihood and the impact after treatment (1-%1)</translation>
    </message>
</context>
<context>
    <name>RiskService</name>
    <message>
        <source>Asset: does not exist</source>
        <translation>Asset: does not exist</translation>
    </message>
    <message>
        <source>Threat: &quot;%1&quot; is not in the catalogue</source>
        <translation>Threat: &quot;%1&quot; is not in the catalogue</translation>
    </message>
    <message>
        <source>This asset already has a risk for that threat; change that one.</source>
        <translation>This asset already has a risk for that threat; change that one.</translation>
    </message>
    <message>
        <source>The risk %1 does not exist.</source>
        <translation>The risk %1 does not exist.</translation>
    </message>
    <message>
        <source>The risk was changed by someone else since it was loaded; reload it.</source>
        <translation>The risk was changed by someone else since it was loaded; reload it.</translation>
    </message>
    <message>
        <source>A risk stays with its asset; record a new one for another asset.</source>
        <translation>A risk stays with its asset; record a new one for another asset.</translation>
    </message>
    <message>
        <source>The threat &quot;%1&quot; has been retired from the catalogue.</source>
        <translation>The threat &quot;%1&quot; has been retired from the catalogue.</translation>
    </message>
    <message>
        <source>Threat: &quot;%1&quot; is not in the catalogue or already recorded for the asset</source>
        <translation>Threat: &quot;%1&quot; is not in the catalogue or already recorded for the asset</translation>
    </message>
    <message>
        <source>A risk stays with its threat; record a new one for another threat.</source>
        <translation>A risk stays with its threat; record a new one for another threat.</translation>
    </message>
</context>
<context>
    <name>RiskSuggester</name>
    <message>
        <source>%1 and confidentiality 2 or higher</source>
        <translation>%1 and confidentiality 2 or higher</translation>
    </message>
    <message>
        <source>%1 and availability 2</source>
        <translation>%1 and availability 2</translation>
    </message>
    <message>
        <source>%1: infection through media and updates</source>
        <translation>%1: infection through media and updates</translation>
    </message>
    <message>
        <source>confidentiality 2 or higher</source>
        <translation>confidentiality 2 or higher</translation>
    </message>
    <message>
        <source>holds personal information</source>
        <translation>holds personal information</translation>
    </message>
    <message>
        <source>integrity 2: mistakes in entry and settings matter</source>
        <translation>integrity 2: mistakes in entry and settings matter</translation>
    </message>
    <message>
        <source>hardware, network or medium (第2条(3)ア)</source>
        <translation>hardware, network or medium (第2条(3)ア)</translation>
    </message>
    <message>
        <source>availability 2: it must keep running</source>
        <translation>availability 2: it must keep running</translation>
    </message>
    <message>
        <source>system document (第2条(3)ウ)</source>
        <translation>system document (第2条(3)ウ)</translation>
    </message>
    <message>
        <source>run by an outside party (%1)</source>
        <translation>run by an outside party (%1)</translation>
    </message>
    <message>
        <source>cloud service needed without interruption</source>
        <translation>cloud service needed without interruption</translation>
    </message>
    <message>
        <source>social media account</source>
        <translation>social media account</translation>
    </message>
    <message>
        <source>availability 2: the work cannot stop</source>
        <translation>availability 2: the work cannot stop</translation>
    </message>
</context>
<context>
    <name>RiskUntreatedRule</name>
    <message>
        <source>High risks treated, and on time</source>
        <translation>High risks treated, and on time</translation>
    </message>
    <message>
        <source>%1: the risk &quot;%2&quot; (value %3, high) has no treatment and plan (Article 8)</source>
        <translation>%1: the risk &quot;%2&quot; (value %3, high) has no treatment and plan (Article 8)</translation>
    </message>
    <message>
        <source>%1: the treatment of the risk &quot;%2&quot; was due on %3 and is not closed (Article 8)</source>
        <translation>%1: the treatment of the risk &quot;%2&quot; was due on %3 and is not closed (Article 8)</translation>
    </message>
</context>
<context>
    <name>RoleCardinalityRule</name>
    <message>
        <source>Roles of Article 5 filled once each</source>
        <translation>Roles of Article 5 filled once each</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n in office, where Article 5 asks for exactly one</source>
        <translation>
            <numerusform>%1: %n in office, where Article 5 asks for exactly one</numerusform>
            <numerusform>%1: %n in office, where Article 5 asks for exactly one</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no %2 in office</source>
        <translation>%1 has no %2 in office</translation>
    </message>
    <message>
        <source>%1 holds assets but has no %2 in office</source>
        <translation>%1 holds assets but has no %2 in office</translation>
    </message>
</context>
<context>
    <name>RoleCommand</name>
    <message>
        <source>The person&apos;s name.</source>
        <translation>The person&apos;s name.</translation>
    </message>
    <message>
        <source>The role: %1.</source>
        <translation>The role: %1.</translation>
    </message>
    <message>
        <source>The unit, as names from the body down joined by /.</source>
        <translation>The unit, as names from the body down joined by /.</translation>
    </message>
    <message>
        <source>The information system, by its 資産ID.</source>
        <translation>The information system, by its 資産ID.</translation>
    </message>
    <message>
        <source>First day in office (default: today).</source>
        <translation>First day in office (default: today).</translation>
    </message>
    <message>
        <source>--role must be one of: %1.</source>
        <translation>--role must be one of: %1.</translation>
    </message>
    <message>
        <source>Nobody in the register is named %1.</source>
        <translation>Nobody in the register is named %1.</translation>
    </message>
    <message>
        <source>%1 people are named %2; tell them apart first.</source>
        <translation>%1 people are named %2; tell them apart first.</translation>
    </message>
    <message>
        <source>--from takes a date such as 2026-04-01.</source>
        <translation>--from takes a date such as 2026-04-01.</translation>
    </message>
    <message>
        <source>No unit has the path %1.</source>
        <translation>No unit has the path %1.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>Who takes over (transfer).</source>
        <translation>Who takes over (transfer).</translation>
    </message>
    <message>
        <source>Say what to do: assign, transfer or list.</source>
        <translation>Say what to do: assign, transfer or list.</translation>
    </message>
    <message>
        <source>Assign, transfer and list the roles of 第5条</source>
        <translation>Assign, transfer and list the roles of 第5条</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes over %n role(s), %2 asset(s) and %3 open risk(s) from %4 on %5.</source>
        <translation>
            <numerusform>%1 takes over %n role(s), %2 asset(s) and %3 open risk(s) from %4 on %5.</numerusform>
            <numerusform>%1 takes over %n role(s), %2 asset(s) and %3 open risk(s) from %4 on %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleRegister</name>
    <message>
        <source>The sample register could not be made: %1</source>
        <translation>The sample register could not be made: %1</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <source>The account that owns the register on the server may not create roles, so its users cannot get server logins. Give it CREATEROLE (ALTER ROLE … CREATEROLE) and add the user again.</source>
        <translation>The account that owns the register on the server may not create roles, so its users cannot get server logins. Give it CREATEROLE (ALTER ROLE … CREATEROLE) and add the user again.</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>%1 is not a register location: write postgresql://user@host:port/database.</source>
        <translation>%1 is not a register location: write postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a connection parameter (such as sslmode or connect_timeout).</source>
        <translation>%1: &quot;%2&quot; is not a connection parameter (such as sslmode or connect_timeout).</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Print JSON for scripts.</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>Assets: %1 (unclassified: %2)</source>
        <translation>Assets: %1 (unclassified: %2)</translation>
    </message>
    <message>
        <source>Organisation units: %1 (bodies: %2)</source>
        <translation>Organisation units: %1 (bodies: %2)</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>People: %1</translation>
    </message>
    <message>
        <source>Audit events: %1</source>
        <translation>Audit events: %1</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>By category:</translation>
    </message>
    <message>
        <source>By network segment:</source>
        <translation>By network segment:</translation>
    </message>
    <message>
        <source>By confidentiality:</source>
        <translation>By confidentiality:</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>Count assets, units and people, by category, segment and level</source>
        <translation>Count assets, units and people, by category, segment and level</translation>
    </message>
</context>
<context>
    <name>TemplateService</name>
    <message>
        <source>The organisation template cannot be read: %1</source>
        <translation>The organisation template cannot be read: %1</translation>
    </message>
    <message>
        <source>The organisation template names no bodies.</source>
        <translation>The organisation template names no bodies.</translation>
    </message>
    <message>
        <source>This register already has an organisation tree; the template was not applied.</source>
        <translation>This register already has an organisation tree; the template was not applied.</translation>
    </message>
</context>
<context>
    <name>ThreatService</name>
    <message>
        <source>Name (Japanese): must not be empty</source>
        <translation>Name (Japanese): must not be empty</translation>
    </message>
    <message>
        <source>Endangers: choose at least one of confidentiality, integrity and availability</source>
        <translation>Endangers: choose at least one of confidentiality, integrity and availability</translation>
    </message>
    <message>
        <source>Key: lower-case letters, digits and _ only, starting with a letter</source>
        <translation>Key: lower-case letters, digits and _ only, starting with a letter</translation>
    </message>
    <message>
        <source>Key: &quot;%1&quot; is already in the catalogue</source>
        <translation>Key: &quot;%1&quot; is already in the catalogue</translation>
    </message>
    <message>
        <source>Name (Japanese): &quot;%1&quot; is already in the catalogue</source>
        <translation>Name (Japanese): &quot;%1&quot; is already in the catalogue</translation>
    </message>
    <message>
        <source>The threat %1 does not exist.</source>
        <translation>The threat %1 does not exist.</translation>
    </message>
    <message>
        <source>The threat was changed by someone else since it was loaded; reload it.</source>
        <translation>The threat was changed by someone else since it was loaded; reload it.</translation>
    </message>
    <message>
        <source>Key: a threat&apos;s key never changes (risks refer to it)</source>
        <translation>Key: a threat&apos;s key never changes (risks refer to it)</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>The person the user is (their name).</source>
        <translation>The person the user is (their name).</translation>
    </message>
    <message>
        <source>An administrator (the security office).</source>
        <translation>An administrator (the security office).</translation>
    </message>
    <message>
        <source>Say what to do: %1.</source>
        <translation>Say what to do: %1.</translation>
    </message>
    <message>
        <source>%1 needs a LOGIN.</source>
        <translation>%1 needs a LOGIN.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Done: %1 %2.</source>
        <translation>Done: %1 %2.</translation>
    </message>
    <message>
        <source>user add needs --person NAME: a user is a person of the register.</source>
        <translation>user add needs --person NAME: a user is a person of the register.</translation>
    </message>
    <message>
        <source>Nobody in the register is named %1.</source>
        <translation>Nobody in the register is named %1.</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Password for the new user %1: </translation>
    </message>
    <message>
        <source>Created the user %1 for %2.</source>
        <translation>Created the user %1 for %2.</translation>
    </message>
    <message>
        <source>Manage the users who sign in to the register</source>
        <translation>Manage the users who sign in to the register</translation>
    </message>
    <message>
        <source>%1 people are named %2; tell them apart first (Edit → People and Roles), then try again.</source>
        <translation>%1 people are named %2; tell them apart first (Edit → People and Roles), then try again.</translation>
    </message>
    <message>
        <source>%1 connects to the shared register as the server login %1 with this password.</source>
        <translation>%1 connects to the shared register as the server login %1 with this password.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Only an administrator (the security office) may manage users.</source>
        <translation>Only an administrator (the security office) may manage users.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>Passwords cannot be handled: no password library is installed.</source>
        <translation>Passwords cannot be handled: no password library is installed.</translation>
    </message>
    <message>
        <source>The first user of a register must be an administrator.</source>
        <translation>The first user of a register must be an administrator.</translation>
    </message>
    <message>
        <source>A login is one word without spaces.</source>
        <translation>A login is one word without spaces.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>The login &quot;%1&quot; is already taken.</translation>
    </message>
    <message>
        <source>A user is a person of the register; person %1 does not exist.</source>
        <translation>A user is a person of the register; person %1 does not exist.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>There is no user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>The login or the password is wrong.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is disabled; ask the security office.</source>
        <translation>The user &quot;%1&quot; is disabled; ask the security office.</translation>
    </message>
    <message>
        <source>Only a shared register signs in with the server login.</source>
        <translation>Only a shared register signs in with the server login.</translation>
    </message>
    <message>
        <source>The server login &quot;%1&quot; is no user of this register.</source>
        <translation>The server login &quot;%1&quot; is no user of this register.</translation>
    </message>
</context>
<context>
    <name>VerifyAuditCommand</name>
    <message>
        <source>The audit trail is intact: %1 events checked, %2 records match their last event.</source>
        <translation>The audit trail is intact: %1 events checked, %2 records match their last event.</translation>
    </message>
    <message numerus="yes">
        <source>The audit check found %n problem(s).</source>
        <translation>
            <numerusform>The audit check found %n problem(s).</numerusform>
            <numerusform>The audit check found %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the audit chain and that every record matches its last audit event</source>
        <translation>Check the audit chain and that every record matches its last audit event</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls) or a password-protected workbook. Save it as an Excel workbook (.xlsx) without a password and try again.</source>
        <translation>%1 is an Excel 97-2003 workbook (.xls) or a password-protected workbook. Save it as an Excel workbook (.xlsx) without a password and try again.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): its zip archive is damaged (zip error %2).</source>
        <translation>%1 is not an Excel workbook (.xlsx): its zip archive is damaged (zip error %2).</translation>
    </message>
    <message>
        <source>Internal error: two parts of a workbook were opened at once.</source>
        <translation>Internal error: two parts of a workbook were opened at once.</translation>
    </message>
    <message>
        <source>The workbook lacks its part %1.</source>
        <translation>The workbook lacks its part %1.</translation>
    </message>
    <message>
        <source>More than %1 relationships.</source>
        <translation>More than %1 relationships.</translation>
    </message>
</context>
<context>
    <name>XlsxPartDevice</name>
    <message>
        <source>The part %1 of the workbook cannot be unpacked (zip error %2).</source>
        <translation>The part %1 of the workbook cannot be unpacked (zip error %2).</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged and cannot be unpacked (zip error %2).</source>
        <translation>The part %1 of the workbook is damaged and cannot be unpacked (zip error %2).</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is larger than %2 MiB when unpacked; it is not read.</source>
        <translation>The part %1 of the workbook is larger than %2 MiB when unpacked; it is not read.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged (line %2: %3).</source>
        <translation>The part %1 of the workbook is damaged (line %2: %3).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is a zip archive without a workbook in it.</source>
        <translation>%1 is not an Excel workbook (.xlsx): it is a zip archive without a workbook in it.</translation>
    </message>
    <message>
        <source>The workbook has more than %1 sheets.</source>
        <translation>The workbook has more than %1 sheets.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>The workbook has no sheets.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”. Its sheets are: %2.</source>
        <translation>The workbook has no sheet named “%1”. Its sheets are: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between sheet names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The sheet “%1” is missing from the workbook file.</source>
        <translation>The sheet “%1” is missing from the workbook file.</translation>
    </message>
    <message>
        <source>The sheet “%1” is not a worksheet (it may be a chart).</source>
        <translation>The sheet “%1” is not a worksheet (it may be a chart).</translation>
    </message>
    <message>
        <source>The sheet “%1” cannot be read: %2</source>
        <translation>The sheet “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>Row %1 has a cell at “%2”, which is no cell Excel can have.</source>
        <translation>Row %1 has a cell at “%2”, which is no cell Excel can have.</translation>
    </message>
    <message>
        <source>Row %1 refers to shared string %2, which the workbook does not have.</source>
        <translation>Row %1 refers to shared string %2, which the workbook does not have.</translation>
    </message>
</context>
<context>
    <name>XlsxSharedStrings</name>
    <message>
        <source>The workbook has more than %1 shared strings.</source>
        <translation>The workbook has more than %1 shared strings.</translation>
    </message>
    <message>
        <source>The shared strings of the workbook exceed %1 characters.</source>
        <translation>The shared strings of the workbook exceed %1 characters.</translation>
    </message>
    <message>
        <source>A text is longer than %1 characters.</source>
        <translation>A text is longer than %1 characters.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>The banner is %1 characters long; a page header holds at most %2.</source>
        <translation>The banner is %1 characters long; a page header holds at most %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the workbook %1.</source>
        <translation>Cannot start the workbook %1.</translation>
    </message>
    <message>
        <source>The workbook is already finished.</source>
        <translation>The workbook is already finished.</translation>
    </message>
    <message>
        <source>A sheet needs a name.</source>
        <translation>A sheet needs a name.</translation>
    </message>
    <message>
        <source>The sheet “%1” has %2 columns; Excel allows %3.</source>
        <translation>The sheet “%1” has %2 columns; Excel allows %3.</translation>
    </message>
    <message>
        <source>Cannot add the sheet “%1”</source>
        <translation>Cannot add the sheet “%1”</translation>
    </message>
    <message>
        <source>Cannot write the header of sheet “%1”</source>
        <translation>Cannot write the header of sheet “%1”</translation>
    </message>
    <message>
        <source>Cannot set the page header of sheet “%1”</source>
        <translation>Cannot set the page header of sheet “%1”</translation>
    </message>
    <message>
        <source>No sheet has been started to write rows to.</source>
        <translation>No sheet has been started to write rows to.</translation>
    </message>
    <message>
        <source>The sheet “%1” is full: Excel allows %2 rows.</source>
        <translation>The sheet “%1” is full: Excel allows %2 rows.</translation>
    </message>
    <message>
        <source>Row %1 of sheet “%2” has %3 cells; Excel allows %4 columns.</source>
        <translation>Row %1 of sheet “%2” has %3 cells; Excel allows %4 columns.</translation>
    </message>
    <message>
        <source>Row %1, column %2 of sheet “%3”: a cell holds at most %4 characters.</source>
        <translation>Row %1, column %2 of sheet “%3”: a cell holds at most %4 characters.</translation>
    </message>
    <message>
        <source>Cannot write row %1 of sheet “%2”</source>
        <translation>Cannot write row %1 of sheet “%2”</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Cannot add the filter to sheet “%1”</source>
        <translation>Cannot add the filter to sheet “%1”</translation>
    </message>
    <message>
        <source>Cannot add the list of choices to column %1 of sheet “%2”</source>
        <translation>Cannot add the list of choices to column %1 of sheet “%2”</translation>
    </message>
    <message>
        <source>Cannot add the sheet of choices</source>
        <translation>Cannot add the sheet of choices</translation>
    </message>
    <message>
        <source>The lists of choices have more than %1 entries.</source>
        <translation>The lists of choices have more than %1 entries.</translation>
    </message>
    <message>
        <source>Cannot write the list of choices</source>
        <translation>Cannot write the list of choices</translation>
    </message>
    <message>
        <source>The sheet name “%1” is too long: Excel allows at most 31 characters.</source>
        <translation>The sheet name “%1” is too long: Excel allows at most 31 characters.</translation>
    </message>
    <message>
        <source>The sheet name “%1” contains a character Excel does not allow there: [ ] : * ? / \</source>
        <translation>The sheet name “%1” contains a character Excel does not allow there: [ ] : * ? / \</translation>
    </message>
    <message>
        <source>The sheet name “%1” may not begin or end with an apostrophe.</source>
        <translation>The sheet name “%1” may not begin or end with an apostrophe.</translation>
    </message>
    <message>
        <source>The workbook already has a sheet named “%1”.</source>
        <translation>The workbook already has a sheet named “%1”.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed: libxlsxwriter&apos;s reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>XlsxXml</name>
    <message>
        <source>The XML is nested more than %1 levels deep.</source>
        <translation>The XML is nested more than %1 levels deep.</translation>
    </message>
    <message>
        <source>The XML contains a document type declaration, which XLSX files never have.</source>
        <translation>The XML contains a document type declaration, which XLSX files never have.</translation>
    </message>
    <message>
        <source>A text is longer than %1 characters.</source>
        <translation>A text is longer than %1 characters.</translation>
    </message>
</context>
<context>
    <name>daicho::AboutDialog</name>
    <message>
        <source>About Daicho</source>
        <translation>About Daicho</translation>
    </message>
    <message>
        <source>Daicho %1</source>
        <translation>Daicho %1</translation>
    </message>
    <message>
        <source>Register of information assets (情報資産管理台帳)</source>
        <translation>Register of information assets (情報資産管理台帳)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>Application framework. Modules: Core, Gui, Widgets, Sql (with its SQLite and PostgreSQL drivers), PrintSupport; OpenGL and OpenGLWidgets, which Charts needs; Core5Compat, which QuaZip needs.</source>
        <translation>Application framework. Modules: Core, Gui, Widgets, Sql (with its SQLite and PostgreSQL drivers), PrintSupport; OpenGL and OpenGLWidgets, which Charts needs; Core5Compat, which QuaZip needs.</translation>
    </message>
    <message>
        <source>LGPL-3.0 (or GPL-2.0 / GPL-3.0)</source>
        <translation>LGPL-3.0 (or GPL-2.0 / GPL-3.0)</translation>
    </message>
    <message>
        <source>The dashboard&apos;s charts.</source>
        <translation>The dashboard&apos;s charts.</translation>
    </message>
    <message>
        <source>GPL-3.0 (the open-source edition of Qt Charts is offered under the GPL only, not the LGPL)</source>
        <translation>GPL-3.0 (the open-source edition of Qt Charts is offered under the GPL only, not the LGPL)</translation>
    </message>
    <message>
        <source>The register file and its search index.</source>
        <translation>The register file and its search index.</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Public domain</translation>
    </message>
    <message>
        <source>Password hashing (argon2id).</source>
        <translation>Password hashing (argon2id).</translation>
    </message>
    <message>
        <source>Writing Excel workbooks (ledgers, reports, review evidence).</source>
        <translation>Writing Excel workbooks (ledgers, reports, review evidence).</translation>
    </message>
    <message>
        <source>Reading Excel workbooks (an .xlsx file is a zip archive).</source>
        <translation>Reading Excel workbooks (an .xlsx file is a zip archive).</translation>
    </message>
    <message>
        <source>LGPL-2.1 or later, with a static linking exception</source>
        <translation>LGPL-2.1 or later, with a static linking exception</translation>
    </message>
    <message>
        <source>Compression, used by QuaZip and by libxlsxwriter (through minizip, under the same licence).</source>
        <translation>Compression, used by QuaZip and by libxlsxwriter (through minizip, under the same licence).</translation>
    </message>
    <message>
        <source>zlib licence</source>
        <translation>zlib licence</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client library, loaded by Qt&apos;s PostgreSQL driver for a shared register only.</source>
        <translation>PostgreSQL&apos;s client library, loaded by Qt&apos;s PostgreSQL driver for a shared register only.</translation>
    </message>
    <message>
        <source>PostgreSQL licence</source>
        <translation>PostgreSQL licence</translation>
    </message>
    <message>
        <source>Japanese text on screen, as the system&apos;s font settings choose it.</source>
        <translation>Japanese text on screen, as the system&apos;s font settings choose it.</translation>
    </message>
    <message>
        <source>SIL Open Font License 1.1</source>
        <translation>SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>Embedded in committee report PDFs when installed (else Noto Sans CJK is).</source>
        <translation>Embedded in committee report PDFs when installed (else Noto Sans CJK is).</translation>
    </message>
    <message>
        <source>IPA Font License 1.0</source>
        <translation>IPA Font License 1.0</translation>
    </message>
    <message>
        <source>Daicho keeps a city hall&apos;s register of information assets (情報資産管理台帳) under the information-security regulation of Noshiro City (能代市情報セキュリティ対策に関する規程): assets rated for 機密性, 完全性 and 可用性, their owners and the roles of Article 5, the risks of Article 8, the yearly review (棚卸し) and self-inspection (自己点検), and reports for the 情報セキュリティ対策委員会. Every change is written to an audit trail chained by hashes.</source>
        <translation>Daicho keeps a city hall&apos;s register of information assets (情報資産管理台帳) under the information-security regulation of Noshiro City (能代市情報セキュリティ対策に関する規程): assets rated for 機密性, 完全性 and 可用性, their owners and the roles of Article 5, the risks of Article 8, the yearly review (棚卸し) and self-inspection (自己点検), and reports for the 情報セキュリティ対策委員会. Every change is written to an audit trail chained by hashes.</translation>
    </message>
    <message>
        <source>Daicho never reaches the network: no update check, no web fonts, no telemetry, no help pages online. Only a shared register connects, to the PostgreSQL server it is given.</source>
        <translation>Daicho never reaches the network: no update check, no web fonts, no telemetry, no help pages online. Only a shared register connects, to the PostgreSQL server it is given.</translation>
    </message>
    <message>
        <source>Running on Qt %1; built with Qt %2.</source>
        <translation>Running on Qt %1; built with Qt %2.</translation>
    </message>
    <message>
        <source>Your own register: %1</source>
        <translation>Your own register: %1</translation>
    </message>
    <message>
        <source>The user guide is under Help → User Guide (F1).</source>
        <translation>The user guide is under Help → User Guide (F1).</translation>
    </message>
    <message>
        <source>Daicho is built from the following free software, at the versions shown (those found when this copy was built). On Debian, the full licence text of each is installed with its package, at the path given.</source>
        <translation>Daicho is built from the following free software, at the versions shown (those found when this copy was built). On Debian, the full licence text of each is installed with its package, at the path given.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>From the system</source>
        <translation>From the system</translation>
    </message>
    <message>
        <source>The libraries these depend on in turn (for Qt, among others ICU, FreeType and HarfBuzz; for QuaZip, bzip2) come with the system too, each with its licence text in the same place.</source>
        <translation>The libraries these depend on in turn (for Qt, among others ICU, FreeType and HarfBuzz; for QuaZip, bzip2) come with the system too, each with its licence text in the same place.</translation>
    </message>
</context>
<context>
    <name>daicho::AdministratorForm</name>
    <message>
        <source>Give the administrator&apos;s name and a login.</source>
        <translation>Give the administrator&apos;s name and a login.</translation>
    </message>
    <message>
        <source>A login is one word without spaces.</source>
        <translation>A login is one word without spaces.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
</context>
<context>
    <name>daicho::AdministratorPage</name>
    <message>
        <source>The First Administrator</source>
        <translation>The First Administrator</translation>
    </message>
    <message>
        <source>The account of the security office (情報セキュリティ担当部署), who then adds the other users.</source>
        <translation>The account of the security office (情報セキュリティ担当部署), who then adds the other users.</translation>
    </message>
    <message>
        <source>A register describes where the city&apos;s most sensitive information is. From now on it is used signed in, and the audit trail names who made each change.</source>
        <translation>A register describes where the city&apos;s most sensitive information is. From now on it is used signed in, and the audit trail names who made each change.</translation>
    </message>
    <message>
        <source>Use the register without accounts (only for trying out; nobody signs in)</source>
        <translation>Use the register without accounts (only for trying out; nobody signs in)</translation>
    </message>
</context>
<context>
    <name>daicho::Argon2Hasher</name>
    <message>
        <source>The password library could not start.</source>
        <translation>The password library could not start.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password; close other programs and try again.</source>
        <translation>Not enough memory to hash the password; close other programs and try again.</translation>
    </message>
</context>
<context>
    <name>daicho::AssetCommands</name>
    <message>
        <source>Create %1</source>
        <translation>Create %1</translation>
    </message>
    <message>
        <source>Dispose of %1</source>
        <translation>Dispose of %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>daicho::AssetEditor</name>
    <message>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Classification and handling</source>
        <translation>Classification and handling</translation>
    </message>
    <message>
        <source>Apply the proposal</source>
        <translation>Apply the proposal</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Included</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Not included</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>In place</translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation>Not in place</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <source>Record Disposal…</source>
        <translation>Record Disposal…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Disposed of on %1 by %2; confirmed by %3.</source>
        <translation>Disposed of on %1 by %2; confirmed by %3.</translation>
    </message>
    <message>
        <source>In use.</source>
        <translation>In use.</translation>
    </message>
    <message>
        <source>%1 — disposed of; the record is read-only</source>
        <translation>%1 — disposed of; the record is read-only</translation>
    </message>
    <message>
        <source>%1 — version %2, last changed %3</source>
        <translation>%1 — version %2, last changed %3</translation>
    </message>
    <message>
        <source>New asset</source>
        <translation>New asset</translation>
    </message>
    <message>
        <source>Select an asset in the table, or create one with Edit → New Asset.</source>
        <translation>Select an asset in the table, or create one with Edit → New Asset.</translation>
    </message>
    <message>
        <source>Follows once 機密性, 完全性 and 可用性 are all rated.</source>
        <translation>Follows once 機密性, 完全性 and 可用性 are all rated.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (from %2)</translation>
    </message>
    <message>
        <source>None for this rating.</source>
        <translation>None for this rating.</translation>
    </message>
    <message>
        <source>「%1」 is not in the register</source>
        <translation>「%1」 is not in the register</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the asset (Ctrl+S)</source>
        <translation>Save the asset (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cannot save yet:
%1</source>
        <translation>Cannot save yet:
%1</translation>
    </message>
    <message>
        <source>%1 — 機密性3: its location and notes are shown only to those who look after it</source>
        <translation>%1 — 機密性3: its location and notes are shown only to those who look after it</translation>
    </message>
    <message>
        <source>%1 — outside what you look after; read-only</source>
        <translation>%1 — outside what you look after; read-only</translation>
    </message>
    <message>
        <source>Tick the proposed restrictions as well</source>
        <translation>Tick the proposed restrictions as well</translation>
    </message>
    <message>
        <source>Record that the asset was disposed of (%1, %2, %3); it then stays in the register, read-only.</source>
        <translation>Record that the asset was disposed of (%1, %2, %3); it then stays in the register, read-only.</translation>
    </message>
</context>
<context>
    <name>daicho::AssetRepository</name>
    <message>
        <source>Asset %1 was changed by someone else meanwhile; nothing was saved. Reload it and apply the change again.</source>
        <translation>Asset %1 was changed by someone else meanwhile; nothing was saved. Reload it and apply the change again.</translation>
    </message>
</context>
<context>
    <name>daicho::AssetRisksPanel</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Suggest…</source>
        <translation>Suggest…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Risks of the asset</source>
        <translation>Risks of the asset</translation>
    </message>
    <message>
        <source>Propose the threats usual for this asset&apos;s category, segment and rating</source>
        <translation>Propose the threats usual for this asset&apos;s category, segment and rating</translation>
    </message>
    <message>
        <source>Risks (Article 8)</source>
        <translation>Risks (Article 8)</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Holdings</translation>
    </message>
    <message>
        <source>An Asset It Holds…</source>
        <translation>An Asset It Holds…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>ID of the asset %1 holds:</source>
        <translation>ID of the asset %1 holds:</translation>
    </message>
    <message>
        <source>An Asset Holding It…</source>
        <translation>An Asset Holding It…</translation>
    </message>
    <message>
        <source>ID of the asset that holds %1:</source>
        <translation>ID of the asset that holds %1:</translation>
    </message>
    <message>
        <source>Holdings and effective rating</source>
        <translation>Holdings and effective rating</translation>
    </message>
    <message>
        <source>Choose an asset in the register to see its risks and holdings.</source>
        <translation>Choose an asset in the register to see its risks and holdings.</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation>Holds: %1</translation>
    </message>
    <message>
        <source>Held by: %1</source>
        <translation>Held by: %1</translation>
    </message>
    <message>
        <source>Effective rating: %1</source>
        <translation>Effective rating: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (own: %3) from %4 %5, %n link(s) down</source>
        <translation>
            <numerusform>%1 %2 (own: %3) from %4 %5, %n link(s) down</numerusform>
            <numerusform>%1 %2 (own: %3) from %4 %5, %n link(s) down</numerusform>
        </translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>unrated</translation>
    </message>
    <message>
        <source>Rated below what it holds: raise its rating to the effective one.</source>
        <translation>Rated below what it holds: raise its rating to the effective one.</translation>
    </message>
    <message>
        <source>You may not change this asset.</source>
        <translation>You may not change this asset.</translation>
    </message>
    <message>
        <source>Record risk of %1</source>
        <translation>Record risk of %1</translation>
    </message>
    <message numerus="yes">
        <source>Record %n suggested risk(s) of %1</source>
        <translation>
            <numerusform>Record %n suggested risk(s) of %1</numerusform>
            <numerusform>Record %n suggested risk(s) of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Change risk of %1</source>
        <translation>Change risk of %1</translation>
    </message>
    <message>
        <source>Remove risk of %1</source>
        <translation>Remove risk of %1</translation>
    </message>
    <message>
        <source>No asset has the ID &quot;%1&quot;.</source>
        <translation>No asset has the ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Link %1 and %2</source>
        <translation>Link %1 and %2</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Unlink %1</translation>
    </message>
</context>
<context>
    <name>daicho::AssetTableModel</name>
    <message>
        <source>unclassified</source>
        <translation>unclassified</translation>
    </message>
    <message>
        <source>C/I/A</source>
        <translation>C/I/A</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>daicho::BackupActions</name>
    <message>
        <source>&amp;Back Up Register…</source>
        <translation>&amp;Back Up Register…</translation>
    </message>
    <message>
        <source>Write a checked copy of the register to a file of your choice</source>
        <translation>Write a checked copy of the register to a file of your choice</translation>
    </message>
    <message>
        <source>Res&amp;tore Register…</source>
        <translation>Res&amp;tore Register…</translation>
    </message>
    <message>
        <source>Replace the register with a backup, keeping a copy of it as it is</source>
        <translation>Replace the register with a backup, keeping a copy of it as it is</translation>
    </message>
    <message>
        <source>Back Up Register</source>
        <translation>Back Up Register</translation>
    </message>
    <message>
        <source>Daicho registers (*.sqlite *.db);;All files (*)</source>
        <translation>Daicho registers (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot back up the register</source>
        <translation>Cannot back up the register</translation>
    </message>
    <message>
        <source>The backup %1 was written, but its audit trail does not verify; the register itself needs checking (daicho-cli verify-audit).</source>
        <translation>The backup %1 was written, but its audit trail does not verify; the register itself needs checking (daicho-cli verify-audit).</translation>
    </message>
    <message>
        <source>The backup %1 was written but cannot be checked: %2</source>
        <translation>The backup %1 was written but cannot be checked: %2</translation>
    </message>
    <message>
        <source>Backed up the register to %1 (%2); its audit trail verifies.</source>
        <translation>Backed up the register to %1 (%2); its audit trail verifies.</translation>
    </message>
    <message>
        <source>Restore Register</source>
        <translation>Restore Register</translation>
    </message>
    <message>
        <source>Cannot restore the register</source>
        <translation>Cannot restore the register</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Replace the register %1 with the backup %2?</source>
        <translation>Replace the register %1 with the backup %2?</translation>
    </message>
    <message>
        <source>Its audit trail verifies.</source>
        <translation>Its audit trail verifies.</translation>
    </message>
    <message numerus="yes">
        <source>Its audit trail does NOT verify (%n problem(s)).</source>
        <translation>
            <numerusform>Its audit trail does NOT verify (%n problem(s)).</numerusform>
            <numerusform>Its audit trail does NOT verify (%n problem(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup holds %1 assets; its last audit event was at %2.</source>
        <translation>The backup holds %1 assets; its last audit event was at %2.</translation>
    </message>
    <message>
        <source>The register as it is now is first copied beside itself (a file named …before-restore-…), then closed, replaced and opened again.</source>
        <translation>The register as it is now is first copied beside itself (a file named …before-restore-…), then closed, replaced and opened again.</translation>
    </message>
    <message>
        <source>The audit trail of this backup does not verify: its records may have been changed outside Daicho. Restore it anyway?</source>
        <translation>The audit trail of this backup does not verify: its records may have been changed outside Daicho. Restore it anyway?</translation>
    </message>
    <message>
        <source>First problem: %1

Restore a backup that does not verify only when the security office knows why, and record the decision.</source>
        <translation>First problem: %1

Restore a backup that does not verify only when the security office knows why, and record the decision.</translation>
    </message>
    <message>
        <source>Restored the register from %1; the register as it was is kept in %2.</source>
        <translation>Restored the register from %1; the register as it was is kept in %2.</translation>
    </message>
    <message>
        <source>The automatic backup of the register failed: %1</source>
        <translation>The automatic backup of the register failed: %1</translation>
    </message>
    <message>
        <source>An automatic backup of the register was written to %1.</source>
        <translation>An automatic backup of the register was written to %1.</translation>
    </message>
    <message>
        <source>The damaged register is kept beside itself as it is (a file named …damaged-…), then replaced and opened.</source>
        <translation>The damaged register is kept beside itself as it is (a file named …damaged-…), then replaced and opened.</translation>
    </message>
</context>
<context>
    <name>daicho::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n Asset(s)</source>
        <translation>
            <numerusform>Edit %n Asset(s)</numerusform>
            <numerusform>Edit %n Asset(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick the fields to set on all %n selected asset(s); the others stay as they are. The change is one step to undo.</source>
        <translation>
            <numerusform>Tick the fields to set on all %n selected asset(s); the others stay as they are. The change is one step to undo.</numerusform>
            <numerusform>Tick the fields to set on all %n selected asset(s); the others stay as they are. The change is one step to undo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Add to %1</translation>
    </message>
</context>
<context>
    <name>daicho::ColumnMappingModel</name>
    <message>
        <source>(kept as an extra attribute)</source>
        <translation>(kept as an extra attribute)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>First row</translation>
    </message>
</context>
<context>
    <name>daicho::CommitteeReportDialog</name>
    <message>
        <source>Committee Report</source>
        <translation>Committee Report</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Save as &amp;Excel…</translation>
    </message>
    <message>
        <source>P&amp;rint Preview…</source>
        <translation>P&amp;rint Preview…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>The report for the 情報セキュリティ対策委員会: summary, risk heat maps, top risks, holdings per department, compliance findings and the year&apos;s review, marked 機密性2 on every page.</source>
        <translation>The report for the 情報セキュリティ対策委員会: summary, risk heat maps, top risks, holdings per department, compliance findings and the year&apos;s review, marked 機密性2 on every page.</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Counting the register…</source>
        <translation>Counting the register…</translation>
    </message>
    <message>
        <source>Drawing the report…</source>
        <translation>Drawing the report…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Written to %1 in %2 s.</source>
        <translation>Written to %1 in %2 s.</translation>
    </message>
    <message>
        <source>Save Committee Report</source>
        <translation>Save Committee Report</translation>
    </message>
    <message>
        <source>Committee Report — Print Preview</source>
        <translation>Committee Report — Print Preview</translation>
    </message>
    <message>
        <source>Since the last report for this scope</source>
        <translation>Since the last report for this scope</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Changes:</translation>
    </message>
</context>
<context>
    <name>daicho::ConnectDialog</name>
    <message>
        <source>Connect to Shared Register</source>
        <translation>Connect to Shared Register</translation>
    </message>
    <message>
        <source>Empty: from PGPASSWORD or the password file</source>
        <translation>Empty: from PGPASSWORD or the password file</translation>
    </message>
    <message>
        <source>The PostgreSQL server of the city&apos;s shared register, as the IT section gives it.</source>
        <translation>The PostgreSQL server of the city&apos;s shared register, as the IT section gives it.</translation>
    </message>
    <message>
        <source>Required, server certificate verified (verify-full)</source>
        <translation>Required, server certificate verified (verify-full)</translation>
    </message>
    <message>
        <source>Required, certificate authority verified (verify-ca)</source>
        <translation>Required, certificate authority verified (verify-ca)</translation>
    </message>
    <message>
        <source>Required, not verified (require)</source>
        <translation>Required, not verified (require)</translation>
    </message>
    <message>
        <source>If the server offers it (prefer)</source>
        <translation>If the server offers it (prefer)</translation>
    </message>
    <message>
        <source>Off: closed network only (disable)</source>
        <translation>Off: closed network only (disable)</translation>
    </message>
    <message>
        <source>Encryption of the connection (TLS). Outside a closed network, verify the server.</source>
        <translation>Encryption of the connection (TLS). Outside a closed network, verify the server.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Everything but the password is remembered on this PC.</source>
        <translation>Everything but the password is remembered on this PC.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Give the server, the database and the user.</source>
        <translation>Give the server, the database and the user.</translation>
    </message>
</context>
<context>
    <name>daicho::DashboardPanel</name>
    <message>
        <source>Top 10 risks</source>
        <translation>Top 10 risks</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top 10 risks&lt;/b&gt; (double-click to open the asset)</source>
        <translation>&lt;b&gt;Top 10 risks&lt;/b&gt; (double-click to open the asset)</translation>
    </message>
    <message>
        <source>Assets by category (Article 2 (3))</source>
        <translation>Assets by category (Article 2 (3))</translation>
    </message>
    <message>
        <source>Assets by network segment</source>
        <translation>Assets by network segment</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Unrated</translation>
    </message>
    <message>
        <source>Assets by confidentiality</source>
        <translation>Assets by confidentiality</translation>
    </message>
    <message>
        <source>Assets by importance</source>
        <translation>Assets by importance</translation>
    </message>
    <message>
        <source>Risks by band</source>
        <translation>Risks by band</translation>
    </message>
    <message>
        <source>Risks by threat group (Article 3)</source>
        <translation>Risks by threat group (Article 3)</translation>
    </message>
    <message>
        <source>Risks per department (top 10)</source>
        <translation>Risks per department (top 10)</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
</context>
<context>
    <name>daicho::DisposalDialog</name>
    <message>
        <source>Record Disposal of %1</source>
        <translation>Record Disposal of %1</translation>
    </message>
    <message>
        <source>Physical destruction</source>
        <translation>Physical destruction</translation>
    </message>
    <message>
        <source>Data erasure software</source>
        <translation>Data erasure software</translation>
    </message>
    <message>
        <source>Degaussing</source>
        <translation>Degaussing</translation>
    </message>
    <message>
        <source>Shredding</source>
        <translation>Shredding</translation>
    </message>
    <message>
        <source>Dissolution</source>
        <translation>Dissolution</translation>
    </message>
    <message>
        <source>After disposal the asset stays in the register, read-only.</source>
        <translation>After disposal the asset stays in the register, read-only.</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>Disposed on</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmed by</translation>
    </message>
</context>
<context>
    <name>daicho::FieldChoiceDelegate</name>
    <message>
        <source>(kept as an extra attribute)</source>
        <translation>(kept as an extra attribute)</translation>
    </message>
</context>
<context>
    <name>daicho::FilterBar</name>
    <message>
        <source>Search ID, name, notes, people…</source>
        <translation>Search ID, name, notes, people…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>All segments</translation>
    </message>
    <message>
        <source>Any confidentiality</source>
        <translation>Any confidentiality</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>All provision</source>
        <translation>All provision</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any integrity</source>
        <translation>Any integrity</translation>
    </message>
    <message>
        <source>Any availability</source>
        <translation>Any availability</translation>
    </message>
    <message>
        <source>Any personal data</source>
        <translation>Any personal data</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>With %1</translation>
    </message>
    <message>
        <source>No personal data</source>
        <translation>No personal data</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>Any importance</translation>
    </message>
    <message>
        <source>Importance %1</source>
        <translation>Importance %1</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>Any review</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Any findings</source>
        <translation>Any findings</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>With findings</translation>
    </message>
</context>
<context>
    <name>daicho::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation>Asset ID</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
</context>
<context>
    <name>daicho::FindingsPanel</name>
    <message>
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Check Again</translation>
    </message>
    <message>
        <source>Check the register against the regulation&apos;s rules now</source>
        <translation>Check the register against the regulation&apos;s rules now</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>%1 findings: %2 errors, %3 warnings</source>
        <translation>%1 findings: %2 errors, %3 warnings</translation>
    </message>
</context>
<context>
    <name>daicho::FirstAdminDialog</name>
    <message>
        <source>First Administrator</source>
        <translation>First Administrator</translation>
    </message>
    <message>
        <source>Create and Sign In</source>
        <translation>Create and Sign In</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>A register describes where the city&apos;s most sensitive information is. Create the account of the security office (情報セキュリティ担当部署): from then on the register is used signed in, and the audit trail names who made each change. Skip to use it without accounts.</source>
        <translation>A register describes where the city&apos;s most sensitive information is. Create the account of the security office (情報セキュリティ担当部署): from then on the register is used signed in, and the audit trail names who made each change. Skip to use it without accounts.</translation>
    </message>
</context>
<context>
    <name>daicho::HelpBrowser</name>
    <message>
        <source>Daicho User Guide</source>
        <translation>Daicho User Guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>daicho::ImportCheckPage</name>
    <message>
        <source>Import only the valid rows; leave out the rows listed</source>
        <translation>Import only the valid rows; leave out the rows listed</translation>
    </message>
    <message>
        <source>Check Before Importing</source>
        <translation>Check Before Importing</translation>
    </message>
    <message>
        <source>%1 could not be checked.</source>
        <translation>%1 could not be checked.</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n):</source>
        <translation>
            <numerusform>Problems (%n):</numerusform>
            <numerusform>Problems (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported. Nothing has been written yet.</source>
        <translation>%1 can be imported. Nothing has been written yet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s). Nothing has been written. Correct the file and check it again, or import only the valid rows.</source>
        <translation>
            <numerusform>%1 has %n problem(s). Nothing has been written. Correct the file and check it again, or import only the valid rows.</numerusform>
            <numerusform>%1 has %n problem(s). Nothing has been written. Correct the file and check it again, or import only the valid rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::ImportFilePage</name>
    <message>
        <source>Choose a Ledger</source>
        <translation>Choose a Ledger</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or Shift_JIS, as Excel writes them) or an Excel workbook (.xlsx). You can also drop the file on the main window.</source>
        <translation>A CSV file (UTF-8 or Shift_JIS, as Excel writes them) or an Excel workbook (.xlsx). You can also drop the file on the main window.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Import Ledger</source>
        <translation>Import Ledger</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv);;All files (*)</source>
        <translation>Ledgers (*.xlsx *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>daicho::ImportPreviewPage</name>
    <message>
        <source>Check How the File Is Read</source>
        <translation>Check How the File Is Read</translation>
    </message>
    <message>
        <source>The first rows of the file and the field each column is imported into. Change a field by double-clicking it; columns with no field are kept with each asset, never dropped.</source>
        <translation>The first rows of the file and the field each column is imported into. Change a field by double-clicking it; columns with no field are kept with each asset, never dropped.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Header on row %1.</source>
        <translation>Header on row %1.</translation>
    </message>
    <message>
        <source>Read as %1; header on line %2.</source>
        <translation>Read as %1; header on line %2.</translation>
    </message>
    <message>
        <source>No column is imported as %1, which matches rows to assets. Choose the column that holds it.</source>
        <translation>No column is imported as %1, which matches rows to assets. Choose the column that holds it.</translation>
    </message>
</context>
<context>
    <name>daicho::ImportWizard</name>
    <message>
        <source>Import Ledger</source>
        <translation>Import Ledger</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%L1 rows read…</source>
        <translation>%L1 rows read…</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Cannot import %1</translation>
    </message>
    <message>
        <source>The file changed since it was checked; nothing was imported.</source>
        <translation>The file changed since it was checked; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>daicho::InspectionChecklistModel</name>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Answered by</translation>
    </message>
</context>
<context>
    <name>daicho::InspectionPanel</name>
    <message>
        <source>Take Back Answer</source>
        <translation>Take Back Answer</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Answer the selected items:</source>
        <translation>Answer the selected items:</translation>
    </message>
    <message>
        <source>You will be asked what is not done yet</source>
        <translation>You will be asked what is not done yet</translation>
    </message>
    <message>
        <source>Self-inspection checklist</source>
        <translation>Self-inspection checklist</translation>
    </message>
    <message>
        <source>Self-inspection per department</source>
        <translation>Self-inspection per department</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Section:</translation>
    </message>
    <message>
        <source>Per department and for the city</source>
        <translation>Per department and for the city</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-inspection of fiscal year %1&lt;/b&gt; (第7条): each section answers every item once a year</source>
        <translation>&lt;b&gt;Self-inspection of fiscal year %1&lt;/b&gt; (第7条): each section answers every item once a year</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>%1 of %2 items answered</translation>
    </message>
    <message>
        <source>You answer for no section.</source>
        <translation>You answer for no section.</translation>
    </message>
    <message numerus="yes">
        <source>What is not done yet (%n item(s)):</source>
        <translation>
            <numerusform>What is not done yet (%n item(s)):</numerusform>
            <numerusform>What is not done yet (%n item(s)):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answer %n Item(s) %1</source>
        <translation>
            <numerusform>Answer %n Item(s) %1</numerusform>
            <numerusform>Answer %n Item(s) %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take Back %n Answer(s)</source>
        <translation>
            <numerusform>Take Back %n Answer(s)</numerusform>
            <numerusform>Take Back %n Answer(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daicho::InspectionSummaryModel</name>
    <message>
        <source>Whole city</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Implementation rate</source>
        <translation>Implementation rate</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerPage</name>
    <message>
        <source>Finish makes the register %1 and opens it. An imported ledger is checked first: you see every problem with its line and column before anything is written.</source>
        <translation>Finish makes the register %1 and opens it. An imported ledger is checked first: you see every problem with its line and column before anything is written.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 is not a file that can be read.</translation>
    </message>
    <message>
        <source>Existing Ledger</source>
        <translation>Existing Ledger</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv);;All files (*)</source>
        <translation>Ledgers (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>An Existing Ledger</source>
        <translation>An Existing Ledger</translation>
    </message>
    <message>
        <source>If the city keeps its register in Excel or CSV today, bring it in now; it can also be done later with File → Import Ledger.</source>
        <translation>If the city keeps its register in Excel or CSV today, bring it in now; it can also be done later with File → Import Ledger.</translation>
    </message>
    <message>
        <source>Columns are matched by their Japanese or English headings (資産ID, 名称, 分類, 機密性, 完全性, 可用性, …); sections and people named in the ledger are added to the register.</source>
        <translation>Columns are matched by their Japanese or English headings (資産ID, 名称, 分類, 機密性, 完全性, 可用性, …); sections and people named in the ledger are added to the register.</translation>
    </message>
    <message>
        <source>&amp;Import this ledger into the new register:</source>
        <translation>&amp;Import this ledger into the new register:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>daicho::LedgerTransfer</name>
    <message>
        <source>Import Ledger</source>
        <translation>Import Ledger</translation>
    </message>
    <message>
        <source>Export Ledger</source>
        <translation>Export Ledger</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the ledger</source>
        <translation>Cannot export the ledger</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n asset(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n asset(s) to %1.</numerusform>
            <numerusform>Wrote %n asset(s) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %L1 assets…</source>
        <translation>Exporting %L1 assets…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Packing the workbook…</source>
        <translation>Packing the workbook…</translation>
    </message>
</context>
<context>
    <name>daicho::MainWindow</name>
    <message>
        <source>Daicho — Register of Information Assets</source>
        <translation>Daicho — Register of Information Assets</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Register…</source>
        <translation>&amp;Open Register…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Daicho</source>
        <translation>&amp;About Daicho</translation>
    </message>
    <message>
        <source>No register open</source>
        <translation>No register open</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset(s)</numerusform>
            <numerusform>%n asset(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Register</source>
        <translation>Open Register</translation>
    </message>
    <message>
        <source>Daicho registers (*.sqlite *.db);;All files (*)</source>
        <translation>Daicho registers (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>Cannot open the register</translation>
    </message>
    <message>
        <source>&amp;Import Ledger…</source>
        <translation>&amp;Import Ledger…</translation>
    </message>
    <message>
        <source>&amp;Export Ledger…</source>
        <translation>&amp;Export Ledger…</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Showing: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>More than %L1 assets; showing the first %L1</source>
        <translation>More than %L1 assets; showing the first %L1</translation>
    </message>
    <message>
        <source>「%1」</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;New Asset</source>
        <translation>&amp;New Asset</translation>
    </message>
    <message>
        <source>&amp;Save Asset</source>
        <translation>&amp;Save Asset</translation>
    </message>
    <message>
        <source>Edit &amp;Selected Assets…</source>
        <translation>Edit &amp;Selected Assets…</translation>
    </message>
    <message>
        <source>Record &amp;Disposal…</source>
        <translation>Record &amp;Disposal…</translation>
    </message>
    <message>
        <source>&amp;Delete Asset…</source>
        <translation>&amp;Delete Asset…</translation>
    </message>
    <message>
        <source>the new asset</source>
        <translation>the new asset</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Save the changes to %1?</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Cannot Save</translation>
    </message>
    <message>
        <source>%1 cannot be saved yet:
%2</source>
        <translation>%1 cannot be saved yet:
%2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>The change was not made</translation>
    </message>
    <message>
        <source>Too Many Assets</source>
        <translation>Too Many Assets</translation>
    </message>
    <message>
        <source>%L1 assets are selected; a bulk edit changes at most %L2. Narrow the selection with the search and filters, or change them through Export and Import.</source>
        <translation>%L1 assets are selected; a bulk edit changes at most %L2. Narrow the selection with the search and filters, or change them through Export and Import.</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n asset(s)</source>
        <translation>
            <numerusform>Edit %n asset(s)</numerusform>
            <numerusform>Edit %n asset(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %L1 assets can be deleted at once.</source>
        <translation>At most %L1 assets can be deleted at once.</translation>
    </message>
    <message>
        <source>Delete Assets</source>
        <translation>Delete Assets</translation>
    </message>
    <message>
        <source>Delete %1 from the register? Deleting is for entries made by mistake: an asset that is no longer used is disposed of (廃棄) instead, and stays on record. Undo brings it back.</source>
        <translation>Delete %1 from the register? Deleting is for entries made by mistake: an asset that is no longer used is disposed of (廃棄) instead, and stays on record. Undo brings it back.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>New &amp;Register…</source>
        <translation>New &amp;Register…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>New Register</source>
        <translation>New Register</translation>
    </message>
    <message>
        <source>Daicho registers (*.sqlite)</source>
        <translation>Daicho registers (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the register</source>
        <translation>Cannot create the register</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File → Open Register.</source>
        <translation>%1 already exists. Choose a new file name, or open it with File → Open Register.</translation>
    </message>
    <message>
        <source>No recent registers</source>
        <translation>No recent registers</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Daicho.
次回の起動から新しい言語で表示します。</source>
        <translation>The new language is used from the next start of Daicho.
次回の起動から新しい言語で表示します。</translation>
    </message>
    <message>
        <source>Add Department…</source>
        <translation>Add Department…</translation>
    </message>
    <message>
        <source>Add Section…</source>
        <translation>Add Section…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Name of the new %1 under %2:</source>
        <translation>Name of the new %1 under %2:</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Move %1 under:</source>
        <translation>Move %1 under:</translation>
    </message>
    <message>
        <source>Move %1 under %2</source>
        <translation>Move %1 under %2</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Merge %1</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>Merge %1 into:</translation>
    </message>
    <message numerus="yes">
        <source>%1 is merged into %2: its %n asset(s), the units under it and the people who work in it move to %2, and %1 is retired (kept in the audit trail, no longer shown). Undo takes the merge back.</source>
        <translation>
            <numerusform>%1 is merged into %2: its %n asset(s), the units under it and the people who work in it move to %2, and %1 is retired (kept in the audit trail, no longer shown). Undo takes the merge back.</numerusform>
            <numerusform>%1 is merged into %2: its %n asset(s), the units under it and the people who work in it move to %2, and %1 is retired (kept in the audit trail, no longer shown). Undo takes the merge back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Merge %1 into %2</translation>
    </message>
    <message>
        <source>&amp;People and Roles…</source>
        <translation>&amp;People and Roles…</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>S&amp;witch User…</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>You look after no section, so no new asset can be yours.</source>
        <translation>You look after no section, so no new asset can be yours.</translation>
    </message>
    <message>
        <source>Changing the organisation is not yours</source>
        <translation>Changing the organisation is not yours</translation>
    </message>
    <message>
        <source>Lock &amp;After…</source>
        <translation>Lock &amp;After…</translation>
    </message>
    <message>
        <source>Lock After</source>
        <translation>Lock After</translation>
    </message>
    <message>
        <source>Minutes without use before the window locks:</source>
        <translation>Minutes without use before the window locks:</translation>
    </message>
    <message>
        <source>You look after no assets: you may read the register, not change it.</source>
        <translation>You look after no assets: you may read the register, not change it.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Risks and Holdings</source>
        <translation>Risks and Holdings</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Risk &amp;Heat Maps</source>
        <translation>Risk &amp;Heat Maps</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Risk Heat Maps</source>
        <translation>Risk Heat Maps</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Risk Analysis Settings…</source>
        <translation>&amp;Risk Analysis Settings…</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;view</translation>
    </message>
    <message>
        <source>Re&amp;view Selected Assets</source>
        <translation>Re&amp;view Selected Assets</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Needs Correction</source>
        <translation>Needs Correction</translation>
    </message>
    <message>
        <source>What needs correcting:</source>
        <translation>What needs correcting:</translation>
    </message>
    <message>
        <source>&amp;Self-Inspection</source>
        <translation>&amp;Self-Inspection</translation>
    </message>
    <message>
        <source>Self-Inspection</source>
        <translation>Self-Inspection</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Split…</translation>
    </message>
    <message>
        <source>Split %1 off %2</source>
        <translation>Split %1 off %2</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>Re&amp;port</translation>
    </message>
    <message>
        <source>&amp;Committee Report…</source>
        <translation>&amp;Committee Report…</translation>
    </message>
    <message>
        <source>Connect to &amp;Shared Register…</source>
        <translation>Connect to &amp;Shared Register…</translation>
    </message>
    <message>
        <source>Cannot connect to the shared register</source>
        <translation>Cannot connect to the shared register</translation>
    </message>
    <message>
        <source>Open S&amp;ample Register</source>
        <translation>Open S&amp;ample Register</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>Cannot open the sample register</source>
        <translation>Cannot open the sample register</translation>
    </message>
    <message numerus="yes">
        <source>The sample register was made with %n asset(s) to try things out; your own register is under File → Open Recent.</source>
        <translation>
            <numerusform>The sample register was made with %n asset(s) to try things out; your own register is under File → Open Recent.</numerusform>
            <numerusform>The sample register was made with %n asset(s) to try things out; your own register is under File → Open Recent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample register, as you left it; your own register is under File → Open Recent.</source>
        <translation>The sample register, as you left it; your own register is under File → Open Recent.</translation>
    </message>
    <message>
        <source>The register was updated for this version of Daicho; a copy of it as it was is kept in %1</source>
        <translation>The register was updated for this version of Daicho; a copy of it as it was is kept in %1</translation>
    </message>
    <message>
        <source>Add Body…</source>
        <translation>Add Body…</translation>
    </message>
    <message>
        <source>Name of the new %1:</source>
        <translation>Name of the new %1:</translation>
    </message>
    <message>
        <source>Restore from a Backup…</source>
        <translation>Restore from a Backup…</translation>
    </message>
</context>
<context>
    <name>daicho::OrgCommands</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>daicho::OrgTreeModel</name>
    <message>
        <source>All bodies</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>The whole register</source>
        <translation>The whole register</translation>
    </message>
</context>
<context>
    <name>daicho::PeopleCommands</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>daicho::PeopleDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Assign Role…</source>
        <translation>&amp;Assign Role…</translation>
    </message>
    <message>
        <source>E&amp;nd Role…</source>
        <translation>E&amp;nd Role…</translation>
    </message>
    <message>
        <source>People and Roles</source>
        <translation>People and Roles</translation>
    </message>
    <message>
        <source>Search names, units and roles…</source>
        <translation>Search names, units and roles…</translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation>&amp;New Person…</translation>
    </message>
    <message>
        <source>Roles in office (第5条):</source>
        <translation>Roles in office (第5条):</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>Assign %1 to %2</translation>
    </message>
    <message>
        <source>End Role</source>
        <translation>End Role</translation>
    </message>
    <message>
        <source>Last day of %1 (yyyy-mm-dd):</source>
        <translation>Last day of %1 (yyyy-mm-dd):</translation>
    </message>
    <message>
        <source>End %1</source>
        <translation>End %1</translation>
    </message>
    <message>
        <source>&amp;Transfer (人事異動)…</source>
        <translation>&amp;Transfer (人事異動)…</translation>
    </message>
    <message>
        <source>Show &amp;past roles</source>
        <translation>Show &amp;past roles</translation>
    </message>
    <message>
        <source>A successor takes over this person&apos;s roles, the assets naming them and the open risks they own, from a given day; one step to undo</source>
        <translation>A successor takes over this person&apos;s roles, the assets naming them and the open risks they own, from a given day; one step to undo</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Transfer %1 → %2</source>
        <translation>Transfer %1 → %2</translation>
    </message>
    <message>
        <source>Shows only the people whose name, unit or role contains the text.</source>
        <translation>Shows only the people whose name, unit or role contains the text.</translation>
    </message>
</context>
<context>
    <name>daicho::PeopleTableModel</name>
    <message>
        <source>Whole city</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Works in</source>
        <translation>Works in</translation>
    </message>
    <message>
        <source>Roles (第5条)</source>
        <translation>Roles (第5条)</translation>
    </message>
</context>
<context>
    <name>daicho::PersonDialog</name>
    <message>
        <source>Part-time appointment (会計年度任用職員)</source>
        <translation>Part-time appointment (会計年度任用職員)</translation>
    </message>
    <message>
        <source>In office</source>
        <translation>In office</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>New Person</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Reading (kana):</source>
        <translation>&amp;Reading (kana):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Works in:</source>
        <translation>&amp;Works in:</translation>
    </message>
</context>
<context>
    <name>daicho::Problem</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>daicho::Query</name>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
</context>
<context>
    <name>daicho::RegisterPlacePage</name>
    <message>
        <source>%1 already exists, and a register is never overwritten. Choose another file, or go back to open the existing one.</source>
        <translation>%1 already exists, and a register is never overwritten. Choose another file, or go back to open the existing one.</translation>
    </message>
    <message>
        <source>New Register</source>
        <translation>New Register</translation>
    </message>
    <message>
        <source>Daicho registers (*.sqlite)</source>
        <translation>Daicho registers (*.sqlite)</translation>
    </message>
    <message>
        <source>The New Register</source>
        <translation>The New Register</translation>
    </message>
    <message>
        <source>One file holds the whole register with its audit trail. Keep it where it is backed up and only the security office can read it.</source>
        <translation>One file holds the whole register with its audit trail. Keep it where it is backed up and only the security office can read it.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>The Noshiro City organisation (the nine bodies of 第3条の2 with their departments and sections)</source>
        <translation>The Noshiro City organisation (the nine bodies of 第3条の2 with their departments and sections)</translation>
    </message>
    <message>
        <source>An empty tree: I add the bodies, departments and sections myself</source>
        <translation>An empty tree: I add the bodies, departments and sections myself</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>e.g. 能代市</source>
        <translation>e.g. 能代市</translation>
    </message>
</context>
<context>
    <name>daicho::RegisterRestore</name>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Cannot copy %1 to %2: %3</translation>
    </message>
</context>
<context>
    <name>daicho::ReviewPanel</name>
    <message>
        <source>Open Campaign…</source>
        <translation>Open Campaign…</translation>
    </message>
    <message>
        <source>Confirm a Section…</source>
        <translation>Confirm a Section…</translation>
    </message>
    <message>
        <source>Sign Off Department…</source>
        <translation>Sign Off Department…</translation>
    </message>
    <message>
        <source>After looking through a section&apos;s holdings, mark every one not reviewed yet as %1</source>
        <translation>After looking through a section&apos;s holdings, mark every one not reviewed yet as %1</translation>
    </message>
    <message>
        <source>Review progress per department</source>
        <translation>Review progress per department</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review of fiscal year %1&lt;/b&gt;, due %2: %3 of %4 assets reviewed</source>
        <translation>&lt;b&gt;Review of fiscal year %1&lt;/b&gt;, due %2: %3 of %4 assets reviewed</translation>
    </message>
    <message>
        <source>No review campaign for this fiscal year yet.</source>
        <translation>No review campaign for this fiscal year yet.</translation>
    </message>
    <message>
        <source>Open Review Campaign</source>
        <translation>Open Review Campaign</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Confirm a Section</source>
        <translation>Confirm a Section</translation>
    </message>
    <message>
        <source>Section whose holdings you have looked through (those not reviewed yet become %1):</source>
        <translation>Section whose holdings you have looked through (those not reviewed yet become %1):</translation>
    </message>
    <message>
        <source>Choose the department to sign off in the list.</source>
        <translation>Choose the department to sign off in the list.</translation>
    </message>
    <message>
        <source>Sign Off Department</source>
        <translation>Sign Off Department</translation>
    </message>
    <message>
        <source>Comment on the review of %1 (optional):</source>
        <translation>Comment on the review of %1 (optional):</translation>
    </message>
    <message>
        <source>Export Evidence…</source>
        <translation>Export Evidence…</translation>
    </message>
    <message>
        <source>List the assets you look after that are not reviewed yet in the register</source>
        <translation>List the assets you look after that are not reviewed yet in the register</translation>
    </message>
    <message>
        <source>Write the year&apos;s reviews and sign-offs for the committee (.xlsx or .csv)</source>
        <translation>Write the year&apos;s reviews and sign-offs for the committee (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>Export Review Evidence</source>
        <translation>Export Review Evidence</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sections with assets left to review</source>
        <translation>Sections with assets left to review</translation>
    </message>
    <message>
        <source>Every section has reviewed all its assets.</source>
        <translation>Every section has reviewed all its assets.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#b02020&quot;&gt;&lt;b&gt;Overdue since %1:&lt;/b&gt;&lt;/span&gt; %n section(s) still have assets not reviewed (double-click one to list them)</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b02020&quot;&gt;&lt;b&gt;Overdue since %1:&lt;/b&gt;&lt;/span&gt; %n section(s) still have assets not reviewed (double-click one to list them)</numerusform>
            <numerusform>&lt;span style=&quot;color:#b02020&quot;&gt;&lt;b&gt;Overdue since %1:&lt;/b&gt;&lt;/span&gt; %n section(s) still have assets not reviewed (double-click one to list them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Left to review&lt;/b&gt; by %1: %n section(s) (double-click one to list its assets)</source>
        <translation>
            <numerusform>&lt;b&gt;Left to review&lt;/b&gt; by %1: %n section(s) (double-click one to list its assets)</numerusform>
            <numerusform>&lt;b&gt;Left to review&lt;/b&gt; by %1: %n section(s) (double-click one to list its assets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show What Is Left to Review</source>
        <translation>Show What Is Left to Review</translation>
    </message>
</context>
<context>
    <name>daicho::ReviewProgressModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
</context>
<context>
    <name>daicho::RiskDialog</name>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Assess the risk after treatment</source>
        <translation>Assess the risk after treatment</translation>
    </message>
    <message>
        <source>New Risk of %1</source>
        <translation>New Risk of %1</translation>
    </message>
    <message>
        <source>Risk of %1</source>
        <translation>Risk of %1</translation>
    </message>
    <message>
        <source>Assessment (%1)</source>
        <translation>Assessment (%1)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>%1 (the highest of %2)</source>
        <translation>%1 (the highest of %2)</translation>
    </message>
    <message>
        <source>unknown: the asset is not fully rated (%1)</source>
        <translation>unknown: the asset is not fully rated (%1)</translation>
    </message>
    <message>
        <source>Likelihood of the threat</source>
        <translation>Likelihood of the threat</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>Risk value</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Likelihood of the threat after treatment</source>
        <translation>Likelihood of the threat after treatment</translation>
    </message>
    <message>
        <source>Likelihood after treatment</source>
        <translation>Likelihood after treatment</translation>
    </message>
    <message>
        <source>Vulnerability after treatment</source>
        <translation>Vulnerability after treatment</translation>
    </message>
    <message>
        <source>Impact after treatment</source>
        <translation>Impact after treatment</translation>
    </message>
    <message>
        <source>Residual risk value</source>
        <translation>Residual risk value</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
</context>
<context>
    <name>daicho::RiskListModel</name>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>Risk value</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Residual value</translation>
    </message>
</context>
<context>
    <name>daicho::RiskMapPanel</name>
    <message>
        <source>All segments</source>
        <translation>All segments</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All threat groups</source>
        <translation>All threat groups</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>All bands</translation>
    </message>
    <message>
        <source>Click a cell of a heat map to list its risks.</source>
        <translation>Click a cell of a heat map to list its risks.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Threat group</source>
        <translation>Threat group</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Save Image…</source>
        <translation>Save Image…</translation>
    </message>
    <message>
        <source>Save both heat maps as a PNG image for a report</source>
        <translation>Save both heat maps as a PNG image for a report</translation>
    </message>
    <message>
        <source>Risks of the cell</source>
        <translation>Risks of the cell</translation>
    </message>
    <message>
        <source>Inherent risk (%1)</source>
        <translation>Inherent risk (%1)</translation>
    </message>
    <message>
        <source>Residual risk after treatment (%1)</source>
        <translation>Residual risk after treatment (%1)</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Method: %1</translation>
    </message>
    <message>
        <source>Residual: %1</source>
        <translation>Residual: %1</translation>
    </message>
    <message>
        <source>Inherent: %1</source>
        <translation>Inherent: %1</translation>
    </message>
    <message>
        <source>Save Heat Maps</source>
        <translation>Save Heat Maps</translation>
    </message>
    <message>
        <source>heat-maps.png</source>
        <translation>heat-maps.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>daicho::RiskSettingsDialog</name>
    <message>
        <source>Risk Analysis Settings</source>
        <translation>Risk Analysis Settings</translation>
    </message>
    <message>
        <source>Method (Article 8)</source>
        <translation>Method (Article 8)</translation>
    </message>
    <message>
        <source>High (大) from the value</source>
        <translation>High (大) from the value</translation>
    </message>
    <message>
        <source>Medium (中) from the value</source>
        <translation>Medium (中) from the value</translation>
    </message>
    <message>
        <source>Risks already scored keep the method and bands they were scored under until they are next changed.</source>
        <translation>Risks already scored keep the method and bands they were scored under until they are next changed.</translation>
    </message>
    <message>
        <source>Add Threat…</source>
        <translation>Add Threat…</translation>
    </message>
    <message>
        <source>Threat catalogue (Article 3)</source>
        <translation>Threat catalogue (Article 3)</translation>
    </message>
    <message>
        <source>Only the security office changes how risk is analysed; you may read the settings.</source>
        <translation>Only the security office changes how risk is analysed; you may read the settings.</translation>
    </message>
    <message>
        <source>Add Threat</source>
        <translation>Add Threat</translation>
    </message>
    <message>
        <source>Name of the threat (Japanese):</source>
        <translation>Name of the threat (Japanese):</translation>
    </message>
</context>
<context>
    <name>daicho::RiskSuggestDialog</name>
    <message>
        <source>Suggested Risks for %1</source>
        <translation>Suggested Risks for %1</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>Risk value</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>No further threats are usual for this asset; add one by hand if it faces another.</source>
        <translation>No further threats are usual for this asset; add one by hand if it faces another.</translation>
    </message>
    <message>
        <source>Threats usual for an asset of this category, segment, provision and rating that it has no risk for yet. Tick those to record; change their figures afterwards if they differ.</source>
        <translation>Threats usual for an asset of this category, segment, provision and rating that it has no risk for yet. Tick those to record; change their figures afterwards if they differ.</translation>
    </message>
    <message>
        <source>Record Ticked Risks</source>
        <translation>Record Ticked Risks</translation>
    </message>
</context>
<context>
    <name>daicho::RoleDialog</name>
    <message>
        <source>Assign a Role to %1</source>
        <translation>Assign a Role to %1</translation>
    </message>
    <message>
        <source>資産ID of the information system</source>
        <translation>資産ID of the information system</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Covers the whole city; one person holds it at a time.</source>
        <translation>Covers the whole city; one person holds it at a time.</translation>
    </message>
    <message>
        <source>Covers the whole city.</source>
        <translation>Covers the whole city.</translation>
    </message>
    <message>
        <source>Given over a body or a department (部局).</source>
        <translation>Given over a body or a department (部局).</translation>
    </message>
    <message>
        <source>Given over a section (課室).</source>
        <translation>Given over a section (課室).</translation>
    </message>
    <message>
        <source>Given over an information system (an asset of category ア), named by its 資産ID.</source>
        <translation>Given over an information system (an asset of category ア), named by its 資産ID.</translation>
    </message>
</context>
<context>
    <name>daicho::Savepoint</name>
    <message>
        <source>Internal error: a savepoint needs a transaction.</source>
        <translation>Internal error: a savepoint needs a transaction.</translation>
    </message>
</context>
<context>
    <name>daicho::SectionsLeftModel</name>
    <message>
        <source>Double-click to list what is left in %1</source>
        <translation>Double-click to list what is left in %1</translation>
    </message>
    <message>
        <source>(none appointed)</source>
        <translation>(none appointed)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Security manager</source>
        <translation>Security manager</translation>
    </message>
</context>
<context>
    <name>daicho::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <source>The register %1 is used signed in: the audit trail names who made each change.</source>
        <translation>The register %1 is used signed in: the audit trail names who made each change.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>daicho::SplitUnitDialog</name>
    <message>
        <source>Split %1</source>
        <translation>Split %1</translation>
    </message>
    <message>
        <source>e.g. 文書法制課</source>
        <translation>e.g. 文書法制課</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Find by 資産ID or name…</source>
        <translation>Find by 資産ID or name…</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Units under %1</source>
        <translation>Units under %1</translation>
    </message>
    <message>
        <source>People working in %1</source>
        <translation>People working in %1</translation>
    </message>
    <message>
        <source>&amp;New unit&apos;s name:</source>
        <translation>&amp;New unit&apos;s name:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <source>A new %1 is made beside %2 (under the same parent); what you tick below moves there. Undo puts everything back.</source>
        <translation>A new %1 is made beside %2 (under the same parent); what you tick below moves there. Undo puts everything back.</translation>
    </message>
</context>
<context>
    <name>daicho::StartPage</name>
    <message>
        <source>Welcome to Daicho</source>
        <translation>Welcome to Daicho</translation>
    </message>
    <message>
        <source>The register of information assets (情報資産管理台帳) of the city&apos;s information-security regulation.</source>
        <translation>The register of information assets (情報資産管理台帳) of the city&apos;s information-security regulation.</translation>
    </message>
    <message>
        <source>Daicho keeps the city&apos;s information assets — hardware, networks and media, information and data, system documents — with their ratings for confidentiality, integrity and availability, their owners and their risks. It works entirely on this computer or on the city&apos;s own server, and never reaches the internet.</source>
        <translation>Daicho keeps the city&apos;s information assets — hardware, networks and media, information and data, system documents — with their ratings for confidentiality, integrity and availability, their owners and their risks. It works entirely on this computer or on the city&apos;s own server, and never reaches the internet.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Start with:</source>
        <translation>Start with:</translation>
    </message>
    <message>
        <source>A new register for the city (recommended)</source>
        <translation>A new register for the city (recommended)</translation>
    </message>
    <message numerus="yes">
        <source>The sample register, with %n realistic asset(s), to try Daicho out</source>
        <translation>
            <numerusform>The sample register, with %n realistic asset(s), to try Daicho out</numerusform>
            <numerusform>The sample register, with %n realistic asset(s), to try Daicho out</numerusform>
        </translation>
    </message>
    <message>
        <source>A register I already have (a file, or the city&apos;s shared register)</source>
        <translation>A register I already have (a file, or the city&apos;s shared register)</translation>
    </message>
</context>
<context>
    <name>daicho::ThreatTableModel</name>
    <message>
        <source>Threat (Japanese)</source>
        <translation>Threat (Japanese)</translation>
    </message>
    <message>
        <source>Threat (English)</source>
        <translation>Threat (English)</translation>
    </message>
    <message>
        <source>Group (Article 3)</source>
        <translation>Group (Article 3)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
</context>
<context>
    <name>daicho::Transaction</name>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation>A step of this change failed, so none of it was saved.</translation>
    </message>
</context>
<context>
    <name>daicho::TransferDialog</name>
    <message>
        <source>Transfer (人事異動) of %1</source>
        <translation>Transfer (人事異動) of %1</translation>
    </message>
    <message>
        <source>The successor takes over %1 role(s), %2 asset(s) naming %3 and %4 open risk(s) they own. %3&apos;s roles end the day before; the history is kept.</source>
        <translation>The successor takes over %1 role(s), %2 asset(s) naming %3 and %4 open risk(s) they own. %3&apos;s roles end the day before; the history is kept.</translation>
    </message>
    <message>
        <source>&amp;Successor:</source>
        <translation>&amp;Successor:</translation>
    </message>
    <message>
        <source>&amp;Takes effect on:</source>
        <translation>&amp;Takes effect on:</translation>
    </message>
</context>
<context>
    <name>daicho::WelcomeWizard</name>
    <message>
        <source>Cannot create the register</source>
        <translation>Cannot create the register</translation>
    </message>
    <message>
        <source>Welcome to Daicho</source>
        <translation>Welcome to Daicho</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
