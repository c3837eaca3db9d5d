// The review page shows each department's progress as the service counts it, and the asset
// table's review column shows each asset's outcome in this 年度's campaign.

#include "TestRegister.h"
#include "models/AssetTableModel.h"
#include "review/ReviewPanel.h"
#include "review/ReviewProgressModel.h"

#include <QTest>

using namespace daicho;

class TestReviewPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void progressAndTheReviewColumn()
    {
        test::TestRegister reg;
        const qint64 general = reg.unitNamed(QStringLiteral("総務課"));
        Asset a = reg.validAsset(QStringLiteral("G-1"));
        a.sectionId = general;
        const qint64 first = reg->assets().create(a).value();
        a.code = QStringLiteral("G-2");
        reg->assets().create(a).value();

        AssetTableModel table(*reg);
        QVERIFY(table.data(table.index(0, AssetTableModel::Review)).isNull()); // no campaign yet

        QVERIFY(reg->reviews().openCampaign(2026, QDate(2027, 1, 31)));
        QVERIFY(reg->reviews().review(first, ReviewOutcome::NeedsFix, QStringLiteral("名称の誤り")));
        ReviewPanel panel(*reg);
        panel.refresh();
        ReviewProgressModel* model = panel.model();
        QCOMPARE(model->rowCount(), 1); // 総務部 only holds assets
        QCOMPARE(model->progress(0).unitId, reg.unitNamed(QStringLiteral("総務部")));
        QCOMPARE(model->data(model->index(0, ReviewProgressModel::Progress), ReviewProgressModel::PercentRole).toInt(),
                 50);
        QCOMPARE(model->data(model->index(0, ReviewProgressModel::NeedsFix)).toString(), QStringLiteral("1"));

        table.reload();
        QCOMPARE(table.data(table.index(0, AssetTableModel::Review)).toString(), enumLabel(ReviewOutcome::NeedsFix));
        QCOMPARE(table.data(table.index(1, AssetTableModel::Review)).toString(), AssetTableModel::tr("Not reviewed"));
    }
};

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
