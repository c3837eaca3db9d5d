// The self-inspection page: a section's checklist answered several items at a time (a comment
// asked where something is missing), each answer one undoable step; comments edited in place;
// the per-department summary follows the answers.

#include "TestRegister.h"
#include "commands/CommandContext.h"
#include "inspection/InspectionChecklistModel.h"
#include "inspection/InspectionPanel.h"
#include "inspection/InspectionSummaryModel.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace daicho;

class TestInspectionPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    std::unique_ptr<CommandContext> m_context;
    QStringList m_failures;

    Register& reg() { return m_reg->get(); }
    void select(QTableView* view, const QList<int>& rows)
    {
        view->clearSelection();
        for (int row : rows)
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QString cell(QAbstractItemModel* model, int row, int column) { return model->index(row, column).data().toString(); }

private Q_SLOTS:
    void init()
    {
        m_reg = std::make_unique<test::TestRegister>();
        m_failures.clear();
        m_context = std::make_unique<CommandContext>(CommandContext{reg(), [](const QList<qint64>&, bool) {},
                                                                    [this](const QString& r) { m_failures << r; },
                                                                    [] {}, [](qint64) {}});
    }
    void cleanup()
    {
        m_context.reset();
        m_reg.reset();
    }

    void answersAreUndoableStepsAndSumUp()
    {
        QUndoStack undo;
        InspectionPanel panel(reg(), *m_context, &undo);
        panel.refresh();
        const qint64 general = m_reg->unitNamed(QStringLiteral("総務課"));
        panel.setSection(general);
        QCOMPARE(panel.section(), general);
        InspectionChecklistModel* list = panel.checklist();
        QVERIFY(list->rowCount() >= 20);
        QCOMPARE(cell(list, 0, InspectionChecklistModel::Answer), tr("Unanswered"));

        // Nothing selected: nothing to answer.
        auto* done = panel.findChild<QPushButton*>(QStringLiteral("answer_done"));
        QVERIFY(done && !done->isEnabled());
        select(panel.checklistView(), {0, 1, 2});
        QVERIFY(done->isEnabled());
        done->click();
        QCOMPARE(undo.count(), 1); // three answers, one step
        QCOMPARE(reg().inspections().answers(general).value().size(), 3);
        QCOMPARE(cell(list, 1, InspectionChecklistModel::Answer), enumLabel(InspectionAnswer::Done));

        // Not done, with what is missing; the comment is then edited in place.
        select(panel.checklistView(), {3});
        panel.answerSelected(InspectionAnswer::NotDone, QStringLiteral("未整備"));
        QCOMPARE(cell(list, 3, InspectionChecklistModel::Comment), QStringLiteral("未整備"));
        QVERIFY(list->flags(list->index(3, InspectionChecklistModel::Comment)) & Qt::ItemIsEditable);
        QVERIFY(!(list->flags(list->index(4, InspectionChecklistModel::Comment)) & Qt::ItemIsEditable));
        list->setData(list->index(3, InspectionChecklistModel::Comment), QStringLiteral("来月整備予定"));
        QCOMPARE(undo.count(), 3);
        QCOMPARE(reg().inspections().answers(general).value().value(list->item(3).id).comment,
                 QStringLiteral("来月整備予定"));

        // The summary: 3 done and 1 not done of 4 that apply = 75 %.
        InspectionSummaryModel* summary = panel.summary();
        const int city = summary->rowCount() - 1;
        QCOMPARE(cell(summary, city, InspectionSummaryModel::Done), QStringLiteral("3"));
        QCOMPARE(summary->index(city, InspectionSummaryModel::Rate).data(InspectionSummaryModel::PercentRole).toInt(),
                 75);

        // Undo, step by step, back to nothing answered.
        undo.undo();
        QCOMPARE(cell(list, 3, InspectionChecklistModel::Comment), QStringLiteral("未整備"));
        undo.undo();
        QCOMPARE(cell(list, 3, InspectionChecklistModel::Answer), tr("Unanswered"));
        undo.undo();
        QVERIFY(reg().inspections().answers(general).value().isEmpty());
        QCOMPARE(cell(summary, summary->rowCount() - 1, InspectionSummaryModel::Done), QStringLiteral("0"));
        undo.redo();
        QCOMPARE(reg().inspections().answers(general).value().size(), 3);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void aRefusedAnswerIsReportedAndLeavesNoStep()
    {
        QUndoStack undo;
        InspectionPanel panel(reg(), *m_context, &undo);
        panel.refresh();
        select(panel.checklistView(), {0});
        // Retired behind the panel's back: the service refuses, the step is dropped.
        InspectionItem item = panel.checklist()->item(0);
        item.active = false;
        QVERIFY(reg().inspections().updateItem(item));
        panel.answerSelected(InspectionAnswer::Done);
        QCOMPARE(m_failures.size(), 1);
        QCOMPARE(undo.count(), 0);
        QVERIFY(reg().inspections().answers(panel.section()).value().isEmpty());
    }
};

QTEST_MAIN(TestInspectionPanel)
#include "tst_inspectionpanel.moc"
