// The heat map on screen and in an image is one painting; a click names the cell under the
// mouse; the risk panel's filters, counts and cell lists agree with the service.

#include "TestRegister.h"
#include "models/RiskListModel.h"
#include "risk/HeatMapView.h"
#include "risk/RiskMapPanel.h"
#include "service/Generator.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace daicho;

class TestHeatMapView : public QObject {
    Q_OBJECT

private:
    static RiskMatrix sample(int scale)
    {
        RiskMatrix m(scale);
        for (int impact = 1; impact <= scale; ++impact)
            for (int likelihood = 1; likelihood <= scale; ++likelihood)
                m.add(impact, likelihood, impact * 10 + likelihood);
        return m;
    }

private Q_SLOTS:
    void screenAndImageAreTheSamePicture()
    {
        for (const RiskMethod& method : {RiskMethod::ipa(), RiskMethod::fiveByFive()}) {
            HeatMapView view(false);
            view.resize(360, 340);
            QPalette white = view.palette();
            white.setColor(QPalette::Base, Qt::white);
            view.setPalette(white);
            view.setData(sample(method.scale()), method, QStringLiteral("固有リスク"));
            const QImage screen = view.grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
            HeatMapPainter painter = view.painter();
            const QImage image = painter.toImage(view.size(), screen.devicePixelRatio());
            QCOMPARE(screen.size(), image.size());
            QVERIFY2(screen == image, qPrintable(method.key()));
        }
    }

    void cellsAreWhereTheyArePainted()
    {
        HeatMapPainter painter(sample(5), RiskMethod::fiveByFive(), QStringLiteral("t"));
        const QRectF area(0, 0, 400, 380);
        for (int impact = 1; impact <= 5; ++impact) {
            for (int likelihood = 1; likelihood <= 5; ++likelihood) {
                const std::optional<RiskCell> cell =
                    painter.cellAt(area, painter.cellRect(area, impact, likelihood).center());
                QVERIFY(cell);
                QCOMPARE(cell->impact, impact);
                QCOMPARE(cell->likelihood, likelihood);
            }
        }
        // Higher impact is higher up, higher likelihood further right.
        QVERIFY(painter.cellRect(area, 5, 1).top() < painter.cellRect(area, 1, 1).top());
        QVERIFY(painter.cellRect(area, 1, 5).left() > painter.cellRect(area, 1, 1).left());
        QVERIFY(!painter.cellAt(area, QPointF(1, 1))); // the title, not a cell
        QVERIFY(painter.describe(5, 4).contains(QStringLiteral("54")));
    }

    void aClickAsksForTheCellsRisks()
    {
        HeatMapView view(true);
        view.resize(300, 300);
        view.setData(sample(3), RiskMethod::ipa(), QStringLiteral("残留リスク"));
        QSignalSpy activated(&view, &HeatMapView::cellActivated);
        const QRectF r = view.painter().cellRect(view.rect(), 3, 2);
        QTest::mouseClick(&view, Qt::LeftButton, {}, r.center().toPoint());
        QCOMPARE(activated.size(), 1);
        const RiskCell cell = activated.first().first().value<RiskCell>();
        QCOMPARE(cell.impact, 3);
        QCOMPARE(cell.likelihood, 2);
        QVERIFY(cell.residual);
        // The keyboard walks the grid and Enter asks the same.
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().first().value<RiskCell>().impact, 2);
    }

    void thePanelListsTheRisksOfACell()
    {
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 3).generate(200));
        RiskMapPanel panel(*reg);
        panel.resize(1000, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.refresh();
        const RiskService::HeatMap map = reg->risks().heatmap().value();
        QVERIFY(panel.inherentView()->painter().counts() == map.inherent);
        QVERIFY(panel.residualView()->painter().counts() == map.residual);

        // The busiest inherent cell, clicked: its risks are listed, page after page.
        RiskCell busiest{3, 1, false};
        for (int i = 1; i <= 3; ++i)
            for (int l = 1; l <= 3; ++l)
                if (map.inherent.count(i, l) > map.inherent.count(busiest.impact, busiest.likelihood))
                    busiest = RiskCell{i, l, false};
        const QRectF r =
            panel.inherentView()->painter().cellRect(panel.inherentView()->rect(), busiest.impact, busiest.likelihood);
        QTest::mouseClick(panel.inherentView(), Qt::LeftButton, {}, r.center().toPoint());
        RiskListModel* list = panel.listModel();
        while (list->canFetchMore({}))
            list->fetchMore({});
        QCOMPARE(list->rowCount(), map.inherent.count(busiest.impact, busiest.likelihood));
        for (int row = 0; row < list->rowCount(); ++row) {
            QCOMPARE(list->row(row).risk.impact, busiest.impact);
            QCOMPARE(list->row(row).risk.likelihood, busiest.likelihood);
        }
        QSignalSpy requested(&panel, &RiskMapPanel::assetRequested);

        // A filter narrows the maps and the list together.
        RiskFilter byGroup;
        byGroup.group = ThreatGroup::Disaster;
        panel.setFilter(byGroup);
        QVERIFY(panel.inherentView()->painter().counts() == reg->risks().heatmap(byGroup).value().inherent);
        while (list->canFetchMore({}))
            list->fetchMore({});
        QCOMPARE(list->rowCount(),
                 reg->risks().heatmap(byGroup).value().inherent.count(busiest.impact, busiest.likelihood));
        QCOMPARE(panel.filter(), byGroup);
        QCOMPARE(panel.image(QSize(800, 400)).size(), QSize(800, 400));
    }
};

QTEST_MAIN(TestHeatMapView)
#include "tst_heatmapview.moc"
