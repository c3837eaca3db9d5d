// The undo commands of asset edits: each step and its inverse go through the service (so
// validation and the audit trail apply), versions follow, and a step that cannot be carried
// out leaves the stack instead of pretending.

#include "TestRegister.h"
#include "commands/CommandContext.h"
#include "commands/CreateAssetCommand.h"
#include "commands/DisposeAssetCommand.h"
#include "commands/EditAssetsCommand.h"
#include "commands/RemoveAssetCommand.h"

#include <QTest>
#include <QUndoStack>

using namespace daicho;

class TestAssetCommands : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestRegister> m_reg;
    std::unique_ptr<CommandContext> m_context;
    QList<QList<qint64>> m_changes;
    QStringList m_failures;

    AssetService& assets() { return m_reg->get().assets(); }
    Asset fetch(qint64 id) { return *assets().find(id).value(); }

private Q_SLOTS:
    void init()
    {
        m_reg = std::make_unique<test::TestRegister>();
        m_changes.clear();
        m_failures.clear();
        m_context = std::make_unique<CommandContext>(
            CommandContext{m_reg->get(), [this](const QList<qint64>& ids, bool) { m_changes << ids; },
                           [this](const QString& reason) { m_failures << reason; }, [] {}, [](qint64) {}});
    }

    void cleanup()
    {
        m_context.reset();
        m_reg.reset();
    }

    void editUndoRedo()
    {
        const qint64 id = assets().create(m_reg->validAsset(QStringLiteral("A-0001"))).value();
        const Asset before = fetch(id);
        Asset after = before;
        after.name = QStringLiteral("新しい名称");
        QUndoStack stack;
        stack.push(new EditAssetsCommand(*m_context, {before}, {after}, QStringLiteral("edit")));
        QCOMPARE(fetch(id).name, QStringLiteral("新しい名称"));
        QCOMPARE(fetch(id).version, 2);
        stack.undo();
        QCOMPARE(fetch(id).name, before.name);
        QCOMPARE(fetch(id).version, 3); // undo is a new version, audited like any edit
        stack.redo();
        QCOMPARE(fetch(id).name, QStringLiteral("新しい名称"));
        QCOMPARE(fetch(id).version, 4);
        QCOMPARE(m_changes.size(), 3);
        QCOMPARE(m_changes.last(), QList<qint64>{id});
        QVERIFY(m_failures.isEmpty());
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void bulkEditIsOneStep()
    {
        QList<Asset> before;
        for (const char* code : {"B-1", "B-2", "B-3"})
            before << fetch(assets().create(m_reg->validAsset(QString::fromLatin1(code))).value());
        QList<Asset> after = before;
        for (Asset& a : after) {
            a.segment = NetworkSegment::Lgwan;
            a.restrictions << Restriction::NoCopy;
        }
        QUndoStack stack;
        stack.push(new EditAssetsCommand(*m_context, before, after, QStringLiteral("bulk")));
        QCOMPARE(stack.count(), 1);
        for (const Asset& a : before) {
            QCOMPARE(fetch(a.id).segment, NetworkSegment::Lgwan);
            QVERIFY(fetch(a.id).restrictions.contains(Restriction::NoCopy));
        }
        stack.undo();
        for (const Asset& a : before) {
            QCOMPARE(fetch(a.id).segment, NetworkSegment::MyNumber);
            QVERIFY(!fetch(a.id).restrictions.contains(Restriction::NoCopy));
        }
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void aStepThatFailsLeavesTheStack()
    {
        const qint64 id = assets().create(m_reg->validAsset(QStringLiteral("A-0001"))).value();
        const Asset before = fetch(id);
        Asset invalid = before;
        invalid.name.clear();
        QUndoStack stack;
        stack.push(new EditAssetsCommand(*m_context, {before}, {invalid}, QStringLiteral("edit")));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(m_failures.size(), 1);
        QCOMPARE(fetch(id).version, 1);

        // Changed by someone else between the edit and its undo: the undo refuses to overwrite.
        Asset renamed = before;
        renamed.name = QStringLiteral("私の変更");
        stack.push(new EditAssetsCommand(*m_context, {before}, {renamed}, QStringLiteral("edit")));
        Asset theirs = fetch(id);
        theirs.notes = QStringLiteral("別の担当者の変更");
        QVERIFY(assets().update(theirs));
        stack.undo();
        QCOMPARE(m_failures.size(), 2);
        QCOMPARE(fetch(id).notes, QStringLiteral("別の担当者の変更"));
        QCOMPARE(stack.count(), 0);
    }

    void createUndoRedo()
    {
        QUndoStack stack;
        auto* create = new CreateAssetCommand(*m_context, m_reg->validAsset(QStringLiteral("N-1")));
        stack.push(create);
        const qint64 id = create->assetId();
        QVERIFY(id > 0);
        QCOMPARE(fetch(id).code, QStringLiteral("N-1"));
        stack.undo();
        QVERIFY(!assets().find(id).value());
        stack.redo();
        QCOMPARE(assets().findByCode(QStringLiteral("N-1")).value()->code, QStringLiteral("N-1"));
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void removeUndoKeepsTheId()
    {
        const qint64 first = assets().create(m_reg->validAsset(QStringLiteral("R-1"))).value();
        assets().create(m_reg->validAsset(QStringLiteral("R-2")));
        Asset edited = fetch(first);
        edited.name = QStringLiteral("直した名称");
        QUndoStack stack;
        stack.push(new EditAssetsCommand(*m_context, {fetch(first)}, {edited}, QStringLiteral("edit")));
        stack.push(new RemoveAssetCommand(*m_context, fetch(first)));
        QVERIFY(!assets().find(first).value());
        stack.undo(); // back, under the same id...
        QCOMPARE(fetch(first).name, QStringLiteral("直した名称"));
        stack.undo(); // ...so the earlier edit can still be taken back
        QCOMPARE(fetch(first).name, m_reg->validAsset(QStringLiteral("x")).name);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }

    void disposeUndo()
    {
        const Asset a = m_reg->validAsset(QStringLiteral("D-1"));
        const qint64 id = assets().create(a).value();
        const QDate today = m_reg->clock().nowUtc().date();
        QUndoStack stack;
        stack.push(new DisposeAssetCommand(*m_context, id, a.code, today, QStringLiteral("物理破壊"), a.managerId));
        QCOMPARE(fetch(id).status, AssetStatus::Disposed);
        stack.undo();
        QCOMPARE(fetch(id).status, AssetStatus::Active);
        QVERIFY(fetch(id).disposalMethod.isEmpty());
        stack.redo();
        QCOMPARE(fetch(id).status, AssetStatus::Disposed);
        QCOMPARE(fetch(id).disposedOn, today);
        QVERIFY2(m_reg->auditFinding().isEmpty(), qPrintable(m_reg->auditFinding()));
    }
};

QTEST_MAIN(TestAssetCommands)
#include "tst_assetcommands.moc"
