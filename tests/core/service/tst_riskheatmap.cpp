// Heat maps read the tallies the triggers keep: for every filter (organisation subtree, segment,
// category, threat group) and after every kind of change (a risk scored again, treated or
// removed, an asset moved to another section or segment, a threat regrouped), the counts equal a
// direct count of the risks, also for a user who sees part of the register.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "security/Argon2Hasher.h"
#include "service/Generator.h"
#include "service/Register.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace daicho;

namespace {
const QString kPassword = QStringLiteral("a-long-passphrase");
}

class TestRiskHeatmap : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    Register& reg() { return m_reg->get(); }

    // The units under `unit` (itself included), from the tree as the organisation lists it.
    QList<qint64> subtree(qint64 unit)
    {
        QList<qint64> ids{unit};
        const QList<OrgUnit> units = reg().org().units().value();
        for (int i = 0; i < ids.size(); ++i)
            for (const OrgUnit& u : units)
                if (u.parentId == ids.at(i))
                    ids << u.id;
        return ids;
    }

    // The heat map counted straight from the risks, without the tallies.
    RiskMatrix direct(const RiskFilter& f, bool residual, const std::optional<QList<qint64>>& sections = std::nullopt,
                      const QList<qint64>& assets = {})
    {
        const QString prefix = residual ? QStringLiteral("r.residual_") : QStringLiteral("r.");
        QString sql = QStringLiteral("SELECT %1impact, %1likelihood FROM risks r JOIN assets a ON a.id = r.asset_id"
                                     " JOIN threats t ON t.key = r.threat WHERE r.method = ? AND %1likelihood"
                                     " IS NOT NULL")
                          .arg(prefix);
        QVariantList values{reg().risks().method().key()};
        const auto in = [&](const QString& column, const QList<qint64>& ids) {
            QStringList marks;
            for (qint64 id : ids) {
                marks << QStringLiteral("?");
                values << id;
            }
            return QStringLiteral("%1 IN (%2)")
                .arg(column, marks.isEmpty() ? QStringLiteral("NULL") : marks.join(QLatin1Char(',')));
        };
        if (f.unitId != 0)
            sql += QStringLiteral(" AND ") + in(QStringLiteral("a.section_id"), subtree(f.unitId));
        if (f.segment) {
            sql += QStringLiteral(" AND a.segment = ?");
            values << enumKey(*f.segment);
        }
        if (f.category) {
            sql += QStringLiteral(" AND a.category = ?");
            values << enumKey(*f.category);
        }
        if (f.group) {
            sql += QStringLiteral(" AND t.grp = ?");
            values << enumKey(*f.group);
        }
        if (f.band) {
            sql += QStringLiteral(" AND %1band = ?").arg(prefix);
            values << enumKey(*f.band);
        }
        if (sections) {
            // One statement each: the marks must be made in the order of their values.
            const QString inSections = in(QStringLiteral("a.section_id"), *sections);
            const QString inAssets = in(QStringLiteral("a.id"), assets);
            sql += QStringLiteral(" AND (%1 OR %2)").arg(inSections, inAssets);
        }
        QSqlQuery q(reg().database().connection());
        q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            qFatal("direct count failed: %s", qPrintable(q.lastError().text()));
        RiskMatrix m(reg().risks().method().scale());
        while (q.next())
            m.add(q.value(0).toInt(), q.value(1).toInt(), 1);
        return m;
    }

    QList<RiskFilter> filters()
    {
        QList<RiskFilter> all;
        const QList<qint64> units{0, m_reg->unitNamed(QStringLiteral("市長（市長部局）")),
                                  m_reg->unitNamed(QStringLiteral("総務部")),
                                  m_reg->unitNamed(QStringLiteral("総務課"))};
        QList<std::optional<NetworkSegment>> segments{std::nullopt};
        for (NetworkSegment s : enumValues<NetworkSegment>())
            segments << s;
        QList<std::optional<AssetCategory>> categories{std::nullopt};
        for (AssetCategory c : enumValues<AssetCategory>())
            categories << c;
        QList<std::optional<ThreatGroup>> groups{std::nullopt};
        for (ThreatGroup g : enumValues<ThreatGroup>())
            groups << g;
        for (qint64 unit : units)
            for (const auto& segment : segments)
                for (const auto& category : categories)
                    for (const auto& group : groups)
                        all << RiskFilter{unit, segment, category, group, std::nullopt, std::nullopt, {}};
        for (RiskBand band : enumValues<RiskBand>())
            for (const auto& group : groups)
                all << RiskFilter{units.at(2), std::nullopt, std::nullopt, group, band, std::nullopt, {}};
        return all;
    }

    // Every filter: the service's heat maps equal the direct counts; returns how many risks the
    // unfiltered map holds.
    qint64 verifyEveryFilter(const std::optional<QList<qint64>>& sections = std::nullopt,
                             const QList<qint64>& assets = {})
    {
        qint64 unfiltered = -1;
        for (const RiskFilter& f : filters()) {
            const Result<RiskService::HeatMap> map = reg().risks().heatmap(f);
            if (!map)
                qFatal("heat map failed: %s", qPrintable(map.errorText()));
            const QString where = QStringLiteral("unit %1 segment %2 category %3 group %4")
                                      .arg(f.unitId)
                                      .arg(f.segment ? enumKey(*f.segment) : QString())
                                      .arg(f.category ? enumKey(*f.category) : QString())
                                      .arg(f.group ? enumKey(*f.group) : QString());
            if (!(map.value().inherent == direct(f, false, sections, assets)))
                qFatal("inherent heat map differs for %s", qPrintable(where));
            if (!(map.value().residual == direct(f, true, sections, assets)))
                qFatal("residual heat map differs for %s", qPrintable(where));
            if (unfiltered < 0)
                unfiltered = map.value().inherent.total();
        }
        return unfiltered;
    }

    Asset stored(qint64 id) { return *reg().assets().find(id).value(); }

