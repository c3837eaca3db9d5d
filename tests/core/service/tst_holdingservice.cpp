// HoldingService: CIA inheritance by the max principle along chains of holdings, with the
// source of each raised level; links that would make no sense (information holding something,
// an asset holding itself, a circle) refused; findings for holders rated below what they hold.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "service/Register.h"

#include <QTest>

using namespace daicho;
using daicho::test::auditCount;

class TestHoldingService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    HoldingService& holdings() { return (*m_reg)->holdings(); }

    qint64 asset(const char* code, AssetCategory category, const char* c, const char* i, const char* a,
                 const QString& scheme = ClassificationScheme::defaultKey())
    {
        Asset x = m_reg->validAsset(QString::fromLatin1(code));
        x.category = category;
        x.scheme = scheme;
        x.confidentiality = QString::fromLatin1(c);
        x.integrity = QString::fromLatin1(i);
        x.availability = QString::fromLatin1(a);
        x.restrictions.clear();
        Result<qint64> id = (*m_reg)->assets().create(x);
        if (!id)
            qFatal("cannot create %s: %s", code, qPrintable(id.errorText()));
        return id.value();
    }

private Q_SLOTS:
    void init() { m_reg = std::make_unique<test::TestRegister>(); }
    void cleanup() { m_reg.reset(); }

    void aHolderIsAtLeastWhatItHoldsDownTheChain()
    {
        const qint64 server = asset("SV-1", AssetCategory::Infrastructure, "2", "1", "2");
        const qint64 system = asset("SYS-1", AssetCategory::Infrastructure, "2", "1", "1");
        const qint64 data = asset("D-1", AssetCategory::Information, "3", "2", "1");
        QVERIFY(holdings().link(server, system));
        QVERIFY(holdings().link(system, data));

        const EffectiveRating sys = holdings().effective(system).value();
        QCOMPARE(sys.level(Axis::Confidentiality).own, QStringLiteral("2"));
        QCOMPARE(sys.level(Axis::Confidentiality).effective, QStringLiteral("3"));
        QCOMPARE(sys.level(Axis::Confidentiality).sourceId, data);
        QCOMPARE(sys.level(Axis::Confidentiality).sourceCode, QStringLiteral("D-1"));
        QCOMPARE(sys.level(Axis::Confidentiality).path, (QList<qint64>{system, data}));
        QCOMPARE(sys.level(Axis::Integrity).effective, QStringLiteral("2"));
        QVERIFY(!sys.level(Axis::Availability).inherited()); // its own 1 equals the data's
        QVERIFY(sys.isFinding());

        // Two links down: the server inherits through the system, and says so.
        const EffectiveRating sv = holdings().effective(server).value();
        QCOMPARE(sv.level(Axis::Confidentiality).effective, QStringLiteral("3"));
        QCOMPARE(sv.level(Axis::Confidentiality).path, (QList<qint64>{server, system, data}));
        QVERIFY(!sv.level(Axis::Availability).inherited()); // its own 2 is the highest

        // The data holds nothing: its own rating is its effective one.
        QVERIFY(!holdings().effective(data).value().isFinding());
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void levelsCompareWithinTheirScheme()
    {
        // 2024 scheme: 3A is above 3B although both count 3 for 重要度.
        const QString scheme = ClassificationScheme::guideline2024().key;
        const qint64 cabinet = asset("DOC-1", AssetCategory::Document, "3B", "2", "2", scheme);
        const qint64 ledger = asset("D-2", AssetCategory::Information, "3A", "2", "2", scheme);
        QVERIFY(holdings().link(cabinet, ledger));
        const EffectiveLevel c = holdings().effective(cabinet).value().level(Axis::Confidentiality);
        QCOMPARE(c.effective, QStringLiteral("3A"));
        QCOMPARE(c.sourceId, ledger);
    }

    void senselessLinksAreRefused()
    {
        const qint64 server = asset("SV-1", AssetCategory::Infrastructure, "3", "2", "2");
        const qint64 system = asset("SYS-1", AssetCategory::Infrastructure, "3", "2", "2");
        const qint64 data = asset("D-1", AssetCategory::Information, "3", "2", "2");
        QVERIFY(holdings().link(server, system));
        QVERIFY(holdings().link(system, data));
        const qint64 events = auditCount(m_reg->get());

        QVERIFY(!holdings().link(data, server));                       // information holds nothing
        QVERIFY(!holdings().link(server, server));                     // nor does anything hold itself
        QVERIFY(!holdings().link(server, system));                     // already linked
        QVERIFY(!holdings().link(server, 987654));                     // no such asset
        const Result<qint64> circle = holdings().link(system, server); // server → system → server
        QVERIFY(!circle);
        QVERIFY2(circle.errorText().contains(QStringLiteral("SV-1")), qPrintable(circle.errorText()));
        QCOMPARE(holdings().heldBy(system).value().size(), 1);
        QCOMPARE(auditCount(m_reg->get()), events);
    }

    void findingsListHoldersRatedBelowWhatTheyHold()
    {
        const qint64 pc = asset("PC-1", AssetCategory::Infrastructure, "1", "1", "1");
        const qint64 fine = asset("SV-1", AssetCategory::Infrastructure, "3", "2", "2");
        const qint64 data = asset("D-1", AssetCategory::Information, "3", "2", "1");
        QVERIFY(holdings().link(pc, data));
        QVERIFY(holdings().link(fine, data));
        QList<EffectiveRating> found = holdings().findings().value();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().assetId, pc);
        QCOMPARE(found.first().level(Axis::Confidentiality).effective, QStringLiteral("3"));
        QCOMPARE(found.first().level(Axis::Confidentiality).sourceId, data);
        QVERIFY(!found.first().level(Axis::Availability).inherited());

        // Unlinked (audited), the finding goes.
        const Holding link = holdings().heldBy(pc).value().first();
        QVERIFY(holdings().unlink(link.id));
        QVERIFY(holdings().findings().value().isEmpty());
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
        // An asset with holdings is not removed with them behind the user's back.
        QVERIFY(!(*m_reg)->assets().remove(data));
    }
};

QTEST_GUILESS_MAIN(TestHoldingService)
#include "tst_holdingservice.moc"
