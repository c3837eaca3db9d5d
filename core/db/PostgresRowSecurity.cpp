#include "PostgresRowSecurity.h"

namespace daicho {

namespace {
// The connecting role's roles in office today (not ended, already begun), as AccessPolicy reads
// them, of an enabled user.
const char* const kRolesInOffice =
    "SELECT r.role, r.unit_id, r.asset_id FROM users u JOIN role_assignments r ON r.person_id = u.person_id"
    " WHERE u.login = session_user AND u.enabled = 1 AND r.valid_to IS NULL"
    " AND r.valid_from <= to_char(current_date, 'YYYY-MM-DD')";
} // namespace

QString PostgresRowSecurity::definerFunction(const QString& signature, const QString& returns, const QString& body,
                                             const QString& language)
{
    return QStringLiteral("CREATE FUNCTION %1 RETURNS %2 LANGUAGE %3 %4 SECURITY DEFINER"
                          " SET search_path FROM CURRENT AS $$ %5 $$")
        .arg(signature, returns, language,
             language == QLatin1String("sql") ? QStringLiteral("STABLE") : QStringLiteral("VOLATILE"), body);
}

QStringList PostgresRowSecurity::statements()
{
    const QString roles = QString::fromLatin1(kRolesInOffice);
    QStringList s{
        // Administrators, the CISO and 統括 change everything; committee members read everything.
        definerFunction(QStringLiteral("daicho_changes_all()"), QStringLiteral("boolean"),
                        QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE login = session_user AND enabled = 1"
                                       " AND is_admin = 1) OR EXISTS (SELECT 1 FROM (%1) mine"
                                       " WHERE role IN ('ciso', 'chief_officer'))")
                            .arg(roles)),
        definerFunction(QStringLiteral("daicho_reads_all()"), QStringLiteral("boolean"),
                        QStringLiteral("SELECT daicho_changes_all() OR EXISTS (SELECT 1 FROM (%1) mine"
                                       " WHERE role = 'committee')")
                            .arg(roles)),
        // 情報セキュリティ責任者 and 管理者: the sections at or below their units.
        definerFunction(
            QStringLiteral("daicho_my_sections()"), QStringLiteral("SETOF bigint"),
            QStringLiteral("WITH RECURSIVE below(id) AS (SELECT CAST(unit_id AS BIGINT) FROM (%1) mine"
                           " WHERE role IN ('security_officer', 'security_manager') AND unit_id IS NOT NULL"
                           " UNION SELECT o.id FROM org_units o JOIN below b ON o.parent_id = b.id)"
                           " SELECT o.id FROM org_units o JOIN below b ON b.id = o.id WHERE o.kind = 'section'")
                .arg(roles)),
        // システム管理者 and 担当者: their systems.
        definerFunction(
            QStringLiteral("daicho_my_assets()"), QStringLiteral("SETOF bigint"),
            QStringLiteral(
                "SELECT CAST(asset_id AS BIGINT) FROM (%1) mine WHERE role IN ('system_admin', 'system_staff')"
                " AND asset_id IS NOT NULL")
                .arg(roles)),
    };
    // Each function once per statement (an InitPlan), not once per row of a million.
    const QString mine =
        QStringLiteral("(section_id IN (SELECT daicho_my_sections()) OR id IN (SELECT daicho_my_assets()))");
    s << QStringLiteral("ALTER TABLE assets ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("CREATE POLICY assets_read ON assets FOR SELECT USING ((SELECT daicho_reads_all()) OR %1)")
             .arg(mine)
      << QStringLiteral(
             "CREATE POLICY assets_insert ON assets FOR INSERT WITH CHECK ((SELECT daicho_changes_all()) OR %1)")
             .arg(mine)
      << QStringLiteral("CREATE POLICY assets_update ON assets FOR UPDATE USING ((SELECT daicho_changes_all()) OR %1)"
                        " WITH CHECK ((SELECT daicho_changes_all()) OR %1)")
             .arg(mine)
      << QStringLiteral("CREATE POLICY assets_delete ON assets FOR DELETE USING ((SELECT daicho_changes_all()) OR %1)")
             .arg(mine);
    // What hangs off an asset follows it: a row is there for whoever may see its asset (the
    // subquery on assets is itself limited by the policies above).
    // Changing them asks for an asset the user may change (committee members read only).
    for (const auto& [table, column] :
         {std::pair{"risks", "asset_id"}, std::pair{"asset_reviews", "asset_id"}, std::pair{"holdings", "holder_id"}}) {
        const QString t = QLatin1String(table);
        const QString c = QLatin1String(column);
        const QString visible = QStringLiteral("%1 IN (SELECT id FROM assets)").arg(c);
        const QString changeable =
            QStringLiteral("%1 IN (SELECT id FROM assets WHERE (SELECT daicho_changes_all()) OR %2)").arg(c, mine);
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t)
          << QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT USING (%2)").arg(t, visible)
          << QStringLiteral("CREATE POLICY %1_insert ON %1 FOR INSERT WITH CHECK (%2)").arg(t, changeable)
          << QStringLiteral("CREATE POLICY %1_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)").arg(t, changeable)
          << QStringLiteral("CREATE POLICY %1_delete ON %1 FOR DELETE USING (%2)").arg(t, changeable);
    }
    return s;
}

