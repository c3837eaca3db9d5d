// The risks and holdings of one asset in the window: the risk dialog scores as the service
// does, each change is an undoable command (a set of accepted suggestions one step), and links
// show the effective rating with its source.

#include "TestRegister.h"
#include "commands/CommandContext.h"
#include "commands/RiskCommand.h"
#include "models/RiskListModel.h"
#include "risk/AssetRisksPanel.h"
#include "risk/RiskDialog.h"

#include <QCheckBox>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>
#include <QUndoStack>

using namespace daicho;

class TestAssetRisksPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    std::unique_ptr<CommandContext> m_context;
    QStringList m_failures;
    QList<qint64> m_riskChanges;

    Register& reg() { return m_reg->get(); }
    Asset asset(const char* code, AssetCategory category, const char* c)
    {
        Asset a = m_reg->validAsset(QString::fromLatin1(code));
        a.category = category;
        a.confidentiality = QString::fromLatin1(c);
        a.restrictions.clear();
        a.id = reg().assets().create(a).value();
        return *reg().assets().find(a.id).value();
    }
    Risk input(qint64 assetId, const char* threat, int t, int v)
    {
        Risk r;
        r.assetId = assetId;
        r.threatKey = QString::fromLatin1(threat);
        r.threatLevel = t;
        r.vulnerabilityLevel = v;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_reg = std::make_unique<test::TestRegister>();
        m_failures.clear();
        m_riskChanges.clear();
        m_context = std::make_unique<CommandContext>(CommandContext{reg(), [](const QList<qint64>&, bool) {},
                                                                    [this](const QString& r) { m_failures << r; },
                                                                    [] {}, [this](qint64 id) { m_riskChanges << id; }});
    }
    void cleanup()
    {
        m_context.reset();
        m_reg.reset();
    }

    void theDialogScoresAsTheServiceWill()
    {
        const Asset a = asset("R-1", AssetCategory::Information, "3"); // 重要度 3
        RiskDialog dialog(reg(), a, input(a.id, "insider", 0, 0));
        QList<QSpinBox*> boxes = dialog.findChildren<QSpinBox*>();
        QCOMPARE(boxes.size(), 4);
        boxes.at(0)->setValue(3); // threat
        boxes.at(1)->setValue(2); // vulnerability: 被害発生可能性 2
        QCOMPARE(dialog.valueText(), QStringLiteral("6（%1）").arg(enumLabel(RiskBand::High)));
        for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
            if (box->text() == RiskDialog::tr("Assess the risk after treatment"))
                box->setChecked(true);
        boxes.at(2)->setValue(1);
        boxes.at(3)->setValue(1);
        QCOMPARE(dialog.residualText(), QStringLiteral("3（%1）").arg(enumLabel(RiskBand::Low)));
        const Risk r = dialog.risk();
        QCOMPARE(r.threatLevel, 3);
        QCOMPARE(r.vulnerabilityLevel, 2);
        QCOMPARE(r.residualThreat, 1);
        QCOMPARE(r.ownerId, a.managerId); // the asset's manager unless another is chosen
        QVERIFY(reg().risks().create(r));
        QCOMPARE(reg().risks().forAsset(a.id).value().first().value, 6);
    }

    void everyRiskChangeUndoes()
    {
        const Asset a = asset("R-1", AssetCategory::Information, "3");
        QUndoStack stack;
        stack.push(new RiskCommand(*m_context, std::nullopt, input(a.id, "insider", 3, 3), QStringLiteral("add")));
        QCOMPARE(reg().risks().forAsset(a.id).value().size(), 1);
        const Risk recorded = reg().risks().forAsset(a.id).value().first();
        QCOMPARE(recorded.value, 9);

        Risk lower = recorded;
        lower.vulnerabilityLevel = 1;
        stack.push(new RiskCommand(*m_context, recorded, lower, QStringLiteral("change")));
        QCOMPARE(reg().risks().find(recorded.id).value()->value, 3);
        stack.undo();
        QCOMPARE(reg().risks().find(recorded.id).value()->value, 9);
        stack.redo();
        QCOMPARE(reg().risks().find(recorded.id).value()->value, 3);

        stack.push(new RiskCommand(*m_context, *reg().risks().find(recorded.id).value(), std::nullopt,
                                   QStringLiteral("remove")));
        QVERIFY(reg().risks().forAsset(a.id).value().isEmpty());
        stack.undo(); // back, with the figures it had
        QCOMPARE(reg().risks().forAsset(a.id).value().size(), 1);
        QCOMPARE(reg().risks().forAsset(a.id).value().first().value, 3);
        stack.undo();
        stack.undo();
        QVERIFY(reg().risks().forAsset(a.id).value().isEmpty());
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
        QVERIFY(m_riskChanges.contains(a.id));
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void acceptedSuggestionsAreOneStep()
    {
        const Asset a = asset("W-1", AssetCategory::Information, "2");
        const QList<RiskService::Suggestion> suggested = reg().risks().suggest(a.id).value();
        QVERIFY(suggested.size() >= 2);
        QUndoStack stack;
        auto* all = new RiskCommand(*m_context, std::nullopt, std::nullopt, QStringLiteral("suggested"));
        for (const RiskService::Suggestion& s : suggested)
            new RiskCommand(*m_context, std::nullopt, s.risk, QString(), all);
        stack.push(all);
        QCOMPARE(reg().risks().forAsset(a.id).value().size(), suggested.size());
        stack.undo();
        QVERIFY(reg().risks().forAsset(a.id).value().isEmpty());
    }

    void thePanelShowsRisksLinksAndTheirSource()
    {
        const Asset server = asset("SV-1", AssetCategory::Infrastructure, "1");
        const Asset data = asset("D-1", AssetCategory::Information, "3");
        QVERIFY(reg().risks().create(input(server.id, "equipment_failure", 2, 2)));
        QUndoStack stack;
        AssetRisksPanel panel(reg(), *m_context, &stack);
        panel.showAsset(server);
        QCOMPARE(panel.risks()->rowCount(), 1);
        QVERIFY(!panel.showsFinding());

        panel.linkAsset(QStringLiteral("D-1"), true);
        panel.reload(); // as the window does when told of the change
        QCOMPARE(panel.holdings()->rowCount(), 1);
        QVERIFY2(panel.effectiveText().contains(QStringLiteral("D-1")), qPrintable(panel.effectiveText()));
        QVERIFY(panel.showsFinding()); // C1 holding C3
        stack.undo();
        panel.reload();
        QCOMPARE(panel.holdings()->rowCount(), 0);
        QVERIFY(!panel.showsFinding());

        panel.linkAsset(QStringLiteral("NO-SUCH"), true);
        QCOMPARE(m_failures.size(), 1);
        Q_UNUSED(data)
    }
};

QTEST_MAIN(TestAssetRisksPanel)
#include "tst_assetriskspanel.moc"
