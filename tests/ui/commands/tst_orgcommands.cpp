// Undo commands over the organisation tree: adding, renaming, moving and merging units, each
// step and its inverse through OrgService (validated and audited).

#include "TestRegister.h"
#include "commands/CommandContext.h"
#include "commands/CreateUnitCommand.h"
#include "commands/EditUnitCommand.h"
#include "commands/MergeUnitsCommand.h"
#include "commands/SplitUnitCommand.h"
#include "org/SplitUnitDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace daicho;

class TestOrgCommands : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    std::unique_ptr<CommandContext> m_context;
    int m_treeChanges = 0;
    QStringList m_failures;

    OrgUnit unit(qint64 id)
    {
        for (const OrgUnit& u : (*m_reg)->org().units().value())
            if (u.id == id)
                return u;
        qFatal("no unit %lld", id);
    }

private Q_SLOTS:
    void init()
    {
        m_reg = std::make_unique<test::TestRegister>(); // the Noshiro template
        m_treeChanges = 0;
        m_failures.clear();
        m_context = std::make_unique<CommandContext>(CommandContext{
            m_reg->get(), [](const QList<qint64>&, bool) {}, [this](const QString& reason) { m_failures << reason; },
            [this] { ++m_treeChanges; }, [](qint64) {}});
    }

    void cleanup()
    {
        m_context.reset();
        m_reg.reset();
    }

    void addRenameMoveUndoRedo()
    {
        const qint64 general = m_reg->unitNamed(QStringLiteral("総務部"));
        QVERIFY(general > 0);
        QUndoStack stack;
        OrgUnit section;
        section.kind = UnitKind::Section;
        section.parentId = general;
        section.name = QStringLiteral("情報政策課");
        auto* add = new CreateUnitCommand(*m_context, section);
        stack.push(add);
        const qint64 id = add->unitId();
        QVERIFY(id > 0);
        QCOMPARE(unit(id).name, QStringLiteral("情報政策課"));

        OrgUnit renamed = unit(id);
        renamed.name = QStringLiteral("デジタル政策課");
        stack.push(new EditUnitCommand(*m_context, unit(id), renamed, QStringLiteral("rename")));
        const qint64 planning = m_reg->unitNamed(QStringLiteral("企画部"));
        QVERIFY(planning > 0);
        OrgUnit moved = unit(id);
        moved.parentId = planning;
        stack.push(new EditUnitCommand(*m_context, unit(id), moved, QStringLiteral("move")));
        QCOMPARE(unit(id).parentId, planning);
        QCOMPARE(unit(id).name, QStringLiteral("デジタル政策課"));

        stack.undo(); // move
        QCOMPARE(unit(id).parentId, general);
        stack.undo(); // rename
        QCOMPARE(unit(id).name, QStringLiteral("情報政策課"));
        stack.undo(); // add
        QCOMPARE(m_reg->unitNamed(QStringLiteral("情報政策課")), 0);
        stack.redo();
        QVERIFY(m_reg->unitNamed(QStringLiteral("情報政策課")) > 0);
        QCOMPARE(m_treeChanges, 7);
        QVERIFY(m_failures.isEmpty());
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));

        // A move the tree does not allow (a section under a section) fails and leaves the stack.
        const int before = stack.index(); // pushing drops the steps that were undone
        OrgUnit wrong = unit(m_reg->unitNamed(QStringLiteral("情報政策課")));
        wrong.parentId = m_reg->unitNamed(QStringLiteral("総務課"));
        stack.push(new EditUnitCommand(*m_context, unit(wrong.id), wrong, QStringLiteral("move")));
        QCOMPARE(stack.count(), before);
        QCOMPARE(m_failures.size(), 1);
    }

    void mergeUndoRedo()
    {
        Register& reg = m_reg->get();
        const qint64 general = m_reg->unitNamed(QStringLiteral("総務課"));
        const qint64 tax = m_reg->unitNamed(QStringLiteral("税務課"));
        QVERIFY(general > 0 && tax > 0);
        Asset a = m_reg->validAsset(QStringLiteral("G-1"));
        a.sectionId = general;
        const qint64 assetId = reg.assets().create(a).value();
        QUndoStack stack;
        stack.push(new MergeUnitsCommand(*m_context, general, tax, QStringLiteral("merge")));
        QCOMPARE(reg.assets().find(assetId).value()->sectionId, tax);
        QVERIFY(!unit(general).active);
        stack.undo();
        QCOMPARE(reg.assets().find(assetId).value()->sectionId, general);
        QVERIFY(unit(general).active);
        stack.redo();
        QCOMPARE(reg.assets().find(assetId).value()->sectionId, tax);
        QVERIFY(m_failures.isEmpty());
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void splitFromTheDialogUndoRedo()
    {
        Register& reg = m_reg->get();
        const qint64 general = m_reg->unitNamed(QStringLiteral("総務課"));
        QList<qint64> assets;
        for (const char* code : {"S-1", "S-2"}) {
            Asset a = m_reg->validAsset(QString::fromLatin1(code));
            a.sectionId = general;
            assets << reg.assets().create(a).value();
        }
        SplitUnitDialog dialog(reg, unit(general));
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing chosen, no name
        dialog.setName(QStringLiteral("文書法制課"));
        QVERIFY(!ok->isEnabled());
        dialog.setChecked(SplitUnitDialog::Assets, assets.at(1), true);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.part().assets, QList<qint64>{assets.at(1)});
        QCOMPARE(dialog.part().from, general);

        QUndoStack stack;
        auto* split = new SplitUnitCommand(*m_context, dialog.part(), dialog.created(), QStringLiteral("split"));
        stack.push(split);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
        const qint64 created = split->createdId();
        QCOMPARE(unit(created).name, QStringLiteral("文書法制課"));
        QCOMPARE(reg.assets().find(assets.at(1)).value()->sectionId, created);
        QCOMPARE(reg.assets().find(assets.at(0)).value()->sectionId, general);
        QCOMPARE(m_treeChanges, 1);
        stack.undo();
        QCOMPARE(reg.assets().find(assets.at(1)).value()->sectionId, general);
        QCOMPARE(m_treeChanges, 2);
        stack.redo();
        QCOMPARE(reg.assets().find(assets.at(1)).value()->sectionId, split->createdId());
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }
};

QTEST_MAIN(TestOrgCommands)
#include "tst_orgcommands.moc"
