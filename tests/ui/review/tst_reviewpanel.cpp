// The review page shows each department's progress as the service counts it, and the asset
// table's review column shows each asset's outcome in this 年度's campaign.

#include "TestRegister.h"
#include "domain/AssetFilter.h"
#include "models/AssetTableModel.h"
#include "review/ReviewPanel.h"
#include "review/ReviewProgressModel.h"
#include "review/SectionsLeftModel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
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

    void sectionsLeftLeadToTheirAssetsAndEvidenceIsWritten()
    {
        test::TestRegister reg;
        const qint64 general = reg.unitNamed(QStringLiteral("総務課"));
        Asset a = reg.validAsset(QStringLiteral("G-1"));
        a.sectionId = general;
        const qint64 first = reg->assets().create(a).value();
        a.code = QStringLiteral("G-2");
        reg->assets().create(a).value();
        QVERIFY(reg->reviews().openCampaign(2026, QDate(2026, 12, 25)));
        QVERIFY(reg->reviews().review(first, ReviewOutcome::Confirmed));

        ReviewPanel panel(*reg);
        qRegisterMetaType<AssetFilter>();
        QSignalSpy requested(&panel, &ReviewPanel::assetFilterRequested);
        panel.refresh();
        SectionsLeftModel* left = panel.sectionsLeft();
        QCOMPARE(left->rowCount(), 1);
        QCOMPARE(left->index(0, SectionsLeftModel::Section).data().toString(), QStringLiteral("総務課"));
        QCOMPARE(left->index(0, SectionsLeftModel::Left).data().toString(), QStringLiteral("1"));
        QVERIFY(!left->index(0, SectionsLeftModel::Left).data(Qt::ForegroundRole).isValid()); // not due yet

        // A double click asks the register for the section's assets not reviewed.
        auto* view = panel.findChild<QTableView*>(QStringLiteral("sectionsLeft"));
        QVERIFY(view);
        Q_EMIT view->doubleClicked(left->index(0, 0));
        QCOMPARE(requested.size(), 1);
        const AssetFilter filter = requested.first().first().value<AssetFilter>();
        QCOMPARE(filter.unitId, general);
        QCOMPARE(filter.review, AssetFilter::notReviewed());

        // After the due date the count turns red.
        reg.clock().advanceSeconds(qint64(30) * 24 * 3600);
        panel.refresh();
        QVERIFY(left->index(0, SectionsLeftModel::Left).data(Qt::ForegroundRole).isValid());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evidence.xlsx"));
        QSignalSpy failed(&panel, &ReviewPanel::failed);
        panel.exportEvidence(path);
        QVERIFY(failed.isEmpty());
        QVERIFY(QFile::exists(path));
        panel.exportEvidence(dir.filePath(QStringLiteral("evidence.pdf")));
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
