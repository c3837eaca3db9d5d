#include "Schema.h"

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

} // namespace daicho
