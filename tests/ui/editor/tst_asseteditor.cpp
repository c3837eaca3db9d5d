// The asset editor: it shows an asset without inventing changes, checks what is typed against
// core's rules (the Save button says what is missing), derives 重要度, proposes 取扱制限 and
// makes disposed assets read-only.

#include "TestRegister.h"
#include "audit/Snapshot.h"
#include "domain/ClassificationScheme.h"
#include "editor/AssetEditor.h"
#include "editor/CheckList.h"
#include "editor/LookupField.h"
#include "service/Generator.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace daicho;

class TestAssetEditor : public QObject {
    Q_OBJECT

private:
    template <typename W> static W* field(AssetEditor& editor, const char* name)
    {
        W* w = editor.findChild<W*>(QLatin1String(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }
    // QTest types ASCII only; this is what an input method delivers for Japanese.
    static void type(QLineEdit* edit, const QString& text)
    {
        edit->end(false);
        edit->insert(text);
    }
    static void choose(QComboBox* box, const QString& data)
    {
        box->setCurrentIndex(box->findData(data));
        Q_EMIT box->activated(box->currentIndex());
    }

private Q_SLOTS:
    void showsAnAssetUnchanged()
    {
        test::TestRegister reg;
        const qint64 id = reg->assets().create(reg.validAsset(QStringLiteral("A-0001"))).value();
        const Asset stored = *reg->assets().find(id).value();
        AssetEditor editor(*reg);
        QSignalSpy modified(&editor, &AssetEditor::modifiedChanged);
        editor.showAsset(stored);
        QVERIFY(!editor.isModified());
        QVERIFY(editor.problems().isEmpty());
        QCOMPARE(editor.asset().name, stored.name);
        QCOMPARE(editor.asset().managerId, stored.managerId);
        QCOMPARE(editor.asset().sectionId, stored.sectionId);
        QVERIFY(!field<QPushButton>(editor, "save")->isEnabled());
        QVERIFY(field<QLabel>(editor, "importance")->text().startsWith(QLatin1Char('3')));

        type(field<QLineEdit>(editor, "name"), QStringLiteral("（更新）"));
        QVERIFY(editor.isModified());
        QCOMPARE(modified.count(), 1);
        QVERIFY(field<QPushButton>(editor, "save")->isEnabled());
        QSignalSpy saved(&editor, &AssetEditor::saveRequested);
        field<QPushButton>(editor, "save")->click();
        QCOMPARE(saved.count(), 1);
        const Asset after = saved.first().at(1).value<Asset>();
        QCOMPARE(after.name, stored.name + QStringLiteral("（更新）"));
        QCOMPARE(after.id, id);
        QCOMPARE(after.version, stored.version);

        field<QPushButton>(editor, "revert")->click();
        QVERIFY(!editor.isModified());
        QCOMPARE(editor.asset().name, stored.name);
    }

    void everyGeneratedAssetShowsUnchanged()
    {
        // Whatever the register holds (cloud and SNS assets, people, dates, restrictions),
        // showing it must not look like an edit.
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 9).generate(300));
        AssetEditor editor(*reg);
        for (const Asset& a : reg->assets().page(0, 300).value()) {
            editor.showAsset(a);
            const QJsonObject stored = Snapshot::of(a);
            const QJsonObject shown = Snapshot::of(editor.asset());
            QStringList differences;
            for (auto it = stored.begin(); it != stored.end(); ++it)
                if (shown.value(it.key()) != it.value())
                    differences << it.key();
            QVERIFY2(!editor.isModified(),
                     qPrintable(a.code + QStringLiteral(": ") + differences.join(QLatin1Char(','))));
        }
    }

