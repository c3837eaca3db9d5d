#include "Schema.h"

#include "Dialect.h"

#include <tuple>

namespace daicho {

QStringList Schema::version1()
{
    return {
        QStringLiteral("CREATE TABLE schema_migrations ("
                       " version INTEGER PRIMARY KEY,"
                       " description TEXT NOT NULL,"
                       " applied_at TEXT NOT NULL)"),

        // Register-wide settings (name of the city, scoring method, ...).
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),

        QStringLiteral("CREATE TABLE org_units ("
                       " id {{ID}},"
                       " parent_id INTEGER REFERENCES org_units(id) ON DELETE RESTRICT,"
                       " kind TEXT NOT NULL CHECK (kind IN ('body', 'department', 'section')),"
                       " name TEXT NOT NULL,"
                       " name_en TEXT,"
                       " sort_order INTEGER NOT NULL DEFAULT 0,"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                       " CHECK ((kind = 'body') = (parent_id IS NULL)))"),
        // Children of a node in display order (tree building, subtree filters).
        QStringLiteral("CREATE INDEX ix_org_units_parent ON org_units (parent_id, sort_order)"),
        // A name is used once among siblings, so a name in an imported ledger is unambiguous there.
        QStringLiteral("CREATE UNIQUE INDEX ux_org_units_sibling_name ON org_units (COALESCE(parent_id, 0), name)"),

        QStringLiteral("CREATE TABLE people ("
                       " id {{ID}},"
                       " name TEXT NOT NULL,"
                       " name_kana TEXT,"
                       " title TEXT,"
                       " email TEXT,"
                       " unit_id INTEGER REFERENCES org_units(id) ON DELETE RESTRICT,"
                       " part_time INTEGER NOT NULL DEFAULT 0 CHECK (part_time IN (0, 1)),"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
        // Matching people by name (imports, search) and listing a unit's staff.
        QStringLiteral("CREATE INDEX ix_people_name ON people (name)"),
        QStringLiteral("CREATE INDEX ix_people_unit ON people (unit_id)"),

        QStringLiteral("CREATE TABLE assets ("
                       " id {{ID}},"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " category TEXT NOT NULL CHECK (category IN ('infrastructure', 'information', 'document')),"
                       " subtype TEXT,"
                       " section_id INTEGER NOT NULL REFERENCES org_units(id) ON DELETE RESTRICT,"
                       " manager_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,"
                       " custodian_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,"
                       " system_admin_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,"
                       " segment TEXT NOT NULL CHECK (segment IN ('mynumber', 'lgwan', 'internet', 'none')),"
                       " scheme TEXT NOT NULL,"
                       " confidentiality TEXT,"
                       " integrity TEXT,"
                       " availability TEXT,"
                       " restrictions TEXT,"
                       " restriction_note TEXT,"
                       " personal_data TEXT,"
                       " provision TEXT NOT NULL CHECK (provision IN ('in_house', 'outsourced', 'cloud', 'sns')),"
                       " provider TEXT,"
                       " service_name TEXT,"
                       " contract_security INTEGER CHECK (contract_security IN (0, 1)),"
                       " provider_checked_on TEXT,"
                       " data_location TEXT,"
                       " ismap_registered INTEGER CHECK (ismap_registered IN (0, 1)),"
                       " usage_rules INTEGER CHECK (usage_rules IN (0, 1)),"
                       " sns_responsible_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,"
                       " publishable_info TEXT,"
                       " location TEXT,"
                       " notes TEXT,"
                       " extra TEXT,"
                       " status TEXT NOT NULL CHECK (status IN ('active', 'disposed')),"
                       " disposed_on TEXT,"
                       " disposal_method TEXT,"
                       " disposal_confirmed_by INTEGER REFERENCES people(id) ON DELETE RESTRICT,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        // Selecting an organisation node filters to its sections; stats per section.
        QStringLiteral("CREATE INDEX ix_assets_section ON assets (section_id)"),
        // Foreign keys to people: deleting or merging a person must not scan a million rows,
        // and "assets this person is accountable for" is a common question.
        QStringLiteral("CREATE INDEX ix_assets_manager ON assets (manager_id)"),
        QStringLiteral("CREATE INDEX ix_assets_custodian ON assets (custodian_id)"),
        QStringLiteral("CREATE INDEX ix_assets_system_admin ON assets (system_admin_id)"),
        // Filters and breakdowns by category, segment and confidentiality (stats, reports).
        QStringLiteral("CREATE INDEX ix_assets_category ON assets (category)"),
        QStringLiteral("CREATE INDEX ix_assets_segment ON assets (segment)"),
        QStringLiteral("CREATE INDEX ix_assets_confidentiality ON assets (confidentiality)"),
        // Sorting the register by name pages through an index instead of sorting a million rows.
        QStringLiteral("CREATE INDEX ix_assets_name ON assets (name)"),

        QStringLiteral("CREATE TABLE role_assignments ("
                       " id {{ID}},"
                       " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,"
                       " role TEXT NOT NULL CHECK (role IN ('ciso', 'chief_officer', 'security_officer',"
                       "  'security_manager', 'system_admin', 'system_staff', 'committee')),"
                       " unit_id INTEGER REFERENCES org_units(id) ON DELETE RESTRICT,"
                       " asset_id INTEGER REFERENCES assets(id) ON DELETE RESTRICT,"
                       " valid_from TEXT NOT NULL,"
                       " valid_to TEXT)"),
        // The roles a person holds (permissions, 人事異動).
        QStringLiteral("CREATE INDEX ix_roles_person ON role_assignments (person_id)"),
        // Who holds a role over a unit (the 管理者 of a section, the 責任者 of a department).
        QStringLiteral("CREATE INDEX ix_roles_unit ON role_assignments (unit_id, role)"),
        QStringLiteral("CREATE INDEX ix_roles_asset ON role_assignments (asset_id)"),
        // 第5条: one CISO and one 統括 in office at a time, enforced by the database itself.
        QStringLiteral("CREATE UNIQUE INDEX ux_roles_singleton ON role_assignments (role)"
                       " WHERE role IN ('ciso', 'chief_officer') AND valid_to IS NULL"),

        // Append-only audit trail; each event's hash covers the previous hash and its own content.
        QStringLiteral("CREATE TABLE audit_events ("
                       " id {{ID}},"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " entity_id INTEGER NOT NULL,"
                       " action TEXT NOT NULL,"
                       " before_json TEXT,"
                       " after_json TEXT,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        // The history of one record and its latest state (verify-audit, history views).
        QStringLiteral("CREATE INDEX ix_audit_entity ON audit_events (entity, entity_id, id)"),
        // The head of the chain, written with every event, so that removing the newest events
        // is noticed too.
        QStringLiteral("CREATE TABLE audit_head ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " last_id INTEGER NOT NULL,"
                       " last_hash TEXT NOT NULL,"
                       " event_count INTEGER NOT NULL)"),
    };
}

QStringList Schema::version2()
{
    return {
        // Bulk imports record each created asset by a digest of its canonical snapshot instead of
        // the snapshot itself: the same proof for verify-audit at a tenth of the size.
        QStringLiteral("ALTER TABLE audit_events ADD COLUMN after_digest TEXT"),
    };
}

QStringList Schema::version4()
{
    return {
        // Who may sign in: each user is a person of the register (so that 第5条 roles decide what
        // they may do); the password only as an argon2id hash string.
        QStringLiteral("CREATE TABLE users ("
                       " id {{ID}},"
                       " login TEXT NOT NULL UNIQUE,"
                       " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,"
                       " password_hash TEXT NOT NULL,"
                       " is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),"
                       " enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),"
                       " failed_sign_ins INTEGER NOT NULL DEFAULT 0)"),
    };
}

QStringList Schema::version5()
{
    return {
        // 第8条 risk analysis: an asset facing a 第3条 threat, with the inputs it was scored from.
        QStringLiteral("CREATE TABLE risks ("
                       " id {{ID}},"
                       " asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE RESTRICT,"
                       " threat TEXT NOT NULL,"
                       " method TEXT NOT NULL,"
                       " threat_level INTEGER NOT NULL CHECK (threat_level BETWEEN 1 AND 3),"
                       " vulnerability_level INTEGER NOT NULL CHECK (vulnerability_level BETWEEN 1 AND 3),"
                       " importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 3),"
                       " likelihood INTEGER NOT NULL,"
                       " value INTEGER NOT NULL,"
                       " treatment TEXT CHECK (treatment IN ('modify', 'retain', 'avoid', 'share')),"
                       " plan TEXT,"
                       " owner_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,"
                       " due_on TEXT,"
                       " status TEXT NOT NULL CHECK (status IN ('open', 'treating', 'closed')),"
                       " residual_threat INTEGER,"
                       " residual_vulnerability INTEGER,"
                       " residual_likelihood INTEGER,"
                       " residual_value INTEGER,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (asset_id, threat))"),
        // Heat maps count cells: 重要度 × 被害発生可能性, inherent and residual.
        QStringLiteral("CREATE INDEX ix_risks_cell ON risks (importance, likelihood)"),
        QStringLiteral("CREATE INDEX ix_risks_residual_cell ON risks (importance, residual_likelihood)"),
    };
}

QStringList Schema::version6()
{
    return {
        // The threat catalogue (第3条), editable by the security office; Migrations seeds it with
        // ThreatCatalogue::defaults(). A threat's key never changes: risks refer to it.
        QStringLiteral("CREATE TABLE threats ("
                       " id {{ID}},"
                       " key TEXT NOT NULL UNIQUE,"
                       " grp TEXT NOT NULL CHECK (grp IN ('intentional', 'unintentional', 'disaster',"
                       " 'staff_shortage', 'infrastructure')),"
                       " name_ja TEXT NOT NULL,"
                       " name_en TEXT,"
                       " axes TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
    };
}

namespace {
// The heat-map tallies follow every change of a risk (trigger side `side`: NEW or OLD, adding
// `sign` 1 or -1), inherent and residual.
QStringList tallyRisk(const QString& side, const QString& sign)
{
    const QString insert = QStringLiteral(
        "INSERT INTO risk_cells (method, residual, section_id, segment, category, grp, band, impact, likelihood, n)"
        " SELECT %1.method, %3, a.section_id, a.segment, a.category, t.grp, %1.%4band, %1.%4impact, %1.%4likelihood,"
        " %2 FROM assets a JOIN threats t ON t.key = %1.threat WHERE a.id = %1.asset_id%5"
        " ON CONFLICT (method, residual, section_id, segment, category, grp, band, impact, likelihood)"
        " DO UPDATE SET n = risk_cells.n + excluded.n;");
    return {insert.arg(side, sign, QStringLiteral("0"), QString(), QString()),
            insert.arg(side, sign, QStringLiteral("1"), QStringLiteral("residual_"),
                       QStringLiteral(" AND %1.residual_likelihood IS NOT NULL").arg(side))};
}

// All risks of an asset (or of a threat) move from one tally key to another at once.
QStringList tallyMove(const QString& side, const QString& sign, const QString& where)
{
    const QString insert = QStringLiteral(
        "INSERT INTO risk_cells (method, residual, section_id, segment, category, grp, band, impact, likelihood, n)"
        " SELECT r.method, %3, a.section_id, a.segment, a.category, t.grp, r.%4band, r.%4impact, r.%4likelihood,"
        " %2 * COUNT(*) FROM risks r JOIN assets a ON a.id = r.asset_id JOIN threats t ON t.key = r.threat"
        " WHERE %1%5 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9"
        " ON CONFLICT (method, residual, section_id, segment, category, grp, band, impact, likelihood)"
        " DO UPDATE SET n = risk_cells.n + excluded.n;");
    return {insert.arg(where.arg(side), sign, QStringLiteral("0"), QString(), QString()),
            insert.arg(where.arg(side), sign, QStringLiteral("1"), QStringLiteral("residual_"),
                       QStringLiteral(" AND r.residual_likelihood IS NOT NULL"))};
}
} // namespace

QStringList Schema::version12(const Dialect& dialect)
{
    // A shared register's permissions, enforced by the server too (PostgresRowSecurity).
    return dialect.rowSecurity();
}

QStringList Schema::version13(const Dialect& dialect)
{
    // Server logins for the users, their group role's grants, the other tables' policies
    // (PostgresAccounts).
    return dialect.serverAccounts();
}

QStringList Schema::version14(const Dialect& dialect)
{
    return dialect.rowSecurityLookups();
}

QStringList Schema::fillRiskTallies()
{
    return {
        QStringLiteral("INSERT INTO risk_cells (method, residual, section_id, segment, category, grp, band, impact,"
                       " likelihood, n) SELECT r.method, 0, a.section_id, a.segment, a.category, t.grp, r.band,"
                       " r.impact, r.likelihood, COUNT(*) FROM risks r JOIN assets a ON a.id = r.asset_id"
                       " JOIN threats t ON t.key = r.threat WHERE TRUE GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9"),
        QStringLiteral(
            "INSERT INTO risk_cells (method, residual, section_id, segment, category, grp, band, impact,"
            " likelihood, n) SELECT r.method, 1, a.section_id, a.segment, a.category, t.grp, r.residual_band,"
            " r.residual_impact, r.residual_likelihood, COUNT(*) FROM risks r JOIN assets a"
            " ON a.id = r.asset_id JOIN threats t ON t.key = r.threat"
            " WHERE r.residual_likelihood IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9"),
    };
}

QStringList Schema::fillReviewTallies()
{
    return {QStringLiteral("INSERT INTO review_cells (campaign_id, section_id, outcome, n)"
                           " SELECT r.campaign_id, a.section_id, r.outcome, COUNT(*) FROM asset_reviews r"
                           " JOIN assets a ON a.id = r.asset_id WHERE a.status = 'active' GROUP BY 1, 2, 3")};
}

QStringList Schema::version7(const Dialect& dialect)
{
    const QString riskColumns = QStringLiteral(
        "id, asset_id, threat, method, method_snapshot, threat_level, vulnerability_level, impact, likelihood, value,"
        " band, treatment, plan, owner_id, due_on, status, residual_threat, residual_vulnerability, residual_impact,"
        " residual_likelihood, residual_value, residual_band, created_at, updated_at, version");
    const QString band = QStringLiteral("CASE WHEN %1 >= 6 THEN 'high' WHEN %1 >= 4 THEN 'medium' ELSE 'low' END");
    QStringList statements{
        // Risks scored by either method: the inputs of each, the band, and the method snapshot.
        QStringLiteral("CREATE TABLE risks_v7 ("
                       " id {{ID}},"
                       " asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE RESTRICT,"
                       " threat TEXT NOT NULL REFERENCES threats(key) ON DELETE RESTRICT,"
                       " method TEXT NOT NULL CHECK (method IN ('ipa', '5x5')),"
                       " method_snapshot TEXT NOT NULL,"
                       " threat_level INTEGER CHECK (threat_level BETWEEN 1 AND 3),"
                       " vulnerability_level INTEGER CHECK (vulnerability_level BETWEEN 1 AND 3),"
                       " impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),"
                       " likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),"
                       " value INTEGER NOT NULL,"
                       " band TEXT NOT NULL CHECK (band IN ('high', 'medium', 'low')),"
                       " treatment TEXT CHECK (treatment IN ('modify', 'retain', 'avoid', 'share')),"
                       " plan TEXT,"
                       " owner_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,"
                       " due_on TEXT,"
                       " status TEXT NOT NULL CHECK (status IN ('open', 'treating', 'closed')),"
                       " residual_threat INTEGER,"
                       " residual_vulnerability INTEGER,"
                       " residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 5),"
                       " residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 5),"
                       " residual_value INTEGER,"
                       " residual_band TEXT CHECK (residual_band IN ('high', 'medium', 'low')),"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (asset_id, threat))"),
        // Version 5 knew the IPA method only.
        QStringLiteral("INSERT INTO risks_v7 (%1) SELECT id, asset_id, threat, 'ipa',"
                       " '{\"high_from\":6,\"medium_from\":4,\"method\":\"ipa\"}', threat_level, vulnerability_level,"
                       " importance, likelihood, value, %2, treatment, plan, owner_id, due_on, status, residual_threat,"
                       " residual_vulnerability, CASE WHEN residual_likelihood IS NULL THEN NULL ELSE importance END,"
                       " residual_likelihood, residual_value,"
                       " CASE WHEN residual_value IS NULL THEN NULL ELSE %3 END, created_at, updated_at, version"
                       " FROM risks")
            .arg(riskColumns, band.arg(QStringLiteral("value")), band.arg(QStringLiteral("residual_value"))),
        QStringLiteral("DROP TABLE risks"),
        QStringLiteral("ALTER TABLE risks_v7 RENAME TO risks"),
        // A cell's risks are listed in id order; the top risks by value.
        QStringLiteral("CREATE INDEX ix_risks_cell ON risks (method, impact, likelihood)"),
        QStringLiteral("CREATE INDEX ix_risks_residual_cell ON risks (method, residual_impact, residual_likelihood)"),
        QStringLiteral("CREATE INDEX ix_risks_value ON risks (method, value)"),
        QStringLiteral("CREATE INDEX ix_risks_owner ON risks (owner_id)"),

        // Heat maps over millions of risks: counts kept per cell and per filter key by the
        // triggers below, so a heat map sums a few thousand rows instead of counting every risk.
        QStringLiteral("CREATE TABLE risk_cells ("
                       " method TEXT NOT NULL,"
                       " residual INTEGER NOT NULL,"
                       " section_id INTEGER NOT NULL,"
                       " segment TEXT NOT NULL,"
                       " category TEXT NOT NULL,"
                       " grp TEXT NOT NULL,"
                       " band TEXT NOT NULL,"
                       " impact INTEGER NOT NULL,"
                       " likelihood INTEGER NOT NULL,"
                       " n INTEGER NOT NULL,"
                       " PRIMARY KEY (method, residual, section_id, segment, category, grp, band, impact, likelihood))"
                       " {{BY_KEY}}"),
    };
    statements << fillRiskTallies();
    const QString plus = QStringLiteral("1");
    const QString minus = QStringLiteral("-1");
    const auto trigger = [&](const QString& name, const QString& timing, const QString& event, const QString& table,
                             const QString& when, const QStringList& body) {
        statements << dialect.createTrigger({name, timing, event, table, when, body.join(QLatin1Char(' '))});
    };
    trigger(QStringLiteral("tr_risk_cells_insert"), QStringLiteral("AFTER"), QStringLiteral("INSERT"),
            QStringLiteral("risks"), QString(), tallyRisk(QStringLiteral("NEW"), plus));
    trigger(QStringLiteral("tr_risk_cells_delete"), QStringLiteral("AFTER"), QStringLiteral("DELETE"),
            QStringLiteral("risks"), QString(), tallyRisk(QStringLiteral("OLD"), minus));
    QStringList changedRisk;
    for (const char* column : {"asset_id", "threat", "method", "band", "impact", "likelihood", "residual_band",
                               "residual_impact", "residual_likelihood"})
        changedRisk << QStringLiteral("OLD.%1 IS DISTINCT FROM NEW.%1").arg(QLatin1String(column));
    trigger(QStringLiteral("tr_risk_cells_update"), QStringLiteral("AFTER"), QStringLiteral("UPDATE"),
            QStringLiteral("risks"), changedRisk.join(QStringLiteral(" OR ")),
            tallyRisk(QStringLiteral("OLD"), minus) + tallyRisk(QStringLiteral("NEW"), plus));
    // A change of an asset's section, segment or category, or of a threat's group, moves its
    // risks between tally keys: taken out before the row changes (the join still sees the old
    // values) and put back after.
    const auto moveTriggers = [&](const QString& name, const QString& columns, const QString& table,
                                  const QString& changed, const QString& where) {
        for (const auto& [timing, side, sign] : {std::tuple{QStringLiteral("BEFORE"), QStringLiteral("OLD"), minus},
                                                 std::tuple{QStringLiteral("AFTER"), QStringLiteral("NEW"), plus}})
            trigger(QStringLiteral("tr_risk_cells_%1_%2").arg(name, timing.toLower()), timing,
                    QStringLiteral("UPDATE OF ") + columns, table, changed, tallyMove(side, sign, where));
    };
    moveTriggers(QStringLiteral("asset"), QStringLiteral("section_id, segment, category"), QStringLiteral("assets"),
                 QStringLiteral("OLD.section_id IS DISTINCT FROM NEW.section_id OR OLD.segment IS DISTINCT FROM"
                                " NEW.segment OR OLD.category IS DISTINCT FROM NEW.category"),
                 QStringLiteral("r.asset_id = %1.id"));
    moveTriggers(QStringLiteral("threat"), QStringLiteral("grp"), QStringLiteral("threats"),
                 QStringLiteral("OLD.grp IS DISTINCT FROM NEW.grp"), QStringLiteral("r.threat = %1.key"));

    // The dashboard's counts by rating (重要度, unrated) and by status read indexes, not a
    // million rows.
    statements << QStringLiteral("CREATE INDEX ix_assets_rating ON assets (scheme, confidentiality, integrity,"
                                 " availability)")
               << QStringLiteral("CREATE INDEX ix_assets_status ON assets (status)");
    // CIA inheritance: what holds what.
    statements << QStringLiteral("CREATE TABLE holdings ("
                                 " id {{ID}},"
                                 " holder_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE RESTRICT,"
                                 " held_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE RESTRICT,"
                                 " created_at TEXT NOT NULL,"
                                 " version INTEGER NOT NULL DEFAULT 1,"
                                 " UNIQUE (holder_id, held_id),"
                                 " CHECK (holder_id <> held_id))")
               << QStringLiteral("CREATE INDEX ix_holdings_held ON holdings (held_id)");
    return statements;
}

QStringList Schema::version8()
{
    return {
        // 棚卸し: one review campaign per 年度 (April to March), each asset reviewed once in it,
        // and each department signed off by its 情報セキュリティ責任者.
        QStringLiteral("CREATE TABLE review_campaigns ("
                       " id {{ID}},"
                       " fiscal_year INTEGER NOT NULL UNIQUE,"
                       " opened_on TEXT NOT NULL,"
                       " due_on TEXT NOT NULL,"
                       " closed_on TEXT,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE asset_reviews ("
                       " id {{ID}},"
                       " campaign_id INTEGER NOT NULL REFERENCES review_campaigns(id) ON DELETE RESTRICT,"
                       " asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE RESTRICT,"
                       " outcome TEXT NOT NULL CHECK (outcome IN ('confirmed', 'needs_fix', 'to_dispose')),"
                       " comment TEXT,"
                       " reviewed_by TEXT NOT NULL,"
                       " reviewed_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (campaign_id, asset_id))"),
        QStringLiteral("CREATE INDEX ix_asset_reviews_asset ON asset_reviews (asset_id)"),
        QStringLiteral("CREATE TABLE review_signoffs ("
                       " id {{ID}},"
                       " campaign_id INTEGER NOT NULL REFERENCES review_campaigns(id) ON DELETE RESTRICT,"
                       " unit_id INTEGER NOT NULL REFERENCES org_units(id) ON DELETE RESTRICT,"
                       " signed_by TEXT NOT NULL,"
                       " signed_at TEXT NOT NULL,"
                       " comment TEXT,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (campaign_id, unit_id))"),
    };
}

QStringList Schema::version9()
{
    return {
        // 自己点検 (第7条): the checklist (reference data the security office keeps) and each
        // section's answers per 年度.
        QStringLiteral("CREATE TABLE inspection_items ("
                       " id {{ID}},"
                       " key TEXT NOT NULL UNIQUE,"
                       " article TEXT NOT NULL,"
                       " text_ja TEXT NOT NULL,"
                       " text_en TEXT,"
                       " position INTEGER NOT NULL,"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE inspection_responses ("
                       " id {{ID}},"
                       " fiscal_year INTEGER NOT NULL,"
                       " section_id INTEGER NOT NULL REFERENCES org_units(id) ON DELETE RESTRICT,"
                       " item_id INTEGER NOT NULL REFERENCES inspection_items(id) ON DELETE RESTRICT,"
                       " answer TEXT NOT NULL CHECK (answer IN ('done', 'partial', 'not_done', 'not_applicable')),"
                       " comment TEXT,"
                       " answered_by TEXT NOT NULL,"
                       " answered_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (fiscal_year, section_id, item_id))"),
    };
}

QStringList Schema::version10(const Dialect& dialect)
{
    // The review page over a million assets: reviews counted per campaign, section and outcome by
    // triggers (only active assets count, as in the progress), and the active assets per section
    // read from an index instead of the rows.
    QStringList statements{
        QStringLiteral("DROP INDEX ix_assets_status"),
        QStringLiteral("CREATE INDEX ix_assets_status_section ON assets (status, section_id)"),
        QStringLiteral("CREATE TABLE review_cells ("
                       " campaign_id INTEGER NOT NULL,"
                       " section_id INTEGER NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " n INTEGER NOT NULL,"
                       " PRIMARY KEY (campaign_id, section_id, outcome)){{BY_KEY}}"),
    };
    statements << fillReviewTallies();
    const QString upsert = QStringLiteral(
        " ON CONFLICT (campaign_id, section_id, outcome) DO UPDATE SET n = review_cells.n + excluded.n;");
    const auto review = [&](const QString& side, const QString& sign) {
        return QStringLiteral("INSERT INTO review_cells (campaign_id, section_id, outcome, n) SELECT %1.campaign_id,"
                              " a.section_id, %1.outcome, %2 FROM assets a WHERE a.id = %1.asset_id"
                              " AND a.status = 'active'")
                   .arg(side, sign) +
               upsert;
    };
    const auto asset = [&](const QString& side, const QString& sign) {
        return QStringLiteral("INSERT INTO review_cells (campaign_id, section_id, outcome, n) SELECT r.campaign_id,"
                              " %1.section_id, r.outcome, %2 FROM asset_reviews r WHERE r.asset_id = %1.id"
                              " AND %1.status = 'active'")
                   .arg(side, sign) +
               upsert;
    };
    const QString plus = QStringLiteral("1");
    const QString minus = QStringLiteral("-1");
    const auto trigger = [&](const QString& name, const QString& timing, const QString& event, const QString& table,
                             const QString& when, const QString& body) {
        statements << dialect.createTrigger({name, timing, event, table, when, body});
    };
    trigger(QStringLiteral("tr_review_cells_insert"), QStringLiteral("AFTER"), QStringLiteral("INSERT"),
            QStringLiteral("asset_reviews"), QString(), review(QStringLiteral("NEW"), plus));
    trigger(QStringLiteral("tr_review_cells_delete"), QStringLiteral("AFTER"), QStringLiteral("DELETE"),
            QStringLiteral("asset_reviews"), QString(), review(QStringLiteral("OLD"), minus));
    trigger(QStringLiteral("tr_review_cells_update"), QStringLiteral("AFTER"),
            QStringLiteral("UPDATE OF outcome, asset_id, campaign_id"), QStringLiteral("asset_reviews"),
            QStringLiteral("OLD.outcome IS DISTINCT FROM NEW.outcome OR OLD.asset_id IS DISTINCT FROM NEW.asset_id"
                           " OR OLD.campaign_id IS DISTINCT FROM NEW.campaign_id"),
            review(QStringLiteral("OLD"), minus) + QLatin1Char(' ') + review(QStringLiteral("NEW"), plus));
    // An asset moved to another section, disposed of (or back) takes its reviews along.
    const QString changed =
        QStringLiteral("OLD.section_id IS DISTINCT FROM NEW.section_id OR OLD.status IS DISTINCT FROM NEW.status");
    trigger(QStringLiteral("tr_review_cells_asset_before"), QStringLiteral("BEFORE"),
            QStringLiteral("UPDATE OF section_id, status"), QStringLiteral("assets"), changed,
            asset(QStringLiteral("OLD"), minus));
    trigger(QStringLiteral("tr_review_cells_asset_after"), QStringLiteral("AFTER"),
            QStringLiteral("UPDATE OF section_id, status"), QStringLiteral("assets"), changed,
            asset(QStringLiteral("NEW"), plus));
    return statements;
}

QStringList Schema::version11()
{
    return {
        // Committee reports as issued, for "changes since the previous report".
        QStringLiteral("CREATE TABLE report_issues ("
                       " id {{ID}},"
                       " issued_at TEXT NOT NULL,"
                       " issued_by TEXT NOT NULL,"
                       " scope_unit_id INTEGER NOT NULL DEFAULT 0,"
                       " format TEXT NOT NULL CHECK (format IN ('pdf', 'xlsx', 'print')),"
                       " last_event_id INTEGER NOT NULL,"
                       " findings_json TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX ix_report_issues_scope ON report_issues (scope_unit_id, id)"),
    };
}

} // namespace daicho
