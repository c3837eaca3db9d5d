// Tooltips that explain the regulation's terms: every field a user edits says what it means
// (citing the article), every classification level in a combo says what that level means as its
// scheme defines it, every column of the asset table explains itself, and the editor, the bulk
// edit and the filters say the same thing because the texts live in FieldHelp.

#include "BulkEditDialog.h"
#include "FilterBar.h"
#include "TestRegister.h"
#include "domain/ClassificationScheme.h"
#include "editor/AssetEditor.h"
#include "editor/DisposalDialog.h"
#include "editor/FieldHelp.h"
#include "models/AssetTableModel.h"
#include "people/PersonDialog.h"
#include "people/RoleDialog.h"
#include "people/TransferDialog.h"
#include "risk/RiskDialog.h"
#include "service/Register.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextDocument>

using namespace daicho;

class TestFieldHelp : public QObject {
    Q_OBJECT

private:
    // The widgets of `root` a user types into, picks from or ticks. The line edit inside a combo
    // box or a spin box is part of it (its tooltip is the owner's), and so is a combo's list.
    static QList<QWidget*> editableWidgets(QWidget* root, bool onlyEnabled)
    {
        QList<QWidget*> found;
        for (QWidget* w : root->findChildren<QWidget*>()) {
            bool part = false;
            for (QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget())
                part = part || qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractSpinBox*>(p);
            if (part)
                continue;
            bool editable = false;
            if (auto* edit = qobject_cast<QLineEdit*>(w))
                editable = !edit->isReadOnly();
            else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
                editable = !text->isReadOnly();
            else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
                editable = !spin->isReadOnly();
            else
                editable =
                    qobject_cast<QComboBox*>(w) || qobject_cast<QCheckBox*>(w) || qobject_cast<QAbstractItemView*>(w);
            if (editable && (!onlyEnabled || w->isEnabled()))
                found << w;
        }
        return found;
    }
    static QString describe(const QWidget* w)
    {
        return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), w->objectName());
    }
    // Fails naming every widget of `root` without a tooltip; returns how many were checked.
    static int checkTooltips(QWidget* root, bool onlyEnabled)
    {
        QStringList missing;
        const QList<QWidget*> widgets = editableWidgets(root, onlyEnabled);
        for (QWidget* w : widgets)
            if (w->toolTip().trimmed().isEmpty())
                missing << describe(w);
        if (!missing.isEmpty())
            qWarning("without a tooltip: %s", qPrintable(missing.join(QStringLiteral(", "))));
        return missing.isEmpty() ? int(widgets.size()) : -1;
    }
    template <typename W> static W* field(QWidget& root, const char* name)
    {
        W* w = root.findChild<W*>(QLatin1String(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }
    static void choose(QComboBox* box, const QString& data)
    {
        box->setCurrentIndex(box->findData(data));
        Q_EMIT box->activated(box->currentIndex());
    }
    static QString tip(const QComboBox* box, int index) { return box->itemData(index, Qt::ToolTipRole).toString(); }

private Q_SLOTS:
    void everyTermHasAText()
    {
        for (AssetField f : enumValues<AssetField>())
            QVERIFY2(!FieldHelp::toolTip(f).isEmpty(), qPrintable(enumKey(f)));
        for (int t = 0; t <= int(FieldHelp::Term::TransferDate); ++t)
            QVERIFY2(!FieldHelp::toolTip(FieldHelp::Term(t)).isEmpty(), qPrintable(QString::number(t)));
        const auto allChosen = [](auto values) {
            QStringList texts;
            for (auto v : values)
                texts << FieldHelp::choice(v);
            return !texts.contains(QString()) && QSet<QString>(texts.begin(), texts.end()).size() == texts.size();
        };
        QVERIFY(allChosen(enumValues<AssetCategory>()));
        QVERIFY(allChosen(enumValues<NetworkSegment>()));
        QVERIFY(allChosen(enumValues<Provision>()));
        QVERIFY(allChosen(enumValues<AssetStatus>()));
        QVERIFY(allChosen(enumValues<Restriction>()));
        QVERIFY(allChosen(enumValues<PersonalData>()));
        QVERIFY(allChosen(enumValues<Role>()));
        QVERIFY(allChosen(enumValues<ThreatGroup>()));
        QVERIFY(allChosen(enumValues<Treatment>()));
        QVERIFY(allChosen(enumValues<RiskStatus>()));
        QVERIFY(allChosen(enumValues<RiskBand>()));
        QVERIFY(allChosen(enumValues<ReviewOutcome>()));
    }

    void textsCiteTheRegulation()
    {
        // The definitions of 第2条 and the classification of 第6条(1).
        QVERIFY(FieldHelp::toolTip(AssetField::Confidentiality).contains(QStringLiteral("第2条(4)")));
        QVERIFY(FieldHelp::toolTip(AssetField::Integrity).contains(QStringLiteral("第2条(5)")));
        QVERIFY(FieldHelp::toolTip(AssetField::Availability).contains(QStringLiteral("第2条(6)")));
        QVERIFY(FieldHelp::toolTip(AssetField::Category).contains(QStringLiteral("第2条(3)")));
        QVERIFY(FieldHelp::toolTip(AssetField::Segment).contains(QStringLiteral("第6条(2)")));
        QVERIFY(FieldHelp::toolTip(AssetField::Manager).contains(QStringLiteral("第5条(4)")));
        QVERIFY(FieldHelp::toolTip(FieldHelp::Term::Rating).contains(QStringLiteral("第6条(1)")));
        QVERIFY(FieldHelp::choice(NetworkSegment::MyNumber).contains(QStringLiteral("第2条(9)")));
        QVERIFY(FieldHelp::choice(ThreatGroup::Infrastructure).contains(QStringLiteral("第3条(5)")));
        QVERIFY(FieldHelp::choice(Role::SystemAdmin).contains(QStringLiteral("第5条(5)")));
        // A category is explained in the regulation's own words (the label), with its letter.
        QVERIFY(FieldHelp::choice(AssetCategory::Information).contains(enumLabel(AssetCategory::Information)));
        QVERIFY(FieldHelp::choice(AssetCategory::Information).contains(QStringLiteral("第2条(3)イ")));
        // A level is what its scheme says it is.
        const ClassificationScheme& classic = ClassificationScheme::classic();
        const ClassificationLevel* c2 = classic.level(Axis::Confidentiality, QStringLiteral("2"));
        QVERIFY(FieldHelp::level(Axis::Confidentiality, QStringLiteral("2")).contains(c2->meaning.text()));
        QVERIFY(FieldHelp::level(Axis::Confidentiality, QStringLiteral("2")).startsWith(QStringLiteral("機密性2")));
        QVERIFY(FieldHelp::level(Axis::Confidentiality, QStringLiteral("9")).isEmpty());
        // What's This lists the levels of the scheme asked for.
        const QString revised =
            FieldHelp::whatsThis(AssetField::Confidentiality, ClassificationScheme::guideline2024());
        QVERIFY2(revised.contains(QStringLiteral("機密性3A")), qPrintable(revised));
        QVERIFY(!FieldHelp::whatsThis(AssetField::Confidentiality).contains(QStringLiteral("機密性3A")));
        // A short tooltip stays plain; a long one is rich text Qt wraps, the plain text escaped.
        QCOMPARE(FieldHelp::tipText(QStringLiteral("a < b\nc")), QStringLiteral("a < b\nc"));
        QVERIFY(FieldHelp::tipText(QString()).isEmpty());
        const QString wrapped = FieldHelp::tipText(QStringLiteral("a < b ").repeated(20) + QStringLiteral("\nc"));
        QVERIFY2(wrapped.startsWith(QStringLiteral("<table width=")), qPrintable(wrapped));
        QVERIFY(wrapped.contains(QStringLiteral("a &lt; b")));
        QVERIFY(wrapped.contains(QStringLiteral("<br>c")));
        QVERIFY(Qt::mightBeRichText(wrapped));
        // Sixty columns of Japanese are thirty characters.
        QCOMPARE(FieldHelp::tipText(QString(30, QChar(0x6a5f))), QString(30, QChar(0x6a5f)));
        QVERIFY(FieldHelp::tipText(QString(31, QChar(0x6a5f))).startsWith(QStringLiteral("<table")));
    }

    void everyEditableFieldOfTheEditorHasATooltip()
    {
        test::TestRegister reg;
        const qint64 id = reg->assets().create(reg.validAsset(QStringLiteral("A-0001"))).value();
        AssetEditor editor(*reg);
        // A new asset: every field is open and most are missing, so each shows a problem too.
        editor.startNewAsset(reg.firstSectionId());
        QVERIFY(!editor.problems().isEmpty());
        const int checked = checkTooltips(&editor, true);
        QVERIFY2(checked >= 28, qPrintable(QString::number(checked)));
        // The problem comes first, the meaning stays.
        const QString nameTip = field<QLineEdit>(editor, "name")->toolTip();
        QVERIFY2(nameTip.contains(FieldHelp::toolTip(AssetField::Name).toHtmlEscaped()), qPrintable(nameTip));
        QVERIFY(nameTip.size() > FieldHelp::tipText(FieldHelp::toolTip(AssetField::Name)).size());

        // A stored, valid asset: no problems, and the tooltips are the meanings alone.
        editor.showAsset(*reg->assets().find(id).value());
        QVERIFY(editor.problems().isEmpty());
        QVERIFY(!editor.isReadOnly());
        QVERIFY(checkTooltips(&editor, true) >= 28);
        QCOMPARE(field<QLineEdit>(editor, "name")->toolTip(), FieldHelp::tipText(FieldHelp::toolTip(AssetField::Name)));
        QCOMPARE(field<QComboBox>(editor, "confidentiality")->toolTip(),
                 FieldHelp::tipText(FieldHelp::toolTip(AssetField::Confidentiality)));
        QVERIFY(field<QComboBox>(editor, "confidentiality")->whatsThis().contains(QStringLiteral("機密性3")));
        QVERIFY(!field<QLabel>(editor, "importance")->toolTip().isEmpty());
    }

    void everyLevelHasItsOwnTooltip()
    {
        test::TestRegister reg;
        AssetEditor editor(*reg);
        editor.startNewAsset(reg.firstSectionId());
        const std::pair<const char*, Axis> axes[] = {{"confidentiality", Axis::Confidentiality},
                                                     {"integrity", Axis::Integrity},
                                                     {"availability", Axis::Availability}};
        for (const ClassificationScheme* scheme : ClassificationScheme::all()) {
            choose(field<QComboBox>(editor, "scheme"), scheme->key);
            for (const auto& [name, axis] : axes) {
                auto* box = field<QComboBox>(editor, name);
                QCOMPARE(box->count(), scheme->levels(axis).size() + 1);
                QVERIFY(!tip(box, box->findData(QString())).isEmpty()); // not rated
                QStringList tips;
                for (const ClassificationLevel& level : scheme->levels(axis)) {
                    const QString t = tip(box, box->findData(level.code));
                    QVERIFY2(t.contains(level.meaning.text().toHtmlEscaped()), qPrintable(t));
                    QVERIFY2(t.contains(axisLabel(axis).text() + level.code), qPrintable(t));
                    tips << t;
                }
                QCOMPARE(QSet<QString>(tips.begin(), tips.end()).size(), tips.size());
                QVERIFY2(box->whatsThis().contains(scheme->levels(axis).first().meaning.text().toHtmlEscaped()),
                         qPrintable(scheme->key));
            }
        }
    }

    void enumeratedChoicesOfTheEditorHaveTooltips()
    {
        test::TestRegister reg;
        AssetEditor editor(*reg);
        editor.startNewAsset(reg.firstSectionId());
        for (const char* name : {"category", "segment", "scheme", "provision"}) {
            auto* box = field<QComboBox>(editor, name);
            QStringList tips;
            for (int i = 0; i < box->count(); ++i) {
                if (box->itemData(i).toString().isEmpty())
                    continue; // the blank "not chosen" item
                QVERIFY2(!tip(box, i).isEmpty(), qPrintable(QLatin1String(name) + box->itemText(i)));
                tips << tip(box, i);
            }
            QVERIFY(tips.size() >= 2);
            QCOMPARE(QSet<QString>(tips.begin(), tips.end()).size(), tips.size());
        }
        const QString myNumber = tip(field<QComboBox>(editor, "segment"),
                                     field<QComboBox>(editor, "segment")->findData(QStringLiteral("mynumber")));
        QVERIFY2(myNumber.contains(QStringLiteral("第2条(9)")), qPrintable(myNumber));
    }

    void tableHeadersExplainEveryColumn()
    {
        test::TestRegister reg;
        AssetTableModel model(*reg);
        QStringList tips;
        for (int c = 0; c < AssetTableModel::ColumnCount; ++c) {
            const QString t = model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
            QVERIFY2(!t.isEmpty(), qPrintable(model.headerData(c, Qt::Horizontal).toString()));
            tips << t;
        }
        QCOMPARE(QSet<QString>(tips.begin(), tips.end()).size(), tips.size());
        QVERIFY(tips.at(AssetTableModel::Rating).contains(QStringLiteral("第6条(1)")));
        QVERIFY(!model.headerData(AssetTableModel::ColumnCount, Qt::Horizontal, Qt::ToolTipRole).isValid());
        QVERIFY(!model.headerData(0, Qt::Vertical, Qt::ToolTipRole).isValid());
    }

    void cellsExplainTheirLevels()
    {
        test::TestRegister reg;
        Asset a = reg.validAsset(QStringLiteral("A-0001"));
        a.confidentiality = QStringLiteral("2");
        QVERIFY(reg->assets().create(a));
        AssetTableModel model(*reg);
        QCOMPARE(model.rowCount(), 1);
        const QString rating = model.index(0, AssetTableModel::Rating).data(Qt::ToolTipRole).toString();
        QVERIFY2(rating.contains(FieldHelp::level(Axis::Confidentiality, QStringLiteral("2")).toHtmlEscaped()),
                 qPrintable(rating));
        QVERIFY(!model.index(0, AssetTableModel::Segment).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void bulkEditAndFiltersSayWhatTheEditorSays()
    {
        test::TestRegister reg;
        const qint64 id = reg->assets().create(reg.validAsset(QStringLiteral("A-0001"))).value();
        AssetEditor editor(*reg);
        editor.showAsset(*reg->assets().find(id).value());
        const QString inEditor = field<QComboBox>(editor, "confidentiality")->toolTip();

        FilterBar filters;
        QVERIFY(checkTooltips(&filters, false) >= 12);
        auto* levels = field<QComboBox>(filters, "confidentialityFilter");
        QCOMPARE(levels->toolTip(), inEditor);
        for (const ClassificationScheme* scheme : ClassificationScheme::all())
            for (const ClassificationLevel& level : scheme->levels(Axis::Confidentiality))
                QVERIFY2(tip(levels, levels->findData(level.code)).contains(level.meaning.text().toHtmlEscaped()),
                         qPrintable(level.code));
        QVERIFY(!tip(levels, levels->findData(AssetFilter::unrated())).isEmpty());
        auto* category = field<QComboBox>(filters, "categoryFilter");
        QVERIFY(tip(category, category->findData(QStringLiteral("document"))).contains(QStringLiteral("第2条(3)ウ")));

        BulkEditDialog bulk(*reg, 3);
        // Its fields are closed until ticked: every one is checked, open or not.
        QVERIFY(checkTooltips(&bulk, false) >= 14);
        QStringList ticks;
        for (QCheckBox* tick : bulk.findChildren<QCheckBox*>())
            ticks << tick->toolTip();
        QVERIFY(ticks.contains(inEditor));
        for (QComboBox* box : bulk.findChildren<QComboBox*>())
            if (box->findData(QStringLiteral("2")) > 0)
                QVERIFY(!tip(box, box->findData(QStringLiteral("2"))).isEmpty());
    }

    void dialogsExplainTheirFields()
    {
        test::TestRegister reg;
        const Asset stored =
            *reg->assets().find(reg->assets().create(reg.validAsset(QStringLiteral("A-0001"))).value()).value();
        const qint64 person = reg.addPerson(QStringLiteral("能代　花子"), reg.firstSectionId());

        DisposalDialog disposal(stored.code, {});
        QCOMPARE(checkTooltips(&disposal, false), 3);

        RiskDialog ipa(*reg, stored, Risk());
        QVERIFY(checkTooltips(&ipa, false) >= 10);
        auto* threats = ipa.findChildren<QComboBox*>().first();
        QVERIFY(threats->count() > 0);
        for (int i = 0; i < threats->count(); ++i)
            QVERIFY(tip(threats, i).contains(QStringLiteral("第3条")));
        QVERIFY(reg->risks().setMethod(RiskMethod::fiveByFive()));
        RiskDialog five(*reg, stored, Risk());
        QVERIFY(checkTooltips(&five, false) >= 10);

        PersonDialog personDialog(*reg, Person());
        QVERIFY(checkTooltips(&personDialog, false) >= 7);
        RoleDialog role(*reg, person, QStringLiteral("能代　花子"));
        QVERIFY(checkTooltips(&role, false) >= 4);
        auto* roles = field<QComboBox>(role, "role");
        for (int i = 0; i < roles->count(); ++i)
            QVERIFY(tip(roles, i).contains(QStringLiteral("第5条")));
        TransferDialog transfer(*reg, person, QStringLiteral("能代　花子"));
        QVERIFY(checkTooltips(&transfer, false) >= 2);
    }
};

QTEST_MAIN(TestFieldHelp)
#include "tst_fieldhelp.moc"
