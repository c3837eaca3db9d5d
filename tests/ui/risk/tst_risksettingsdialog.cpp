// The risk analysis settings: threats edited in the table go through the service (checked,
// versioned, audited), a refused edit says why, and the method chosen becomes the register's.

#include "TestRegister.h"
#include "models/ThreatTableModel.h"
#include "risk/RiskSettingsDialog.h"

#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace daicho;

class TestRiskSettingsDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void threatsAreEditedThroughTheService()
    {
        test::TestRegister reg;
        ThreatTableModel model(*reg);
        QCOMPARE(model.rowCount(), reg->threats().all().value().size());
        const int row = 0;
        const QString key = model.threat(row).key;
        QVERIFY(model.flags(model.index(row, ThreatTableModel::NameJa)) & Qt::ItemIsEditable);

        QVERIFY(model.setData(model.index(row, ThreatTableModel::NameJa), QStringLiteral("外部からの不正アクセス")));
        QVERIFY(model.setData(model.index(row, ThreatTableModel::Availability), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(row, ThreatTableModel::Group), enumKey(ThreatGroup::Unintentional)));
        const Threat stored = *reg->threats().findByKey(key).value();
        QCOMPARE(stored.nameJa, QStringLiteral("外部からの不正アクセス"));
        QVERIFY(stored.endangers(Axis::Availability));
        QCOMPARE(stored.group, ThreatGroup::Unintentional);
        QCOMPARE(stored.version, 4);
        QCOMPARE(model.data(model.index(row, ThreatTableModel::Group)).toString(),
                 enumLabel(ThreatGroup::Unintentional));

        QSignalSpy failed(&model, &ThreatTableModel::failed);
        QVERIFY(!model.setData(model.index(row, ThreatTableModel::NameJa), QString()));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(reg->threats().findByKey(key).value()->nameJa, QStringLiteral("外部からの不正アクセス"));
        QVERIFY2(reg.auditFinding().isEmpty(), qPrintable(reg.auditFinding()));
    }

    void theChosenMethodBecomesTheRegisters()
    {
        test::TestRegister reg;
        RiskSettingsDialog dialog(*reg);
        QList<QRadioButton*> methods = dialog.findChildren<QRadioButton*>();
        QCOMPARE(methods.size(), 2);
        QVERIFY(methods.at(0)->isChecked()); // IPA by default
        methods.at(1)->setChecked(true);
        QList<QSpinBox*> bands = dialog.findChildren<QSpinBox*>();
        bands.at(0)->setValue(16);
        bands.at(1)->setValue(6);
        QVERIFY(dialog.applyMethod());
        QVERIFY(reg->risks().method() == RiskMethod::fiveByFive(16, 6));
        bands.at(1)->setValue(20); // 中 above 大: refused, the register keeps its bands
        QVERIFY(!dialog.applyMethod());
        QVERIFY(reg->risks().method() == RiskMethod::fiveByFive(16, 6));
    }
};

QTEST_MAIN(TestRiskSettingsDialog)
#include "tst_risksettingsdialog.moc"
