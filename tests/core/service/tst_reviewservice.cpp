// ReviewService (棚卸し): a campaign per 年度 opened by the security office, assets marked by those
// who look after them, sections confirmed at once, progress per department, sign-off by the
// department's 情報セキュリティ責任者 only once everything is reviewed; all audited. The
// review-overdue rule flags what was not reviewed by the due date.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "db/Database.h"
#include "db/Query.h"
#include "repo/ReviewRepository.h"
#include "security/Argon2Hasher.h"
#include "service/AccessPolicy.h"
#include "service/Register.h"

#include <QTest>

using namespace daicho;
using daicho::test::fieldsOf;

namespace {
const QString kPassword = QStringLiteral("a-long-passphrase");
}

class TestReviewService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    qint64 m_general = 0; // 総務課, in 総務部
    qint64 m_tax = 0;     // 税務課, in 総務部 as well
    QList<qint64> m_assets;

    Register& reg() { return m_reg->get(); }
    ReviewService& reviews() { return reg().reviews(); }
    qint64 asset(const char* code, qint64 section)
    {
        Asset a = m_reg->validAsset(QString::fromLatin1(code));
        a.sectionId = section;
        return reg().assets().create(a).value();
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

private Q_SLOTS:
    void initTestCase() { PasswordHasher::install(Argon2Hasher::forTests()); }
    void init()
    {
        m_reg = std::make_unique<test::TestRegister>();
        reg().users().setPause([](int) {});
        m_general = m_reg->unitNamed(QStringLiteral("総務課"));
        m_tax = m_reg->unitNamed(QStringLiteral("税務課"));
        m_assets = {asset("G-1", m_general), asset("G-2", m_general), asset("T-1", m_tax)};
        const qint64 office = m_reg->addPerson(QStringLiteral("情報　政策"));
        QVERIFY(reg().users().createUser(QStringLiteral("admin"), office, kPassword, true));
        QVERIFY(reg().signIn(QStringLiteral("admin"), kPassword));
    }
    void cleanup() { m_reg.reset(); }

    void fiscalYearsRunFromApril()
    {
        QCOMPARE(fiscalYearOf(QDate(2026, 3, 31)), 2025);
        QCOMPARE(fiscalYearOf(QDate(2026, 4, 1)), 2026);
        QCOMPARE(fiscalYearOf(QDate(2027, 1, 15)), 2026);
    }

    void aCampaignPerFiscalYear()
    {
        QVERIFY(!reviews().review(m_assets.at(0), ReviewOutcome::Confirmed)); // nothing open yet
        QCOMPARE(fieldsOf(reviews().openCampaign(2026, QDate(2027, 4, 30)).problems()),
                 QStringList{QStringLiteral("due_on")}); // after the 年度
        QCOMPARE(fieldsOf(reviews().openCampaign(2025, QDate(2026, 12, 1)).problems()),
                 QStringList{QStringLiteral("fiscal_year")}); // over
        QVERIFY(reviews().openCampaign(2026, QDate(2027, 1, 31)));
        QVERIFY(!reviews().openCampaign(2026, QDate(2027, 2, 28))); // one per year
        QCOMPARE(reviews().current().value()->dueOn, QDate(2027, 1, 31));
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void marksConfirmationsAndProgress()
    {
        QVERIFY(reviews().openCampaign(2026, QDate(2027, 1, 31)));
        signInAs("kacho", Role::SecurityManager, m_general);
        QCOMPARE(fieldsOf(reviews().review(m_assets.at(0), ReviewOutcome::NeedsFix).problems()),
                 QStringList{QStringLiteral("comment")});
        QVERIFY(reviews().review(m_assets.at(0), ReviewOutcome::NeedsFix, QStringLiteral("保管場所が変わった")));
        QVERIFY(!reviews().review(m_assets.at(2), ReviewOutcome::Confirmed)); // 税務課 is not theirs
        // Confirming the section leaves the asset already marked as it was.
        QCOMPARE(reviews().confirmSection(m_general).value(), 1);
        QCOMPARE(reviews().reviewOf(m_assets.at(0)).value()->outcome, ReviewOutcome::NeedsFix);
        QCOMPARE(reviews().reviewOf(m_assets.at(1)).value()->outcome, ReviewOutcome::Confirmed);
        QCOMPARE(reviews().reviewOf(m_assets.at(1)).value()->reviewedBy, QStringLiteral("kacho"));
        QVERIFY(!reviews().confirmSection(m_tax));

        // Marked again: the same review, a new version.
        QVERIFY(reviews().review(m_assets.at(0), ReviewOutcome::Confirmed));
        QCOMPARE(reviews().reviewOf(m_assets.at(0)).value()->version, 2);

        QVERIFY(reg().signIn(QStringLiteral("admin"), kPassword));
        const QList<ReviewService::Progress> progress = reviews().progress().value();
        const qint64 soumu = m_reg->unitNamed(QStringLiteral("総務部"));
        const auto department = std::find_if(progress.cbegin(), progress.cend(),
                                             [soumu](const ReviewService::Progress& p) { return p.unitId == soumu; });
        QVERIFY(department != progress.cend());
        QCOMPARE(department->assets, 3);
        QCOMPARE(department->reviewedCount(), 2);
        QCOMPARE(department->reviewed.value(ReviewOutcome::Confirmed), 2);
        QCOMPARE(reviews().outcomes(m_assets).value().size(), 2);
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void theTableFiltersByReview()
    {
        QVERIFY(reviews().openCampaign(2026, QDate(2027, 1, 31)));
        QVERIFY(reviews().review(m_assets.at(0), ReviewOutcome::NeedsFix, QStringLiteral("名称")));
        QVERIFY(reviews().review(m_assets.at(1), ReviewOutcome::Confirmed));
        const auto count = [this](const QString& review) {
            AssetFilter f;
            f.review = review;
            return reg().assets().count(f).value();
        };
        QCOMPARE(count(QStringLiteral("needs_fix")), 1);
        QCOMPARE(count(QStringLiteral("confirmed")), 1);
        QCOMPARE(count(AssetFilter::notReviewed()), 1);
        AssetFilter only;
        only.onlyAssets = QList<qint64>{m_assets.at(0), m_assets.at(2)};
        QCOMPARE(reg().assets().count(only).value(), 2);
        only.review = AssetFilter::notReviewed();
        QCOMPARE(reg().assets().count(only).value(), 1);
    }

    void onlyTheDepartmentsOfficerSignsOffACompleteReview()
    {
        QVERIFY(reviews().openCampaign(2026, QDate(2027, 1, 31)));
        const qint64 soumu = m_reg->unitNamed(QStringLiteral("総務部"));
        QVERIFY(reviews().confirmSection(m_general));
        signInAs("kacho", Role::SecurityManager, m_tax);
        QVERIFY(reviews().confirmSection(m_tax));
        QCOMPARE(reviews().signOff(soumu).problems().first().field, AccessPolicy::kDenied); // a section head
        signInAs("bucho", Role::SecurityOfficer, soumu);
        Result<qint64> signed_ = reviews().signOff(soumu, QStringLiteral("全件確認した"));
        QVERIFY2(signed_, qPrintable(signed_.errorText()));
        QVERIFY(!reviews().signOff(soumu)); // once
        const QList<ReviewService::Progress> progress = reviews().progress().value();
        const auto department = std::find_if(progress.cbegin(), progress.cend(),
                                             [soumu](const ReviewService::Progress& p) { return p.unitId == soumu; });
        QVERIFY(department->signoff);
        QCOMPARE(department->signoff->signedBy, QStringLiteral("bucho"));
    }

    void signOffWaitsForEveryAsset()
    {
        QVERIFY(reviews().openCampaign(2026, QDate(2027, 1, 31)));
        QVERIFY(reviews().confirmSection(m_general));
        const Result<qint64> early = reviews().signOff(m_reg->unitNamed(QStringLiteral("総務部")));
        QVERIFY(!early);
        QVERIFY2(early.errorText().contains(QStringLiteral("1")), qPrintable(early.errorText()));
    }

    void unreviewedAssetsAreOverdueAfterTheDueDate()
    {
        QVERIFY(reviews().openCampaign(2026, QDate(2026, 12, 25)));
        QVERIFY(reviews().review(m_assets.at(0), ReviewOutcome::Confirmed));
        const auto overdue = [this] {
            QStringList codes;
            for (const Finding& f : reg().compliance().check({QStringLiteral("review-overdue")}).value())
                codes << f.assetCode;
            return codes;
        };
        QVERIFY(overdue().isEmpty());                  // not due yet
        m_reg->clock().advanceSeconds(31 * 24 * 3600); // 2026-12-28
        QCOMPARE(overdue(), (QStringList{QStringLiteral("G-2"), QStringLiteral("T-1")}));
    }

    void sectionsLeftNameWhoIsToReview()
    {
        QVERIFY(reviews().openCampaign(2026, QDate(2027, 1, 31)));
        QVERIFY(reviews().review(m_assets.at(0), ReviewOutcome::Confirmed));
        signInAs("kacho", Role::SecurityManager, m_general);
        QVERIFY(reg().signIn(QStringLiteral("admin"), kPassword));
        const QList<ReviewService::SectionLeft> left = reviews().sectionsLeft().value();
        QCOMPARE(left.size(), 2); // 総務課 (1 of 2 left) and 税務課 (1 of 1)
        for (const ReviewService::SectionLeft& l : left) {
            QCOMPARE(l.left, 1);
            QCOMPARE(l.department, QStringLiteral("総務部"));
            if (l.sectionId == m_general) {
                QCOMPARE(l.assets, 2);
                QCOMPARE(l.managers, QStringList{QStringLiteral("kacho")});
            } else {
                QCOMPARE(l.sectionId, m_tax);
                QVERIFY(l.managers.isEmpty());
            }
        }
        // Done: off the list. A section head sees their own section only.
        QVERIFY(reviews().confirmSection(m_tax));
        QCOMPARE(reviews().sectionsLeft().value().size(), 1);
        QVERIFY(reg().signIn(QStringLiteral("kacho"), kPassword));
        QCOMPARE(reviews().sectionsLeft().value().size(), 1);
        QVERIFY(reviews().confirmSection(m_general));
        QVERIFY(reviews().sectionsLeft().value().isEmpty());
    }

    void evidenceListsWhatTheUserMaySee()
    {
        QVERIFY(!reviews().evidence([](const ReviewEvidence&) { return true; })); // no campaign
        QVERIFY(reviews().openCampaign(2026, QDate(2027, 1, 31)));
        QVERIFY(reviews().review(m_assets.at(0), ReviewOutcome::NeedsFix, QStringLiteral("保管場所が変わった")));
        QVERIFY(reviews().review(m_assets.at(2), ReviewOutcome::ToDispose));
        QList<ReviewEvidence> all;
        QVERIFY(reviews().evidence([&](const ReviewEvidence& e) {
            all << e;
            return true;
        }));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().code, QStringLiteral("G-1"));
        QCOMPARE(all.first().section, QStringLiteral("総務課"));
        QCOMPARE(all.first().outcome, ReviewOutcome::NeedsFix);
        QCOMPARE(all.first().comment, QStringLiteral("保管場所が変わった"));
        QCOMPARE(all.first().reviewedBy, QStringLiteral("admin"));
        signInAs("kacho", Role::SecurityManager, m_general);
        QList<QString> seen;
        QVERIFY(reviews().evidence([&](const ReviewEvidence& e) {
            seen << e.code;
            return true;
        }));
        QCOMPARE(seen, QList<QString>{QStringLiteral("G-1")});
    }

    // The review tally (migration 10) against a count of the rows themselves.
    void reviewCountsFollowMovesAndDisposals()
    {
        QVERIFY(reviews().openCampaign(2026, QDate(2027, 1, 31)));
        const qint64 campaign = reviews().current().value()->id;
        const auto tallied = [&] {
            QMap<std::pair<qint64, int>, qint64> counts;
            for (const ReviewRepository::SectionCount& c :
                 ReviewRepository(reg().database()).countBySection(campaign).value()) {
                counts[{c.sectionId, -1}] = c.assets;
                for (auto it = c.reviewed.cbegin(); it != c.reviewed.cend(); ++it)
                    if (it.value() != 0)
                        counts[{c.sectionId, int(it.key())}] = it.value();
            }
            return counts;
        };
        const auto counted = [&] {
            QMap<std::pair<qint64, int>, qint64> counts;
            Query q(reg().database(), QStringLiteral("SELECT a.section_id, r.outcome, COUNT(*) FROM assets a"
                                                     " LEFT JOIN asset_reviews r ON r.asset_id = a.id"
                                                     " AND r.campaign_id = ? WHERE a.status = 'active'"
                                                     " GROUP BY 1, 2"));
            q.bind(0, campaign);
            if (!q.exec())
                return counts;
            while (q.next()) {
                const qint64 section = q.value(0).toLongLong();
                counts[{section, -1}] += q.value(2).toLongLong();
                if (const auto outcome = enumFromKey<ReviewOutcome>(q.value(1).toString()))
                    counts[{section, int(*outcome)}] = q.value(2).toLongLong();
            }
            return counts;
        };
        QCOMPARE(tallied(), counted());
        QVERIFY(reviews().review(m_assets.at(0), ReviewOutcome::Confirmed));
        QVERIFY(reviews().review(m_assets.at(1), ReviewOutcome::NeedsFix, QStringLiteral("名称")));
        QVERIFY(reviews().review(m_assets.at(2), ReviewOutcome::Confirmed));
        QCOMPARE(tallied(), counted());
        QVERIFY(reviews().review(m_assets.at(1), ReviewOutcome::ToDispose)); // changed
        QCOMPARE(tallied(), counted());
        Asset moved = *reg().assets().find(m_assets.at(0)).value(); // 総務課 → 税務課
        moved.sectionId = m_tax;
        QVERIFY(reg().assets().update(moved));
        QCOMPARE(tallied(), counted());
        QVERIFY(reg().assets().dispose(m_assets.at(1), QDate(2026, 11, 27), QStringLiteral("溶解"),
                                       m_reg->addPerson(QStringLiteral("確認　者"))));
        QCOMPARE(tallied(), counted());
        QCOMPARE(tallied().value({m_general, int(ReviewOutcome::ToDispose)}), 0);
        QCOMPARE(tallied().value({m_tax, int(ReviewOutcome::Confirmed)}), 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
