// People and roles: the commands that add and edit people and assign and end 第5条 roles
// (undone through the service, with the scope rules enforced both ways), and the dialog's
// table following every step, including undo from the window.

#include "TestRegister.h"
#include "commands/CommandContext.h"
#include "commands/PersonCommand.h"
#include "commands/RoleCommand.h"
#include "people/PeopleDialog.h"
#include "people/PeopleTableModel.h"
#include "people/TransferDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace daicho;

class TestPeopleDialog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    std::unique_ptr<CommandContext> m_context;
    QStringList m_failures;

private Q_SLOTS:
    void init()
    {
        m_reg = std::make_unique<test::TestRegister>();
        m_failures.clear();
        m_context = std::make_unique<CommandContext>(
            CommandContext{m_reg->get(), [](const QList<qint64>&, bool) {},
                           [this](const QString& reason) { m_failures << reason; }, [] {}, [](qint64) {}});
    }

    void cleanup()
    {
        m_context.reset();
        m_reg.reset();
    }

    void peopleAndRolesUndoRedo()
    {
        QUndoStack stack;
        PeopleDialog dialog(m_reg->get(), *m_context, &stack);
        PeopleTableModel* model = dialog.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model->rowCount();

        Person newcomer;
        newcomer.name = QStringLiteral("白神　一郎");
        newcomer.title = QStringLiteral("課長");
        newcomer.unitId = m_reg->unitNamed(QStringLiteral("総務課"));
        auto* add = new PersonCommand(*m_context, Person{}, newcomer);
        stack.push(add);
        const qint64 id = add->personId();
        QVERIFY(id > 0);
        QCOMPARE(model->rowCount(), before + 1); // the dialog follows the stack

        // 情報セキュリティ管理者 over a section: allowed; over a department: refused by 第5条's rule.
        RoleAssignment manager;
        manager.personId = id;
        manager.role = Role::SecurityManager;
        manager.unitId = m_reg->unitNamed(QStringLiteral("総務部"));
        manager.validFrom = QDate(2026, 4, 1);
        stack.push(new RoleCommand(*m_context, manager, QStringLiteral("assign")));
        QCOMPARE(m_failures.size(), 1);
        QCOMPARE(stack.count(), 1);
        manager.unitId = m_reg->unitNamed(QStringLiteral("総務課"));
        stack.push(new RoleCommand(*m_context, manager, QStringLiteral("assign")));
        QVERIFY2(m_failures.size() == 1, qPrintable(m_failures.join(QLatin1Char('\n'))));
        QCOMPARE(model->rolesOf(id).size(), 1);
        QCOMPARE(model->scopeOf(model->rolesOf(id).first()), QStringLiteral("総務課"));
        const int row = model->rowOfPerson(id);
        QVERIFY(
            model->index(row, PeopleTableModel::Roles).data().toString().contains(enumLabel(Role::SecurityManager)));

        // Ending the role (人事異動) and taking the end back.
        const RoleAssignment held = model->rolesOf(id).first();
        stack.push(new RoleCommand(*m_context, held, QDate(2026, 4, 30), QStringLiteral("end")));
        QVERIFY(model->rolesOf(id).isEmpty()); // the test clock is in November
        stack.undo();
        QCOMPARE(model->rolesOf(id).size(), 1);

        // Editing, then undoing everything: the person is gone again.
        Person renamed = (*m_reg)->people().people().value().constLast();
        Person edited = renamed;
        edited.title = QStringLiteral("部長");
        stack.push(new PersonCommand(*m_context, renamed, edited));
        QCOMPARE(model->index(model->rowOfPerson(id), PeopleTableModel::Title).data().toString(),
                 QStringLiteral("部長"));
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(model->rowCount(), before);
        QCOMPARE(model->rowOfPerson(id), -1);
        QCOMPARE(m_failures.size(), 1);
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void transferIsOneStepWithHistory()
    {
        Register& reg = m_reg->get();
        const qint64 section = m_reg->unitNamed(QStringLiteral("総務課"));
        const qint64 leaving = m_reg->addPerson(QStringLiteral("能代　一郎"), section);
        const qint64 successor = m_reg->addPerson(QStringLiteral("米代　次郎"), section);
        RoleAssignment manager;
        manager.personId = leaving;
        manager.role = Role::SecurityManager;
        manager.unitId = section;
        manager.validFrom = QDate(2026, 4, 1);
        QVERIFY(reg.people().assignRole(manager));
        QList<qint64> assets;
        for (const char* code : {"T-1", "T-2"}) {
            Asset a = m_reg->validAsset(QString::fromLatin1(code));
            a.managerId = leaving;
            assets << reg.assets().create(a).value();
        }

        QUndoStack stack;
        PeopleDialog dialog(reg, *m_context, &stack);
        dialog.selectPerson(leaving);
        // The dialog asks for the successor and the day; it opens on the next April 1.
        QDate offered;
        QTimer::singleShot(0, this, [&] {
            auto* transfer = qobject_cast<TransferDialog*>(QApplication::activeModalWidget());
            QVERIFY(transfer);
            offered = transfer->effective();
            transfer->setSuccessorId(successor);
            transfer->accept();
        });
        dialog.transferRoles();
        QCOMPARE(offered, QDate(2027, 4, 1));
        QCOMPARE(stack.count(), 1);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
        for (qint64 id : assets)
            QCOMPARE(reg.assets().find(id).value()->managerId, successor);
        // The roles move on April 1: until then 能代 一郎 still holds his, ending March 31.
        QCOMPARE(dialog.model()->rolesOf(leaving).size(), 1);
        QCOMPARE(dialog.model()->rolesOf(leaving).first().validTo, QDate(2027, 3, 31));
        QCOMPARE(dialog.model()->historyOf(successor).size(), 1);
        QCOMPARE(dialog.model()->historyOf(successor).first().validFrom, QDate(2027, 4, 1));

        // One undo takes back all of it.
        stack.undo();
        for (qint64 id : assets)
            QCOMPARE(reg.assets().find(id).value()->managerId, leaving);
        QVERIFY(dialog.model()->historyOf(successor).isEmpty());
        QVERIFY(!dialog.model()->rolesOf(leaving).first().validTo.isValid());
        stack.redo();
        QCOMPARE(reg.assets().find(assets.first()).value()->managerId, successor);

        // History: past roles are listed on request, with their last day.
        auto* past = dialog.findChild<QCheckBox*>(QStringLiteral("pastRoles"));
        QVERIFY(past);
        past->setChecked(true);
        auto* roles = dialog.findChild<QTableView*>(QStringLiteral("rolesTable"));
        QCOMPARE(roles->model()->rowCount(), 1);
        QCOMPARE(roles->model()->index(0, 3).data().toString(), QStringLiteral("2027-03-31"));
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }
};

QTEST_MAIN(TestPeopleDialog)
#include "tst_peopledialog.moc"