QStringList PostgresRowSecurity::lookupsByKey()
{
    // The scope as values the server can look up in its indexes: everyone's first id when the
    // login reads (changes) everything, else none; its sections and systems as arrays. Each is an
    // InitPlan, computed once per statement.
    QStringList s{
        definerFunction(QStringLiteral("daicho_readable_from()"), QStringLiteral("bigint"),
                        QStringLiteral("SELECT CASE WHEN daicho_reads_all() THEN CAST(0 AS BIGINT) END")),
        definerFunction(QStringLiteral("daicho_changeable_from()"), QStringLiteral("bigint"),
                        QStringLiteral("SELECT CASE WHEN daicho_changes_all() THEN CAST(0 AS BIGINT) END")),
        definerFunction(QStringLiteral("daicho_my_section_ids()"), QStringLiteral("bigint[]"),
                        QStringLiteral("SELECT COALESCE(array_agg(id), '{}') FROM daicho_my_sections() id")),
        definerFunction(QStringLiteral("daicho_my_asset_ids()"), QStringLiteral("bigint[]"),
                        QStringLiteral("SELECT COALESCE(array_agg(id), '{}') FROM daicho_my_assets() id")),
    };
    // Three arms the planner can each answer from an index (a BitmapOr), where a boolean arm
    // and IN-subqueries made it read all million rows for every statement.
    const auto scope = [](const QString& from, const QString& prefix) {
        return QStringLiteral("(%2id >= (SELECT %1()) OR %2section_id = ANY (CAST((SELECT daicho_my_section_ids())"
                              " AS BIGINT[])) OR %2id = ANY (CAST((SELECT daicho_my_asset_ids()) AS BIGINT[])))")
            .arg(from, prefix);
    };
    const QString readable = scope(QStringLiteral("daicho_readable_from"), QString());
    const QString changeable = scope(QStringLiteral("daicho_changeable_from"), QString());
    for (const char* action : {"read", "insert", "update", "delete"})
        s << QStringLiteral("DROP POLICY assets_%1 ON assets").arg(QLatin1String(action));
    s << QStringLiteral("CREATE POLICY assets_read ON assets FOR SELECT USING %1").arg(readable)
      << QStringLiteral("CREATE POLICY assets_insert ON assets FOR INSERT WITH CHECK %1").arg(changeable)
      << QStringLiteral("CREATE POLICY assets_update ON assets FOR UPDATE USING %1 WITH CHECK %1").arg(changeable)
      << QStringLiteral("CREATE POLICY assets_delete ON assets FOR DELETE USING %1").arg(changeable);
    const QString mine = scope(QStringLiteral("daicho_changeable_from"), QStringLiteral("a."));
    for (const auto& [table, column] :
         {std::pair{"risks", "asset_id"}, std::pair{"asset_reviews", "asset_id"}, std::pair{"holdings", "holder_id"}}) {
        const QString t = QLatin1String(table);
        const QString c = QLatin1String(column);
        // The asset row is itself under the assets policies; reading everything skips the lookup.
        const QString visible =
            QStringLiteral("((SELECT daicho_reads_all()) OR EXISTS (SELECT 1 FROM assets a WHERE a.id = %1.%2))")
                .arg(t, c);
        const QString changeable =
            QStringLiteral("EXISTS (SELECT 1 FROM assets a WHERE a.id = %1.%2 AND %3)").arg(t, c, mine);
        for (const char* action : {"read", "insert", "update", "delete"})
            s << QStringLiteral("DROP POLICY %1_%2 ON %1").arg(t, QLatin1String(action));
        s << QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT USING %2").arg(t, visible)
          << QStringLiteral("CREATE POLICY %1_insert ON %1 FOR INSERT WITH CHECK (%2)").arg(t, changeable)
          << QStringLiteral("CREATE POLICY %1_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)").arg(t, changeable)
          << QStringLiteral("CREATE POLICY %1_delete ON %1 FOR DELETE USING (%2)").arg(t, changeable);
    }
    return s;
}

} // namespace daicho
