// The asset table model's paging: whichever way a page is found (by key in a register without
// gaps, from the far end for the second half, by offset otherwise), every row is the one the
// plain ordered query puts there.

#include "TestRegister.h"
#include "models/AssetTableModel.h"
#include "service/Generator.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace daicho;

class TestAssetTableModel : public QObject {
    Q_OBJECT

private:
    // Codes in the order the model shows them, read back to front so the far pages come first.
    static QStringList codesBackwards(AssetTableModel& model)
    {
        QStringList codes;
        for (int row = model.rowCount() - 1; row >= 0; --row)
            codes.prepend(model.index(row, AssetTableModel::Code).data().toString());
        return codes;
    }
    static QStringList expected(Register& reg, const AssetFilter& filter, const AssetOrder& order)
    {
        QStringList codes;
        for (const Asset& a : reg.assets().page(filter, order, 0, 100000).value())
            codes << a.code;
        return codes;
    }

private Q_SLOTS:
    void everyPagingPathGivesTheOrderedRows_data()
    {
        QTest::addColumn<bool>("gap");
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("filtered"); // 0 none, 1 a column, 2 a search through the index
        for (bool gap : {false, true})
            for (AssetSortKey key :
                 {AssetSortKey::Id, AssetSortKey::Code, AssetSortKey::Name, AssetSortKey::Confidentiality})
                for (bool descending : {false, true})
                    for (int filtered : {0, 1, 2})
                        if (key != AssetSortKey::Id || !descending) // id order is the unsorted table's
                            QTest::addRow("gap=%d key=%d desc=%d filtered=%d", gap, int(key), descending, filtered)
                                << gap << int(key) << descending << filtered;
    }

    void everyPagingPathGivesTheOrderedRows()
    {
        QFETCH(bool, gap);
        QFETCH(int, key);
        QFETCH(bool, descending);
        QFETCH(int, filtered);
        test::TestRegister reg;
        Generator generator(*reg, 11);
        generator.setWithRisks(false);     // paging needs assets only
        QVERIFY(generator.generate(1300)); // five pages and a bit
        if (gap) {
            // An asset that may be removed: not one disposed of.
            qint64 removable = 400;
            while (reg->assets().find(removable).value()->status == AssetStatus::Disposed)
                ++removable;
            const Status removed = reg->assets().remove(removable); // ids no longer follow rows
            QVERIFY2(removed, qPrintable(removed.errorText()));
        }
        AssetTableModel model(*reg);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AssetFilter filter;
        if (filtered == 1)
            filter.status = AssetStatus::Active; // most assets, but a filter: paged by offset
        if (filtered == 2)
            filter.text = QStringLiteral("システム"); // in many names
        model.setFilter(filter);
        const int column = key == int(AssetSortKey::Name)   ? AssetTableModel::Name
                           : key == int(AssetSortKey::Code) ? AssetTableModel::Code
                                                            : AssetTableModel::Rating;
        if (key != int(AssetSortKey::Id))
            model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        const AssetOrder order{static_cast<AssetSortKey>(key), descending};
        const QStringList want = expected(*reg, filter, order);
        QCOMPARE(model.rowCount(), want.size());
        QVERIFY(model.rowCount() > (filtered ? 2 * AssetTableModel::kPageSize : 5 * AssetTableModel::kPageSize));
        QVERIFY(!model.truncated());
        QCOMPARE(codesBackwards(model), want);
    }

    void rowsCarryTheirComplianceBadges()
    {
        test::TestRegister reg;
        Asset sound = reg.validAsset(QStringLiteral("OK-1"));
        RoleAssignment manager;
        manager.personId = sound.managerId;
        manager.role = Role::SecurityManager;
        manager.unitId = sound.sectionId;
        manager.validFrom = QDate(2026, 4, 1);
        QVERIFY(reg->people().assignRole(manager));
        sound.systemAdminId = sound.managerId;
        QVERIFY(reg->assets().create(sound));
        Asset unrated = sound;
        unrated.code = QStringLiteral("U-1");
        unrated.availability.clear();
        QVERIFY(reg->assets().create(unrated));
        AssetTableModel model(*reg);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, AssetTableModel::Code), AssetTableModel::FindingCountRole).toInt(), 0);
        QVERIFY(model.data(model.index(0, AssetTableModel::Code), Qt::DecorationRole).isNull());
        QCOMPARE(model.data(model.index(1, AssetTableModel::Code), AssetTableModel::FindingCountRole).toInt(), 1);
        QVERIFY(!model.data(model.index(1, AssetTableModel::Code), Qt::DecorationRole).isNull());
        QVERIFY(model.data(model.index(1, AssetTableModel::Code), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("U-1")));
    }
};

QTEST_MAIN(TestAssetTableModel)
#include "tst_assettablemodel.moc"