    void saveExplainsWhatIsMissing()
    {
        test::TestRegister reg;
        const Asset valid = reg.validAsset(QStringLiteral("A-0001"));
        AssetEditor editor(*reg);
        editor.startNewAsset(0);
        auto* save = field<QPushButton>(editor, "save");
        QVERIFY(!save->isEnabled());
        const QString why = save->toolTip();
        for (AssetField f : {AssetField::Code, AssetField::Name, AssetField::Category, AssetField::Section,
                             AssetField::Manager, AssetField::Segment})
            QVERIFY2(why.contains(enumLabel(f)), qPrintable(why));
        QVERIFY(field<QLabel>(editor, "problems")->text().contains(enumLabel(AssetField::Name)));

        type(field<QLineEdit>(editor, "code"), valid.code);
        type(field<QLineEdit>(editor, "name"), valid.name);
        choose(field<QComboBox>(editor, "category"), QStringLiteral("infrastructure"));
        choose(field<QComboBox>(editor, "segment"), QStringLiteral("lgwan"));
        field<LookupField>(editor, "section")->setId(valid.sectionId);
        // A name that matches nobody is a problem of its own, not an empty field.
        auto* manager = field<LookupField>(editor, "manager");
        manager->setEditText(QStringLiteral("存在しない　人"));
        Q_EMIT manager->edited();
        QVERIFY(!save->isEnabled());
        QVERIFY2(save->toolTip().contains(QStringLiteral("存在しない　人")), qPrintable(save->toolTip()));
        manager->setId(valid.managerId);
        Q_EMIT manager->edited();
        QVERIFY2(editor.problems().isEmpty(), qPrintable(joinProblems(editor.problems())));
        QVERIFY(save->isEnabled());

        QSignalSpy saved(&editor, &AssetEditor::saveRequested);
        save->click();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(0).value<Asset>().id, 0); // a creation
        const Asset created = saved.first().at(1).value<Asset>();
        QCOMPARE(created.code, valid.code);
        QCOMPARE(created.segment, NetworkSegment::Lgwan);
        QCOMPARE(created.managerId, valid.managerId);
        QVERIFY(reg->assets().check(created).isEmpty());
    }

    void derivesImportanceAndProposesRestrictions()
    {
        test::TestRegister reg;
        Asset a = reg.validAsset(QStringLiteral("A-0001"));
        a.confidentiality = QStringLiteral("1");
        a.integrity = QStringLiteral("1");
        a.availability = QStringLiteral("1");
        const qint64 id = reg->assets().create(a).value();
        AssetEditor editor(*reg);
        editor.showAsset(*reg->assets().find(id).value());
        auto* importance = field<QLabel>(editor, "importance");
        QVERIFY2(importance->text().startsWith(QLatin1Char('1')), qPrintable(importance->text()));

        choose(field<QComboBox>(editor, "confidentiality"), QStringLiteral("3"));
        QVERIFY2(importance->text().startsWith(QLatin1Char('3')), qPrintable(importance->text()));
        QVERIFY(importance->text().contains(axisLabel(Axis::Confidentiality).text()));
        const QList<Restriction> usual = ClassificationScheme::classic().usualRestrictions(
            QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("1"));
        QVERIFY(!usual.isEmpty());
        QVERIFY(field<QLabel>(editor, "proposal")->text().contains(enumLabel(usual.first())));
        auto* apply = field<QPushButton>(editor, "applyProposal");
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(editor.asset().restrictions, usual);
        QVERIFY(!apply->isEnabled());
    }

    void disposedAssetsAreReadOnly()
    {
        test::TestRegister reg;
        const Asset a = reg.validAsset(QStringLiteral("A-0001"));
        const qint64 id = reg->assets().create(a).value();
        QVERIFY(reg->assets().dispose(id, reg.clock().nowUtc().date(), QStringLiteral("溶解"), a.managerId));
        AssetEditor editor(*reg);
        editor.showAsset(*reg->assets().find(id).value());
        QVERIFY(editor.isReadOnly());
        QVERIFY(field<QLineEdit>(editor, "name")->isReadOnly());
        QVERIFY(!field<QComboBox>(editor, "segment")->isEnabled());
        QVERIFY(!field<QPushButton>(editor, "save")->isEnabled());
        QVERIFY(!field<QPushButton>(editor, "dispose")->isEnabled());
        QVERIFY(field<QLabel>(editor, "disposal")->text().contains(QStringLiteral("溶解")));
        QSignalSpy saved(&editor, &AssetEditor::saveRequested);
        editor.save();
        QCOMPARE(saved.count(), 0);
    }
};

QTEST_MAIN(TestAssetEditor)
#include "tst_asseteditor.moc"
