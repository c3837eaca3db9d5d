#include "PostgresAccounts.h"

#include "PostgresRowSecurity.h"

namespace daicho {

namespace {

// The grants of the group role, made again whenever a login is admitted so that tables of later
// migrations are covered too.
const char* const kGrants = R"(
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, members);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, members);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, members);
    EXECUTE format('REVOKE ALL ON users, audit_events, audit_head, schema_migrations FROM %I', members);
    EXECUTE format('GRANT SELECT (id, login, person_id, is_admin, enabled, failed_sign_ins), INSERT, UPDATE'
                   ' ON users TO %I', members);
    EXECUTE format('GRANT SELECT, INSERT ON audit_events TO %I', members);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON audit_head TO %I', members);
    EXECUTE format('GRANT SELECT ON schema_migrations TO %I', members);
    EXECUTE format('GRANT EXECUTE ON FUNCTION daicho_admit(text, text) TO %I', members);
    EXECUTE format('GRANT EXECUTE ON FUNCTION daicho_change_login(text, text, boolean) TO %I', members);
)";
} // namespace

QStringList PostgresAccounts::statements()
{
    QStringList s{
        PostgresRowSecurity::definerFunction(
            QStringLiteral("daicho_member_role()"), QStringLiteral("text"),
            QStringLiteral("SELECT left('daicho_' || current_database() || '_' || current_schema(), 63)")),
        // Inside these functions current_user is the owner; session_user is who connected.
        PostgresRowSecurity::definerFunction(
            QStringLiteral("daicho_is_owner()"), QStringLiteral("boolean"),
            QStringLiteral("SELECT session_user = current_user OR (SELECT rolsuper OR rolbypassrls FROM pg_roles"
                           " WHERE rolname = session_user)")),
        PostgresRowSecurity::definerFunction(
            QStringLiteral("daicho_is_admin()"), QStringLiteral("boolean"),
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE login = session_user AND enabled = 1"
                           " AND is_admin = 1)")),
        PostgresRowSecurity::definerFunction(QStringLiteral("daicho_sees_whole_trail()"), QStringLiteral("boolean"),
                                             QStringLiteral("SELECT daicho_is_owner() OR daicho_reads_all()")),
        PostgresRowSecurity::definerFunction(
            QStringLiteral("daicho_owner_may_create_roles()"), QStringLiteral("boolean"),
            QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")),
        // 情報セキュリティ責任者 and 管理者: every unit at or below theirs (sign-offs, self-inspection).
        PostgresRowSecurity::definerFunction(
            QStringLiteral("daicho_my_units()"), QStringLiteral("SETOF bigint"),
            QStringLiteral(
                "WITH RECURSIVE below(id) AS (SELECT CAST(r.unit_id AS BIGINT) FROM users u JOIN role_assignments r"
                " ON r.person_id = u.person_id WHERE u.login = session_user AND u.enabled = 1"
                " AND r.valid_to IS NULL AND r.valid_from <= to_char(current_date, 'YYYY-MM-DD')"
                " AND r.role IN ('security_officer', 'security_manager') AND r.unit_id IS NOT NULL"
                " UNION SELECT o.id FROM org_units o JOIN below b ON o.parent_id = b.id) SELECT id FROM below")),
        // A user of this register gets its login (a new one with this password verifier) and
        // membership of the group role. Returns whether the login is new: an existing login
        // (the same person in another register, say) keeps its password.
        PostgresRowSecurity::definerFunction(QStringLiteral("daicho_admit(login text, verifier text)"),
                                             QStringLiteral("boolean"),
                                             QStringLiteral(R"(
DECLARE members text := daicho_member_role(); s text := current_schema(); created boolean := false;
BEGIN
    IF NOT (daicho_is_owner() OR daicho_is_admin()) THEN
        RAISE EXCEPTION 'only the register owner or an administrator admits logins' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE users.login = daicho_admit.login) THEN
        RAISE EXCEPTION 'no user % in this register', login USING ERRCODE = '42704';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = members) THEN
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', members);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
    %1
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        BEGIN
            IF verifier IS NULL THEN
                EXECUTE format('CREATE ROLE %I LOGIN', login);
            ELSE
                EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier);
            END IF;
            created := true;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
    EXECUTE format('GRANT %I TO %I', members, login);
    RETURN created;
END)")
                                                 .arg(QLatin1String(kGrants)),
                                             QStringLiteral("plpgsql")),
        // A new password verifier (when given) and whether the login may connect, for a login of
        // this register: by the owner or an administrator, or the password by the login itself.
        PostgresRowSecurity::definerFunction(
            QStringLiteral("daicho_change_login(login text, verifier text, can_login boolean)"), QStringLiteral("void"),
            QStringLiteral(R"(
BEGIN
    IF NOT (daicho_is_owner() OR daicho_is_admin() OR (login = session_user AND can_login IS NULL)) THEN
        RAISE EXCEPTION 'only the register owner or an administrator changes logins' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE users.login = daicho_change_login.login)
       OR NOT pg_has_role(login, daicho_member_role(), 'MEMBER') THEN
        RAISE EXCEPTION 'no login % of this register', login USING ERRCODE = '42704';
    END IF;
    IF verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
    END IF;
    IF can_login IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
    END IF;
END)"),
            QStringLiteral("plpgsql")),
    };

    s << QStringLiteral("REVOKE ALL ON FUNCTION daicho_admit(text, text) FROM PUBLIC")
      << QStringLiteral("REVOKE ALL ON FUNCTION daicho_change_login(text, text, boolean) FROM PUBLIC");

    // Reference data: everyone reads it; who manages (AccessPolicy::allowManage) changes it.
    const QString manages = QStringLiteral("((SELECT daicho_changes_all()))");
    for (const char* table :
         {"org_units", "people", "role_assignments", "threats", "inspection_items", "review_campaigns", "settings"}) {
        const QString t = QLatin1String(table);
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t)
          << QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT USING (true)").arg(t)
          << QStringLiteral("CREATE POLICY %1_insert ON %1 FOR INSERT WITH CHECK %2").arg(t, manages)
          << QStringLiteral("CREATE POLICY %1_update ON %1 FOR UPDATE USING %2 WITH CHECK %2").arg(t, manages)
          << QStringLiteral("CREATE POLICY %1_delete ON %1 FOR DELETE USING %2").arg(t, manages);
    }
    // Users: the list is read by all (no password hash: the grants leave that column out);
    // only administrators change it, as UserService lets them.
    const QString admin = QStringLiteral("((SELECT daicho_is_admin()))");
    s << QStringLiteral("ALTER TABLE users ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("CREATE POLICY users_read ON users FOR SELECT USING (true)")
      << QStringLiteral("CREATE POLICY users_insert ON users FOR INSERT WITH CHECK %1").arg(admin)
      << QStringLiteral("CREATE POLICY users_update ON users FOR UPDATE USING %1 WITH CHECK %1").arg(admin)
      << QStringLiteral("CREATE POLICY users_delete ON users FOR DELETE USING %1").arg(admin);
    // Sign-offs and self-inspection answers: read by all, written for one's own units.
    const QString mineOr = QStringLiteral("(%1 OR %2 IN (SELECT daicho_my_units()))");
    for (const auto& [table, column] :
         {std::pair{"review_signoffs", "unit_id"}, std::pair{"inspection_responses", "section_id"}}) {
        const QString t = QLatin1String(table);
        const QString own = mineOr.arg(manages, QLatin1String(column));
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t)
          << QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT USING (true)").arg(t)
          << QStringLiteral("CREATE POLICY %1_insert ON %1 FOR INSERT WITH CHECK %2").arg(t, own)
          << QStringLiteral("CREATE POLICY %1_update ON %1 FOR UPDATE USING %2 WITH CHECK %2").arg(t, own)
          << QStringLiteral("CREATE POLICY %1_delete ON %1 FOR DELETE USING %2").arg(t, own);
    }
    // Committee reports as issued: read by all, issued by those who read the whole register.
    s << QStringLiteral("ALTER TABLE report_issues ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("CREATE POLICY report_issues_read ON report_issues FOR SELECT USING (true)")
      << QStringLiteral(
             "CREATE POLICY report_issues_insert ON report_issues FOR INSERT WITH CHECK ((SELECT daicho_reads_all()))");
    // The audit trail: appended to in one's own name only (the grants allow no update or
    // delete); the events of records one may see, and one's own, are readable — the snapshots in
    // the others would show other departments' assets. Each record is looked up by key: a
    // membership test of all visible records is not hashable at a million and is rescanned per row.
    s << QStringLiteral("ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY")
      << QStringLiteral(
             "CREATE POLICY audit_events_append ON audit_events FOR INSERT WITH CHECK (actor = session_user)")
      << QStringLiteral(
             "CREATE POLICY audit_events_read ON audit_events FOR SELECT USING ((SELECT daicho_reads_all())"
             " OR actor = session_user"
             " OR entity IN ('org_unit', 'person', 'role', 'user', 'sign_in', 'threat', 'review_campaign',"
             " 'review_signoff', 'inspection_item', 'inspection_response', 'report_issue')"
             " OR (entity = 'asset' AND EXISTS (SELECT 1 FROM assets a WHERE a.id = audit_events.entity_id))"
             " OR (entity = 'asset_review' AND EXISTS (SELECT 1 FROM asset_reviews v"
             " WHERE v.id = audit_events.entity_id))"
             " OR (entity = 'risk' AND EXISTS (SELECT 1 FROM risks r WHERE r.id = audit_events.entity_id))"
             " OR (entity = 'holding' AND EXISTS (SELECT 1 FROM holdings h WHERE h.id = audit_events.entity_id)))");
    // The head of the chain moves only onto an event of one's own, as it was appended.
    const QString onOwnEvent =
        QStringLiteral("(EXISTS (SELECT 1 FROM audit_events e WHERE e.id = last_id AND e.hash = last_hash"
                       " AND e.actor = session_user))");
    s << QStringLiteral("ALTER TABLE audit_head ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("CREATE POLICY audit_head_read ON audit_head FOR SELECT USING (true)")
      << QStringLiteral("CREATE POLICY audit_head_insert ON audit_head FOR INSERT WITH CHECK %1").arg(onOwnEvent)
      << QStringLiteral("CREATE POLICY audit_head_update ON audit_head FOR UPDATE USING (true) WITH CHECK %1")
             .arg(onOwnEvent);
    return s;
}

} // namespace daicho
