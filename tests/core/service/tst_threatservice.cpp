// ThreatService: a new register holds the 第3条 catalogue; the security office renames,
// regroups, retires and adds threats, every edit audited and versioned; a threat's key never
// changes, and a retired threat is kept for its risks but offered for no new one.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "domain/ThreatCatalogue.h"
#include "service/Register.h"

#include <QTest>

using namespace daicho;
using daicho::test::auditCount;
using daicho::test::fieldsOf;

class TestThreatService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    ThreatService& threats() { return (*m_reg)->threats(); }
    Threat threat(const char* key) { return *threats().findByKey(QString::fromLatin1(key)).value(); }

private Q_SLOTS:
    void init() { m_reg = std::make_unique<test::TestRegister>(); }
    void cleanup() { m_reg.reset(); }

    void aNewRegisterHoldsTheArticlesCatalogue()
    {
        const QList<Threat> all = threats().all().value();
        QCOMPARE(all.size(), ThreatCatalogue::defaults().size());
        for (int i = 0; i < all.size(); ++i) {
            const DefaultThreat& d = ThreatCatalogue::defaults().at(i);
            QCOMPARE(all.at(i).key, QString::fromLatin1(d.key));
            QCOMPARE(all.at(i).nameJa, QString::fromUtf8(d.label.ja));
            QCOMPARE(all.at(i).group, d.group);
            QCOMPARE(all.at(i).axes, d.axes);
            QVERIFY(all.at(i).active);
        }
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void editsAreAuditedAndVersioned()
    {
        Threat t = threat("insider");
        t.nameJa = QStringLiteral("職員による内部不正");
        t.axes = {Axis::Integrity, Axis::Confidentiality}; // ticked in any order
        const qint64 events = auditCount(m_reg->get());
        QVERIFY(threats().update(t));
        const Threat after = threat("insider");
        QCOMPARE(after.nameJa, QStringLiteral("職員による内部不正"));
        QCOMPARE(after.version, 2);
        QCOMPARE(after.axes, (QList<Axis>{Axis::Confidentiality, Axis::Integrity}));
        QCOMPARE(auditCount(m_reg->get()), events + 1);
        QVERIFY(!threats().update(t)); // stale version

        Threat renamedKey = after;
        renamedKey.key = QStringLiteral("staff_fraud");
        QCOMPARE(fieldsOf(threats().update(renamedKey).problems()), QStringList{QStringLiteral("key")});
        Threat nameless = after;
        nameless.nameJa = QStringLiteral("  ");
        nameless.axes.clear();
        QCOMPARE(fieldsOf(threats().update(nameless).problems()),
                 (QStringList{QStringLiteral("name_ja"), QStringLiteral("axes")}));
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void addedThreatsGoLastAndRetiredOnesAreNotOffered()
    {
        Threat drone;
        drone.nameJa = QStringLiteral("ドローンによる盗撮");
        drone.nameEn = QStringLiteral("Drone photography");
        drone.group = ThreatGroup::Intentional;
        drone.axes = {Axis::Confidentiality};
        Result<qint64> id = threats().create(drone);
        QVERIFY2(id, qPrintable(id.errorText()));
        const QList<Threat> all = threats().all().value();
        QCOMPARE(all.last().id, id.value());
        QVERIFY(all.last().key.startsWith(QStringLiteral("custom_")));
        QVERIFY(!threats().create(drone)); // the same name twice

        // A risk for it, then the threat retired: the risk stays, no new one may use it.
        const qint64 asset = (*m_reg)->assets().create(m_reg->validAsset(QStringLiteral("R-1"))).value();
        Risk r;
        r.assetId = asset;
        r.threatKey = all.last().key;
        r.threatLevel = 2;
        r.vulnerabilityLevel = 2;
        QVERIFY((*m_reg)->risks().create(r));
        Threat retired = all.last();
        retired.active = false;
        QVERIFY(threats().update(retired));
        for (const Threat& offered : threats().all(true).value())
            QVERIFY(offered.key != retired.key);
        QCOMPARE((*m_reg)->risks().forAsset(asset).value().size(), 1);
        Threat malware = threat("malware");
        malware.active = false;
        QVERIFY(threats().update(malware));
        r.threatKey = QStringLiteral("malware");
        QCOMPARE(fieldsOf((*m_reg)->risks().create(r).problems()), QStringList{QStringLiteral("threat")});
        for (const RiskService::Suggestion& s : (*m_reg)->risks().suggest(asset).value())
            QVERIFY(s.risk.threatKey != QLatin1String("malware"));
    }
};

QTEST_GUILESS_MAIN(TestThreatService)
#include "tst_threatservice.moc"
