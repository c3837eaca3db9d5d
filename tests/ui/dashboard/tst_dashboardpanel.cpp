// The dashboard's charts show the register's counts, and a click on a bar asks for the asset
// table or the heat maps filtered by what the bar stands for.

#include "TestRegister.h"
#include "dashboard/DashboardPanel.h"
#include "models/RiskListModel.h"
#include "service/Generator.h"
#include "service/RegisterStats.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QTest>

using namespace daicho;

class TestDashboardPanel : public QObject {
    Q_OBJECT

private:
    static QChart* chartTitled(DashboardPanel& panel, const QString& title)
    {
        for (QChartView* view : panel.charts())
            if (view->chart()->title().startsWith(title))
                return view->chart();
        qFatal("no chart %s", qPrintable(title));
    }
    static QList<QBarSet*> setsOf(QChart* chart)
    {
        return static_cast<QAbstractBarSeries*>(chart->series().first())->barSets();
    }

private Q_SLOTS:
    void chartsCountAndLeadOn()
    {
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 4).generate(300));
        DashboardPanel panel(*reg);
        panel.resize(1200, 900);
        panel.refresh();
        QCOMPARE(panel.charts().size(), 7);

        // Assets by category: the bars are the stats' counts, in the article's order.
        const RegisterStats stats = RegisterStats::collect(*reg).value();
        QBarSet* categories = setsOf(chartTitled(panel, QStringLiteral("Assets by category"))).first();
        const QList<AssetCategory> order = enumValues<AssetCategory>();
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(qint64(categories->at(i)), stats.byCategory.value(enumKey(order.at(i))));
        QSignalSpy assetFilter(&panel, &DashboardPanel::assetFilterRequested);
        Q_EMIT categories->clicked(1);
        QCOMPARE(assetFilter.size(), 1);
        QCOMPARE(assetFilter.first().first().value<AssetFilter>().category, order.at(1));

        // 重要度: the bar for 3 filters the table to 重要度 3.
        QBarSet* importance = setsOf(chartTitled(panel, QStringLiteral("Assets by importance"))).first();
        QCOMPARE(qint64(importance->at(0)), reg->assets().countByImportance().value().value(3));
        Q_EMIT importance->clicked(0);
        QCOMPARE(assetFilter.last().first().value<AssetFilter>().importance, 3);

        // Risks by band: one coloured set per band; a click opens the heat maps on that band.
        const RiskService::Breakdown breakdown = reg->risks().breakdown().value();
        const QList<QBarSet*> bands = setsOf(chartTitled(panel, QStringLiteral("Risks by band")));
        QCOMPARE(bands.size(), 3);
        QCOMPARE(qint64(bands.at(0)->at(0)), breakdown.byBand.value(RiskBand::High));
        QSignalSpy riskFilter(&panel, &DashboardPanel::riskFilterRequested);
        Q_EMIT bands.at(0)->clicked(0);
        QCOMPARE(riskFilter.first().first().value<RiskFilter>().band, RiskBand::High);

        // The top ten, highest first.
        RiskListModel* top = panel.topModel();
        QCOMPARE(top->rowCount(), 10);
        for (int row = 1; row < top->rowCount(); ++row)
            QVERIFY(top->row(row - 1).risk.value >= top->row(row).risk.value);
    }
};

QTEST_MAIN(TestDashboardPanel)
#include "tst_dashboardpanel.moc"
