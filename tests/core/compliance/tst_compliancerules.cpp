// Each compliance rule: it fires on an asset (or unit) that breaks it, stays quiet on one that
// does not, and names its article; the check as a whole sees only what the user may see.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "compliance/ComplianceRules.h"
#include "service/Generator.h"
#include "service/Register.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace daicho;

class TestComplianceRules : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    Register& reg() { return m_reg->get(); }

    // A valid asset of the first section whose manager is that section's 情報セキュリティ管理者,
    // an LGWAN document rated C2 I1 A1: it breaks no rule.
    Asset sound(const char* code)
    {
        Asset a = m_reg->validAsset(QString::fromLatin1(code));
        a.category = AssetCategory::Document;
        a.subtype = QStringLiteral("仕様書");
        a.segment = NetworkSegment::Lgwan;
        a.confidentiality = QStringLiteral("2");
        a.integrity = a.availability = QStringLiteral("1");
        a.restrictions.clear();
        assignRole(a.managerId, Role::SecurityManager, a.sectionId);
        return a;
    }
    qint64 create(const Asset& a)
    {
        Result<qint64> id = reg().assets().create(a);
        if (!id)
            qFatal("cannot create %s: %s", qPrintable(a.code), qPrintable(id.errorText()));
        return id.value();
    }
    void assignRole(qint64 person, Role role, qint64 unit = 0, qint64 asset = 0)
    {
        RoleAssignment r;
        r.personId = person;
        r.role = role;
        r.unitId = unit;
        r.assetId = asset;
        r.validFrom = QDate(2026, 4, 1);
        Result<qint64> id = reg().people().assignRole(r);
        if (!id)
            qFatal("cannot assign: %s", qPrintable(id.errorText()));
    }
    // Changes a row behind the services' back: what an old import or another tool may leave.
    void sql(const QString& statement, qint64 id)
    {
        QSqlQuery q(reg().database().connection());
        q.prepare(statement);
        q.addBindValue(id);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
    }
    QList<Finding> findings(const char* rule)
    {
        Result<QList<Finding>> found = reg().compliance().check({QString::fromLatin1(rule)});
        if (!found)
            qFatal("check failed: %s", qPrintable(found.errorText()));
        return found.value();
    }
    // The codes of the assets a rule finds; each finding carries the rule's article and its code.
    QStringList codes(const char* rule)
    {
        const ComplianceRule* r = ComplianceRules::find(QString::fromLatin1(rule));
        if (!r)
            qFatal("no rule %s", rule);
        QStringList found;
        for (const Finding& f : findings(rule)) {
            if (f.rule != r->id() || f.article != r->article() || f.severity != r->severity())
                qFatal("finding of %s carries another rule's identity", rule);
            if (!f.assetCode.isEmpty() && !f.message.contains(f.assetCode))
                qFatal("message of %s does not name %s", rule, qPrintable(f.assetCode));
            found << f.assetCode;
        }
        return found;
    }

