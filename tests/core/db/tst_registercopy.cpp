// RegisterCopy (daicho-cli migrate): a SQLite register moved into a new one (on PostgreSQL when
// the suite runs against a server) keeps every row, its ids and its audit trail, which verifies;
// its tallies are rebuilt and new records continue after the copied ids.

#include "CoreTestHelpers.h"
#include "TestBackend.h"
#include "TestRegister.h"
#include "audit/AuditVerifier.h"
#include "db/RegisterCopy.h"
#include "service/Generator.h"
#include "service/TemplateService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace daicho;
using daicho::test::scalar;
using daicho::test::TestBackend;

namespace {

std::unique_ptr<Register> createSqlite(const QString& path, const Clock& clock)
{
    Result<std::unique_ptr<Register>> created = Register::create(path, clock);
    if (!created)
        qFatal("cannot create the source: %s", qPrintable(created.errorText()));
    return created.take();
}

} // namespace

class TestRegisterCopy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyRowMovesWithItsAuditTrail()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
        // The source is always a file, as a city's register is before it moves to the server.
        std::unique_ptr<Register> source = createSqlite(dir.filePath(QStringLiteral("source.sqlite")), clock);
        QVERIFY(TemplateService(*source).apply(TemplateService::noshiro()));
        QVERIFY(Generator(*source, 7).generate(60));
        const RiskService::HeatMap sourceMap = source->risks().heatmap().value();
        // This year's review under way: its per-section tallies must come across too.
        QVERIFY(source->reviews().openCampaign(2026, QDate(2027, 1, 31)));
        for (qint64 id = 1; id <= 20; ++id)
            QVERIFY(source->reviews().review(id, id % 3 ? ReviewOutcome::Confirmed : ReviewOutcome::NeedsFix,
                                             QStringLiteral("保管場所を確認")));
        const auto reviewed = [](Register& reg) {
            QMap<qint64, QList<qint64>> byUnit;
            for (const ReviewService::Progress& p : reg.reviews().progress().value())
                byUnit.insert(p.unitId, {p.assets, p.reviewed.value(ReviewOutcome::Confirmed),
                                         p.reviewed.value(ReviewOutcome::NeedsFix)});
            return byUnit;
        };
        const auto sourceReviews = reviewed(*source);

        const QString location = TestBackend::newLocation(dir.path(), QStringLiteral("target.sqlite"));
        {
            Result<std::unique_ptr<Database>> target = Database::open(location, Database::OpenMode::MustBeNew);
            QVERIFY2(target, qPrintable(target.errorText()));
            Result<RegisterCopy::Counts> copied = RegisterCopy::run(source->database(), *target.value());
            QVERIFY2(copied, qPrintable(copied.errorText()));
            QCOMPARE(copied.value().assets, source->assets().count().value());
            QCOMPARE(copied.value().auditEvents, source->audit().count().value());

            // Table by table the same number of rows, and the same audit chain head.
            for (const QString& table : RegisterCopy::tables()) {
                const QString count = QStringLiteral("SELECT COUNT(*) FROM ") + table;
                QCOMPARE(scalar(target.value()->connection(), count).toLongLong(),
                         scalar(source->database().connection(), count).toLongLong());
            }
            const QString head = QStringLiteral("SELECT last_hash FROM audit_head");
            QCOMPARE(scalar(target.value()->connection(), head).toString(),
                     scalar(source->database().connection(), head).toString());
        }

        Result<std::unique_ptr<Register>> opened = Register::open(location, clock);
        QVERIFY2(opened, qPrintable(opened.errorText()));
        Register& copy = *opened.value();
        Result<AuditReport> report = AuditVerifier(copy.database()).verify();
        QVERIFY2(report && report.value().clean(),
                 qPrintable(report ? report.value().findings.value(0).message : report.errorText()));
        QCOMPARE(report.value().eventsChecked, source->audit().count().value());

        // Records read back the same under the same ids; the heat map tallies were rebuilt.
        const Asset first = *source->assets().find(1).value();
        QCOMPARE(copy.assets().find(1).value()->code, first.code);
        QCOMPARE(copy.assets().find(1).value()->version, first.version);
        const RiskService::HeatMap copyMap = copy.risks().heatmap().value();
        QCOMPARE(copyMap.inherent.total(), sourceMap.inherent.total());
        QVERIFY(copyMap.inherent.total() > 0);
        for (int impact = 1; impact <= sourceMap.inherent.scale(); ++impact)
            for (int likelihood = 1; likelihood <= sourceMap.inherent.scale(); ++likelihood)
                QCOMPARE(copyMap.inherent.count(impact, likelihood), sourceMap.inherent.count(impact, likelihood));

        QCOMPARE(reviewed(copy), sourceReviews);

        // Work goes on: a new asset takes the next id, and the chain still verifies.
        copy.setActor(QStringLiteral("tester"));
        Asset next = *copy.assets().find(1).value();
        next.id = 0;
        next.code = QStringLiteral("NEW-0001");
        Result<qint64> id = copy.assets().create(next);
        QVERIFY2(id, qPrintable(id.errorText()));
        QCOMPARE(id.value(), source->assets().count().value() + 1);
        QVERIFY(AuditVerifier(copy.database()).verify().value().clean());
        opened.value().reset();
        TestBackend::drop(location);
    }

    void aTargetThatHoldsARegisterIsRefused()
    {
        test::TestRegister existing;
        const qint64 units = existing->org().count().value();
        Result<std::unique_ptr<Database>> target = Database::open(existing.path(), Database::OpenMode::MustBeNew);
        QVERIFY(!target);
        QVERIFY2(target.errorText().contains(existing->database().path()), qPrintable(target.errorText()));
        QCOMPARE(existing->org().count().value(), units);
    }
};

QTEST_GUILESS_MAIN(TestRegisterCopy)
#include "tst_registercopy.moc"
