<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
        <source>"%1" is already used by another asset</source>
        <translation>"%1" is already used by another asset</translation>
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
        <source>"%1" is not a known classification scheme</source>
        <translation>"%1" is not a known classification scheme</translation>
    </message>
    <message>
        <source>"%1" is not a level of this scheme (allowed: %2)</source>
        <translation>"%1" is not a level of this scheme (allowed: %2)</translation>
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
        <source>is required for a cloud service</source>
        <translation>is required for a cloud service</translation>
    </message>
    <message>
        <source>is required for a social media account</source>
        <translation>is required for a social media account</translation>
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
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: daicho-cli [--db FILE] [--lang ja|en] &lt;command&gt; [options]</source>
        <translation>Usage: daicho-cli [--db FILE] [--lang ja|en] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Without --db the default register is used: %1</source>
        <translation>Without --db the default register is used: %1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Register file.</source>
        <translation>Register file.</translation>
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
        <source>--%1 needs a whole number from %2 to %3, not "%4".</source>
        <translation>--%1 needs a whole number from %2 to %3, not "%4".</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The register %1 does not exist. Create it first with "init".</source>
        <translation>The register %1 does not exist. Create it first with "init".</translation>
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
        <source>Cannot open the register</source>
        <translation>Cannot open the register</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Organisation template.</source>
        <translation>Organisation template.</translation>
    </message>
    <message>
        <source>Unknown template "%1" (available: %2).</source>
        <translation>Unknown template "%1" (available: %2).</translation>
    </message>
    <message>
        <source>Created the register %1 with %2 organisation units.</source>
        <translation>Created the register %1 with %2 organisation units.</translation>
    </message>
    <message>
        <source>Create a new register (never overwrites an existing file)</source>
        <translation>Create a new register (never overwrites an existing file)</translation>
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
        <source>Unit name: "%1" already exists at this place in the tree</source>
        <translation>Unit name: "%1" already exists at this place in the tree</translation>
    </message>
    <message>
        <source>The organisation unit %1 does not exist.</source>
        <translation>The organisation unit %1 does not exist.</translation>
    </message>
    <message>
        <source>A unit keeps its kind; create a new unit instead.</source>
        <translation>A unit keeps its kind; create a new unit instead.</translation>
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
</context>
<context>
    <name>Register</name>
    <message>
        <source>%1 already exists; a register is never overwritten. Choose another file name.</source>
        <translation>%1 already exists; a register is never overwritten. Choose another file name.</translation>
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
    <name>VerifyAuditCommand</name>
    <message>
        <source>The audit trail is intact: %1 events checked, %2 records match their last event.</source>
        <translation>The audit trail is intact: %1 events checked, %2 records match their last event.</translation>
    </message>
    <message numerus="yes">
        <source>The audit check found %n problem(s).</source>
        <translation><numerusform>The audit check found %n problem(s).</numerusform><numerusform>The audit check found %n problem(s).</numerusform></translation>
    </message>
    <message>
        <source>Check the audit chain and that every record matches its last audit event</source>
        <translation>Check the audit chain and that every record matches its last audit event</translation>
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
        <translation><numerusform>%n asset(s)</numerusform><numerusform>%n asset(s)</numerusform></translation>
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
        <source>About Daicho</source>
        <translation>About Daicho</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Daicho %1&lt;/h3&gt;&lt;p&gt;Register of information assets (情報資産管理台帳) following the information-security regulation of Noshiro City.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Daicho %1&lt;/h3&gt;&lt;p&gt;Register of information assets (情報資産管理台帳) following the information-security regulation of Noshiro City.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
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
    <name>daicho::Transaction</name>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation>A step of this change failed, so none of it was saved.</translation>
    </message>
</context>
</TS>