private Q_SLOTS:
    void initTestCase() { PasswordHasher::install(Argon2Hasher::forTests()); }

    void init()
    {
        m_reg = std::make_unique<test::TestRegister>();
        QVERIFY(Generator(reg(), 5).generate(400));
    }
    void cleanup() { m_reg.reset(); }

    void countsEqualTheRisksForEveryFilter()
    {
        const qint64 total = verifyEveryFilter();
        QCOMPARE(total, reg().risks().count().value()); // all under the register's method
        QVERIFY2(total > 800, "about three risks per rated asset");
        const RiskService::HeatMap map = reg().risks().heatmap().value();
        QVERIFY(map.residual.total() > 0);
        QVERIFY(map.residual.total() < total);
    }

    void countsFollowEveryChange()
    {
        // A risk scored again and treated, another removed.
        QList<Risk> risks = RiskRepository(reg().database()).all().value();
        Risk changed = risks.at(0);
        changed.threatLevel = changed.threatLevel == 3 ? 1 : 3;
        changed.residualThreat = 1;
        changed.residualVulnerability = 1;
        QVERIFY(reg().risks().update(changed));
        QVERIFY(reg().risks().remove(risks.at(1).id));
        verifyEveryFilter();

        // An asset with risks moved to another section and segment.
        Asset moved = stored(risks.at(5).assetId);
        moved.sectionId = m_reg->unitNamed(QStringLiteral("総務課"));
        moved.segment = moved.segment == NetworkSegment::Internet ? NetworkSegment::Lgwan : NetworkSegment::Internet;
        const Status updated = reg().assets().update(moved);
        QVERIFY2(updated, qPrintable(updated.errorText()));
        verifyEveryFilter();

        // A threat moved to another group of 第3条.
        Threat fire = *reg().threats().findByKey(QStringLiteral("fire")).value();
        fire.group = ThreatGroup::Infrastructure;
        QVERIFY(reg().threats().update(fire));
        verifyEveryFilter();
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void aUserCountsWhatTheySee()
    {
        const qint64 office = m_reg->addPerson(QStringLiteral("情報　政策"));
        QVERIFY(reg().users().createUser(QStringLiteral("admin"), office, kPassword, true));
        reg().users().setPause([](int) {});
        QVERIFY(reg().signIn(QStringLiteral("admin"), kPassword));
        // 総務部's officer, who also administers one system elsewhere.
        const qint64 department = m_reg->unitNamed(QStringLiteral("総務部"));
        qint64 system = 0;
        for (const Risk& r : RiskRepository(reg().database()).all().value()) {
            const Asset a = stored(r.assetId);
            if (!subtree(department).contains(a.sectionId)) {
                system = a.id;
                break;
            }
        }
        QVERIFY(system != 0);
        const qint64 person = m_reg->addPerson(QStringLiteral("総務　部長"));
        for (const auto& [role, unit, asset] : {std::tuple{Role::SecurityOfficer, department, qint64(0)},
                                                std::tuple{Role::SystemAdmin, qint64(0), system}}) {
            RoleAssignment a;
            a.personId = person;
            a.role = role;
            a.unitId = unit;
            a.assetId = asset;
            a.validFrom = QDate(2026, 4, 1);
            QVERIFY(reg().people().assignRole(a));
        }
        QVERIFY(reg().users().createUser(QStringLiteral("soumu"), person, kPassword, false));
        QVERIFY(reg().signIn(QStringLiteral("soumu"), kPassword));
        QList<qint64> sections;
        for (qint64 unit : subtree(department))
            sections << unit;
        const qint64 seen = verifyEveryFilter(sections, {system});
        QVERIFY(seen > 0);
        QVERIFY(seen < RiskRepository(reg().database()).count().value());
        QCOMPARE(reg().risks().count().value(), seen);
    }
};

QTEST_GUILESS_MAIN(TestRiskHeatmap)
#include "tst_riskheatmap.moc"
