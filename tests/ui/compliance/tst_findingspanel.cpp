// The findings page lists what the check finds, narrows it by rule, severity and unit, and a
// double click asks for the asset.

#include "TestRegister.h"
#include "compliance/FindingsModel.h"
#include "compliance/FindingsPanel.h"
#include "service/Generator.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace daicho;

class TestFindingsPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsAndNarrowsTheFindings()
    {
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 5).generate(300));
        const QList<Finding> all = reg->compliance().check().value();
        QVERIFY(!all.isEmpty());
        FindingsPanel panel(*reg);
        panel.refreshIfNeverChecked();
        QCOMPARE(panel.model()->rowCount(), all.size());

        panel.setRuleFilter(QStringLiteral("unclassified"));
        const QList<Finding> unclassified = panel.shown();
        QVERIFY(!unclassified.isEmpty());
        for (const Finding& f : unclassified)
            QCOMPARE(f.rule, QStringLiteral("unclassified"));
        QCOMPARE(unclassified.size(), reg->compliance().check({QStringLiteral("unclassified")}).value().size());

        // A unit keeps the findings of its subtree only.
        panel.setRuleFilter(QString());
        QComboBox* unit = panel.findChildren<QComboBox*>().at(2);
        const qint64 soumu = reg.unitNamed(QStringLiteral("総務部"));
        unit->setCurrentIndex(unit->findData(soumu));
        const QList<Finding> inSoumu = panel.shown();
        QVERIFY(inSoumu.size() < all.size());
        QList<qint64> subtree{soumu};
        for (const OrgUnit& u : reg->org().units().value())
            if (subtree.contains(u.parentId))
                subtree << u.id;
        for (const Finding& f : inSoumu)
            QVERIFY(subtree.contains(f.unitId));

        QSignalSpy requested(&panel, &FindingsPanel::assetRequested);
        auto* view = panel.findChild<QTableView*>();
        Q_EMIT view->activated(view->model()->index(0, 0));
        QCOMPARE(requested.size(), 1);
        QVERIFY(requested.first().first().toLongLong() > 0);
    }
};

QTEST_MAIN(TestFindingsPanel)
#include "tst_findingspanel.moc"
