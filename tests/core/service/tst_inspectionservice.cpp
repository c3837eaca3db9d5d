// InspectionService (自己点検, 第7条): the checklist drawn from the regulation's articles, answered
// per section once a 年度 by those who look after the section, summed per department and for the
// city; the security office keeps the checklist. All audited.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "domain/InspectionChecklist.h"
#include "security/Argon2Hasher.h"
#include "service/AccessPolicy.h"
#include "service/Register.h"

#include <QTest>

using namespace daicho;
using daicho::test::fieldsOf;

namespace {
const QString kPassword = QStringLiteral("a-long-passphrase");
}

class TestInspectionService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    qint64 m_general = 0; // 総務課, in 総務部
    qint64 m_tax = 0;     // 税務課, in 総務部 as well

    Register& reg() { return m_reg->get(); }
    InspectionService& inspections() { return reg().inspections(); }
    qint64 item(const char* key)
    {
        for (const InspectionItem& i : inspections().items().value())
            if (i.key == QLatin1String(key))
                return i.id;
        return 0;
    }
    void signInAs(const char* login, Role role, qint64 unit)
    {
        QVERIFY(reg().signIn(QStringLiteral("admin"), kPassword));
        const qint64 person = m_reg->addPerson(QString::fromLatin1(login));
        RoleAssignment r;
        r.personId = person;
        r.role = role;
        r.unitId = unit;
        r.validFrom = QDate(2026, 4, 1);
        QVERIFY(reg().people().assignRole(r));
        QVERIFY(reg().users().createUser(QString::fromLatin1(login), person, kPassword, false));
        QVERIFY(reg().signIn(QString::fromLatin1(login), kPassword));
    }
    const InspectionService::Summary::Row* row(const InspectionService::Summary& s, const QString& name)
    {
        for (const InspectionService::Summary::Row& r : s.departments)
            if (r.name == name)
                return &r;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { PasswordHasher::install(Argon2Hasher::forTests()); }
    void init()
    {
        m_reg = std::make_unique<test::TestRegister>();
        reg().users().setPause([](int) {});
        m_general = m_reg->unitNamed(QStringLiteral("総務課"));
        m_tax = m_reg->unitNamed(QStringLiteral("税務課"));
        const qint64 office = m_reg->addPerson(QStringLiteral("情報　政策"));
        QVERIFY(reg().users().createUser(QStringLiteral("admin"), office, kPassword, true));
        QVERIFY(reg().signIn(QStringLiteral("admin"), kPassword));
    }
    void cleanup() { m_reg.reset(); }

    void theRegisterStartsWithTheRegulationsChecklist()
    {
        const QList<InspectionItem> items = inspections().items().value();
        QCOMPARE(items.size(), InspectionChecklist::defaults().size());
        QVERIFY(items.size() >= 20);
        QSet<QString> keys;
        QSet<QString> articles;
        for (const InspectionItem& i : items) {
            keys << i.key;
            articles << i.article;
            QVERIFY2(i.article.startsWith(QStringLiteral("第")), qPrintable(i.key));
            QVERIFY(!i.textJa.isEmpty() && !i.textEn.isEmpty());
        }
        QCOMPARE(keys.size(), items.size());
        // Every obligation of 第6条 the segments and outsourcing rules name has an item.
        for (const char* article :
             {"第4条", "第6条(1)", "第6条(2)ア", "第6条(2)イ", "第6条(2)ウ", "第6条(3)", "第6条(4)", "第6条(5)",
              "第6条(6)", "第6条(7)ア", "第6条(7)イ", "第6条(7)ウ", "第7条"})
            QVERIFY2(articles.contains(QString::fromUtf8(article)), article);
        QVERIFY(item("mynumber_no_takeout") != 0);
        // Seeded with an audit event each: the verifier knows them.
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void aSectionAnswersItsOwnChecklistOnly()
    {
        signInAs("kacho", Role::SecurityManager, m_general);
        const QList<OrgUnit> mine = inspections().sections().value();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().id, m_general);
        const qint64 takeout = item("mynumber_no_takeout");
        QVERIFY(inspections().answer(m_general, takeout, InspectionAnswer::Done));
        // Partly done or not done says what is missing.
        QCOMPARE(
            fieldsOf(inspections().answer(m_general, item("training_attended"), InspectionAnswer::Partial).problems()),
            QStringList{QStringLiteral("comment")});
        QVERIFY(inspections().answer(m_general, item("training_attended"), InspectionAnswer::Partial,
                                     QStringLiteral("非常勤職員2名が未受講")));
        // Another section, even in the same department, is not theirs.
        const Status other = inspections().answer(m_tax, takeout, InspectionAnswer::Done);
        QVERIFY(!other);
        QCOMPARE(fieldsOf(other.problems()), QStringList{AccessPolicy::kDenied});
        // Answered per section, not per department.
        QVERIFY(reg().signIn(QStringLiteral("admin"), kPassword));
        QCOMPARE(fieldsOf(inspections()
                              .answer(m_reg->unitNamed(QStringLiteral("総務部")), takeout, InspectionAnswer::Done)
                              .problems()),
                 QStringList{QStringLiteral("section")});

        const QHash<qint64, InspectionResponse> answers = inspections().answers(m_general).value();
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.value(takeout).answer, InspectionAnswer::Done);
        QCOMPARE(answers.value(takeout).answeredBy, QStringLiteral("kacho"));
        QCOMPARE(answers.value(takeout).fiscalYear, 2026);
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void anAnswerChangesAndIsTakenBack()
    {
        const qint64 logs = item("logs_checked");
        QVERIFY(inspections().answer(m_general, logs, InspectionAnswer::NotDone, QStringLiteral("記録の確認手順なし")));
        QVERIFY(inspections().answer(m_general, logs, InspectionAnswer::Done));
        QCOMPARE(inspections().answers(m_general).value().value(logs).version, 2);
        QVERIFY(inspections().answers(m_general).value().value(logs).comment.isEmpty());
        QVERIFY(inspections().clearAnswer(m_general, logs));
        QVERIFY(inspections().answers(m_general).value().isEmpty());
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void answersBelongToTheirFiscalYear()
    {
        QVERIFY(inspections().answer(m_general, item("server_room"), InspectionAnswer::Done));
        m_reg->clock().advanceSeconds(qint64(200) * 24 * 3600); // into 令和9年度 (2027)
        QCOMPARE(inspections().fiscalYear(), 2027);
        QVERIFY(inspections().answers(m_general).value().isEmpty());
        QCOMPARE(inspections().summary().value().city.answered(), 0);
    }

    void summariesPerDepartmentAndForTheCity()
    {
        const qint64 asked = inspections().items().value().size();
        QVERIFY(inspections().answer(m_general, item("server_room"), InspectionAnswer::Done));
        QVERIFY(inspections().answer(m_general, item("logs_checked"), InspectionAnswer::Partial,
                                     QStringLiteral("月次確認のみ")));
        QVERIFY(inspections().answer(m_general, item("sns_procedure"), InspectionAnswer::NotApplicable));
        QVERIFY(inspections().answer(m_tax, item("server_room"), InspectionAnswer::NotDone,
                                     QStringLiteral("施錠されていない")));
        const InspectionService::Summary summary = inspections().summary().value();
        const InspectionService::Summary::Row* soumu = row(summary, QStringLiteral("総務部"));
        QVERIFY(soumu);
        const qint64 sections = soumu->tally.sections;
        QVERIFY(sections >= 2);
        QCOMPARE(soumu->tally.asked, sections * asked);
        QCOMPARE(soumu->tally.answered(), 4);
        QCOMPARE(soumu->tally.unanswered(), sections * asked - 4);
        QCOMPARE(soumu->tally.answers.value(InspectionAnswer::NotApplicable), 1);
        // (1 done + ½ partly done) of 3 answered items that apply.
        QCOMPARE(soumu->tally.rate(), 0.5);
        QCOMPARE(summary.city.answered(), 4);
        qint64 citySections = 0;
        for (const InspectionService::Summary::Row& r : summary.departments)
            citySections += r.tally.sections;
        QCOMPARE(summary.city.sections, citySections);
        QCOMPARE(summary.city.asked, citySections * asked);

        // A department with no answers has no rate yet.
        for (const InspectionService::Summary::Row& r : summary.departments)
            if (r.unitId != soumu->unitId)
                QCOMPARE(r.tally.rate(), -1.0);

        // A section head sees only their own section counted.
        signInAs("kacho", Role::SecurityManager, m_general);
        const InspectionService::Summary own = inspections().summary().value();
        QCOMPARE(own.departments.size(), 1);
        QCOMPARE(own.city.sections, 1);
        QCOMPARE(own.city.answered(), 3);
    }

    void theOfficeKeepsTheChecklist()
    {
        InspectionItem added;
        added.article = QStringLiteral("第6条(5)");
        added.textJa = QStringLiteral("USBメモリの使用が許可制になっている");
        const Result<qint64> id = inspections().addItem(added);
        QVERIFY(id);
        QCOMPARE(inspections().items().value().constLast().id, id.value());
        QVERIFY(!inspections().addItem(InspectionItem{})); // no article, no text

        // Retired: not asked, answers refused, old answers kept.
        const qint64 sns = item("sns_procedure");
        QVERIFY(inspections().answer(m_general, sns, InspectionAnswer::Done));
        const QList<InspectionItem> items = inspections().items().value();
        InspectionItem retired =
            *std::find_if(items.cbegin(), items.cend(), [sns](const InspectionItem& i) { return i.id == sns; });
        retired.active = false;
        QVERIFY(inspections().updateItem(retired));
        QCOMPARE(item("sns_procedure"), 0);
        QCOMPARE(fieldsOf(inspections().answer(m_tax, sns, InspectionAnswer::Done).problems()),
                 QStringList{QStringLiteral("item")});
        QCOMPARE(inspections().answers(m_general).value().size(), 1);
        QCOMPARE(inspections().items(true).value().size(), InspectionChecklist::defaults().size() + 1);
        // Keys never change.
        retired.version += 1;
        retired.key = QStringLiteral("renamed");
        QVERIFY(!inspections().updateItem(retired));

        // Only the security office keeps it.
        signInAs("kacho", Role::SecurityManager, m_general);
        added.key.clear();
        QCOMPARE(fieldsOf(inspections().addItem(added).problems()), QStringList{AccessPolicy::kDenied});
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }
};

QTEST_GUILESS_MAIN(TestInspectionService)
#include "tst_inspectionservice.moc"