private Q_SLOTS:
    void init() { m_reg = std::make_unique<test::TestRegister>(); }
    void cleanup() { m_reg.reset(); }

    void everyRuleHasAnIdentity()
    {
        QStringList ids;
        for (const auto& rule : ComplianceRules::all()) {
            QVERIFY(!ids.contains(rule->id()));
            ids << rule->id();
            QVERIFY2(rule->article().startsWith(QStringLiteral("第")), qPrintable(rule->id()));
            QVERIFY(!rule->title().isEmpty());
        }
        for (const char* id :
             {"unclassified", "no-manager", "manager-role-mismatch", "system-without-admin", "segment-violation",
              "outsourcing-incomplete", "cloud-incomplete", "sns-incomplete", "classification-below-inherited",
              "role-cardinality", "risk-untreated", "disposal-incomplete"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
    }

    void unclassified()
    {
        create(sound("OK-1"));
        Asset unrated = sound("U-1");
        unrated.availability.clear();
        create(unrated);
        QCOMPARE(codes("unclassified"), QStringList{QStringLiteral("U-1")});
    }

    void noManager()
    {
        create(sound("OK-1"));
        sql(QStringLiteral("UPDATE assets SET manager_id = NULL WHERE id = ?"), create(sound("N-1")));
        QCOMPARE(codes("no-manager"), QStringList{QStringLiteral("N-1")});
    }

    void managerRoleMismatch()
    {
        create(sound("OK-1"));
        // Managed by the 責任者 of the department above the section: also fine.
        Asset above = sound("OK-2");
        above.managerId = m_reg->addPerson(QStringLiteral("総務　部長"));
        qint64 department = 0;
        for (const OrgUnit& u : reg().org().units().value())
            if (u.id == above.sectionId)
                department = u.parentId;
        assignRole(above.managerId, Role::SecurityOfficer, department);
        create(above);
        Asset stranger = sound("M-1");
        stranger.managerId = m_reg->addPerson(QStringLiteral("別部署　職員"));
        create(stranger);
        QCOMPARE(codes("manager-role-mismatch"), QStringList{QStringLiteral("M-1")});
    }

    void systemWithoutAdmin()
    {
        Asset server = sound("S-1");
        server.category = AssetCategory::Infrastructure;
        server.subtype = QStringLiteral("サーバ");
        create(server);
        Asset administered = server;
        administered.code = QStringLiteral("S-2");
        administered.systemAdminId = administered.managerId;
        create(administered);
        Asset byRole = server;
        byRole.code = QStringLiteral("S-3");
        assignRole(byRole.managerId, Role::SystemAdmin, 0, create(byRole));
        Asset medium = server;
        medium.code = QStringLiteral("USB-1");
        medium.subtype = QStringLiteral("電磁的記録媒体");
        create(medium);
        QCOMPARE(codes("system-without-admin"), QStringList{QStringLiteral("S-1")});
    }

    void segmentViolation()
    {
        create(sound("OK-1"));
        Asset c3 = sound("C3-NET");
        c3.segment = NetworkSegment::Internet;
        c3.confidentiality = QStringLiteral("3");
        create(c3);
        Asset specific = sound("MY-LGWAN");
        specific.personalData << PersonalData::SpecificPersonal;
        create(specific);
        Asset cloud = sound("MY-CLOUD");
        cloud.segment = NetworkSegment::MyNumber;
        cloud.provision = Provision::Cloud;
        cloud.provider = QStringLiteral("クラウド事業者");
        create(cloud);
        Asset held = sound("MY-HELD");
        held.segment = NetworkSegment::MyNumber;
        held.category = AssetCategory::Information;
        const qint64 heldId = create(held);
        Asset webServer = sound("WEB-1");
        webServer.category = AssetCategory::Infrastructure;
        webServer.segment = NetworkSegment::Internet;
        QVERIFY(reg().holdings().link(create(webServer), heldId));
        const QStringList found = codes("segment-violation");
        QCOMPARE(found, (QStringList{QStringLiteral("C3-NET"), QStringLiteral("MY-LGWAN"), QStringLiteral("MY-CLOUD"),
                                     QStringLiteral("MY-HELD")}));
    }

    void outsourcingCloudAndSns()
    {
        Asset outsourced = sound("OUT-1");
        outsourced.provision = Provision::Outsourced;
        outsourced.provider = QStringLiteral("委託先");
        outsourced.contractHasSecurity = false;
        create(outsourced);
        outsourced.code = QStringLiteral("OUT-OK");
        outsourced.contractHasSecurity = true;
        create(outsourced);
        QCOMPARE(codes("outsourcing-incomplete"), QStringList{QStringLiteral("OUT-1")});

        Asset cloud = sound("CL-1");
        cloud.provision = Provision::Cloud;
        cloud.provider = QStringLiteral("事業者");
        cloud.usageRulesInPlace = true; // ISMAP status not recorded
        create(cloud);
        cloud.code = QStringLiteral("CL-OK");
        cloud.ismapRegistered = true;
        create(cloud);
        QCOMPARE(codes("cloud-incomplete"), QStringList{QStringLiteral("CL-1")});

        Asset sns = sound("SNS-1");
        sns.segment = NetworkSegment::Internet;
        sns.provision = Provision::Sns;
        sns.provider = QStringLiteral("LINE");
        sns.usageRulesInPlace = true;
        create(sns); // no responsible person
        sns.code = QStringLiteral("SNS-OK");
        sns.snsResponsibleId = sns.managerId;
        create(sns);
        QCOMPARE(codes("sns-incomplete"), QStringList{QStringLiteral("SNS-1")});
    }

    void classificationBelowInherited()
    {
        Asset pc = sound("PC-1");
        pc.category = AssetCategory::Infrastructure;
        pc.subtype = QStringLiteral("端末");
        pc.confidentiality = QStringLiteral("1");
        Asset data = sound("D-1");
        data.category = AssetCategory::Information;
        QVERIFY(reg().holdings().link(create(pc), create(data)));
        QCOMPARE(codes("classification-below-inherited"), QStringList{QStringLiteral("PC-1")});
        QVERIFY(findings("classification-below-inherited").first().message.contains(QStringLiteral("D-1")));
    }

    void roleCardinality()
    {
        // A new city: no CISO, no 統括, departments without 責任者.
        const QList<Finding> before = findings("role-cardinality");
        QCOMPARE(std::count_if(before.cbegin(), before.cend(), [](const Finding& f) { return f.unitId == 0; }), 2);
        const qint64 soumu = m_reg->unitNamed(QStringLiteral("総務部"));
        QVERIFY(std::any_of(before.cbegin(), before.cend(), [soumu](const Finding& f) { return f.unitId == soumu; }));
        assignRole(m_reg->addPerson(QStringLiteral("副市長")), Role::Ciso);
        assignRole(m_reg->addPerson(QStringLiteral("総務部長")), Role::ChiefOfficer);
        assignRole(m_reg->addPerson(QStringLiteral("総務部長")), Role::SecurityOfficer, soumu);
        const QList<Finding> after = findings("role-cardinality");
        QVERIFY(std::none_of(after.cbegin(), after.cend(),
                             [soumu](const Finding& f) { return f.unitId == 0 || f.unitId == soumu; }));
        // A section with an asset but no 管理者 in office.
        Asset orphan = sound("O-1");
        orphan.sectionId = m_reg->unitNamed(QStringLiteral("税務課"));
        // (its manager is 管理者 of the first section only: a role elsewhere does not count)
        create(orphan);
        const QList<Finding> section = findings("role-cardinality");
        QVERIFY(std::any_of(section.cbegin(), section.cend(),
                            [&orphan](const Finding& f) { return f.unitId == orphan.sectionId; }));
    }

    void riskUntreated()
    {
        const qint64 asset = create(sound("R-1")); // 重要度 3: threat 3 × vulnerability 3 → 9
        Risk high;
        high.assetId = asset;
        high.threatKey = QStringLiteral("insider");
        high.threatLevel = 3;
        high.vulnerabilityLevel = 3;
        QVERIFY(reg().risks().create(high));
        Risk treated = high;
        treated.threatKey = QStringLiteral("fire");
        treated.treatment = Treatment::Modify;
        treated.plan = QStringLiteral("耐火書庫へ移す");
        treated.dueOn = QDate(2099, 1, 1);
        QVERIFY(reg().risks().create(treated));
        Risk late = high;
        late.threatKey = QStringLiteral("earthquake");
        late.threatLevel = 1;
        late.treatment = Treatment::Modify;
        late.plan = QStringLiteral("固定する");
        late.dueOn = QDate(2020, 3, 31);
        QVERIFY(reg().risks().create(late));
        const QList<Finding> found = findings("risk-untreated");
        QCOMPARE(found.size(), 2);
        QVERIFY(found.at(0).message.contains(QStringLiteral("内部不正")) ||
                found.at(0).message.contains(QStringLiteral("Insider")));
        QVERIFY(found.at(1).message.contains(QStringLiteral("2020-03-31")));
    }

    void disposalIncomplete()
    {
        create(sound("OK-1"));
        const qint64 id = create(sound("DS-1"));
        sql(QStringLiteral("UPDATE assets SET status = 'disposed', disposed_on = '2026-05-01' WHERE id = ?"), id);
        QCOMPARE(codes("disposal-incomplete"), QStringList{QStringLiteral("DS-1")});
    }

    void aSoundRegisterHasNoErrorsAndTheSummaryCounts()
    {
        create(sound("OK-1"));
        Asset unrated = sound("U-1");
        unrated.integrity.clear();
        create(unrated);
        const QList<Finding> all = reg().compliance().check().value();
        const ComplianceService::Summary s = ComplianceService::summarise(all);
        QCOMPARE(s.byRule.value(QStringLiteral("unclassified")), 1);
        QVERIFY(s.hasErrors());
        qint64 total = 0;
        for (qint64 n : s.bySeverity)
            total += n;
        QCOMPARE(total, all.size());
    }

    void aPageOfAssetsGetsTheFindingsTheWholeCheckHasForThem()
    {
        QVERIFY(Generator(reg(), 21).generate(400));
        const QList<Finding> all = reg().compliance().check().value();
        for (const QList<qint64>& page : {QList<qint64>{1, 2, 3}, [] {
                                              QList<qint64> ids;
                                              for (qint64 id = 100; id < 356; ++id)
                                                  ids << id;
                                              return ids;
                                          }()}) {
            QStringList expected;
            for (const Finding& f : all)
                if (page.contains(f.assetId))
                    expected << f.rule + QLatin1Char(' ') + f.assetCode + QLatin1Char(' ') + f.message;
            QStringList got;
            for (const Finding& f : reg().compliance().checkAssets(page).value())
                got << f.rule + QLatin1Char(' ') + f.assetCode + QLatin1Char(' ') + f.message;
            expected.sort();
            got.sort();
            QCOMPARE(got, expected);
        }
    }

    // Reports count findings without building them: the same numbers per rule and unit as the check.
    void countingGivesTheCheckedNumbers()
    {
        QVERIFY(Generator(reg(), 8).generate(400));
        QHash<QString, QHash<qint64, qint64>> checked;
        for (const Finding& f : reg().compliance().check().value())
            ++checked[f.rule][f.unitId];
        const QHash<QString, QHash<qint64, qint64>> counted = reg().compliance().countByUnit().value();
        qint64 total = 0;
        for (const auto& rule : ComplianceRules::all()) {
            QHash<qint64, qint64> perUnit = counted.value(rule->id());
            perUnit.removeIf([](const auto& entry) { return entry.value() == 0; });
            QCOMPARE(perUnit, checked.value(rule->id()));
            for (qint64 n : perUnit)
                total += n;
        }
        QVERIFY(total > 0);
    }
};

QTEST_GUILESS_MAIN(TestComplianceRules)
#include "tst_compliancerules.moc"
