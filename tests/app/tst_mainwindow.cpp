#include "MainWindow.h"
#include "TestRegister.h"
#include "models/AssetTableModel.h"
#include "service/Generator.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace daicho;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTheModelTester()
    {
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 3).generate(600));
        AssetTableModel model(*reg);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 600);
        // Rows on pages far apart come back in id order with their codes.
        QCOMPARE(model.index(0, AssetTableModel::Code).data().toString(), QStringLiteral("A-0000001"));
        QCOMPARE(model.index(599, AssetTableModel::Code).data().toString(), QStringLiteral("A-0000600"));
        QVERIFY(!model.index(300, AssetTableModel::Section).data().toString().isEmpty());
        QVERIFY(model.index(300, AssetTableModel::Rating).data().toString().startsWith(QLatin1Char('C')));
        QCOMPARE(model.headerData(AssetTableModel::Code, Qt::Horizontal).toString(), QStringLiteral("資産ID"));
        model.reload();
        QCOMPARE(model.rowCount(), 600);
    }

    void windowShowsTheRegister()
    {
        auto reg = std::make_unique<test::TestRegister>();
        QVERIFY(Generator(**reg, 5).generate(40));
        const QString path = reg->path();
        reg->close();
        Result<std::unique_ptr<Register>> opened = Register::open(path);
        QVERIFY(opened);

        MainWindow window;
        window.setRegister(opened.take());
        window.show();
        auto* table = window.findChild<QTableView*>(QStringLiteral("assetTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 40);
        auto* count = window.findChild<QLabel*>(QStringLiteral("countLabel"));
        QVERIFY(count);
        QVERIFY2(count->text().contains(QStringLiteral("40")), qPrintable(count->text()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
