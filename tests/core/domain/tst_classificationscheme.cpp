// Classification schemes (第6条(1)): rating labels, 重要度 with the 2→3 mapping of the
// two-level axes, the usual handling restrictions, and the versioned scheme catalogue.

#include "CoreTestHelpers.h"
#include "domain/AssetField.h"
#include "domain/ClassificationScheme.h"

#include <QTest>

using namespace daicho;
using daicho::test::u8List;

namespace {
QStringList codesOf(const QList<ClassificationLevel>& levels)
{
    QStringList codes;
    for (const ClassificationLevel& l : levels)
        codes << l.code;
    return codes;
}
} // namespace

class TestClassificationScheme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ratingLabel_data();
    void ratingLabel();
    void importanceClassic_data();
    void importanceClassic();
    void importance2024_data();
    void importance2024();
    void usualRestrictions_data();
    void usualRestrictions();
    void usualRestrictionsOrderedAndDeduplicated();
    void levelsOfEachScheme();
    void isValid_data();
    void isValid();
    void find();
    void axes();
};

void TestClassificationScheme::ratingLabel_data()
{
    QTest::addColumn<QString>("c");
    QTest::addColumn<QString>("i");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("label");
    QTest::newRow("complete") << "3"
                              << "2"
                              << "2"
                              << "C3I2A2";
    QTest::newRow("lowest") << "1"
                            << "1"
                            << "1"
                            << "C1I1A1";
    QTest::newRow("only C") << "3"
                            << ""
                            << ""
                            << "C3I-A-";
    QTest::newRow("missing I") << "2"
                               << ""
                               << "1"
                               << "C2I-A1";
    QTest::newRow("missing A") << "2"
                               << "1"
                               << ""
                               << "C2I1A-";
    QTest::newRow("nothing") << ""
                             << ""
                             << ""
                             << "C-I-A-";
    QTest::newRow("2024 3A") << "3A"
                             << "2"
                             << "1"
                             << "C3AI2A1";
}

void TestClassificationScheme::ratingLabel()
{
    QFETCH(QString, c);
    QFETCH(QString, i);
    QFETCH(QString, a);
    QFETCH(QString, label);
    QCOMPARE(ClassificationScheme::ratingLabel(c, i, a), label);
}

void TestClassificationScheme::importanceClassic_data()
{
    QTest::addColumn<QString>("c");
    QTest::addColumn<QString>("i");
    QTest::addColumn<QString>("a");
    QTest::addColumn<int>("importance");
    QTest::newRow("C1I1A1") << "1"
                            << "1"
                            << "1" << 1;
    QTest::newRow("C2I1A1") << "2"
                            << "1"
                            << "1" << 2;
    QTest::newRow("C3I1A1") << "3"
                            << "1"
                            << "1" << 3;
    // Two-level axes map 2 → 3 (DESIGN.md §2), so integrity 2 alone makes 重要度 3.
    QTest::newRow("C1I2A1 (I 2 maps to 3)") << "1"
                                            << "2"
                                            << "1" << 3;
    QTest::newRow("C1I1A2 (A 2 maps to 3)") << "1"
                                            << "1"
                                            << "2" << 3;
    QTest::newRow("C2I2A1") << "2"
                            << "2"
                            << "1" << 3;
    QTest::newRow("C3I2A2") << "3"
                            << "2"
                            << "2" << 3;
    QTest::newRow("missing C") << ""
                               << "2"
                               << "2" << 0;
    QTest::newRow("missing I") << "3"
                               << ""
                               << "2" << 0;
    QTest::newRow("missing A") << "3"
                               << "2"
                               << "" << 0;
    QTest::newRow("nothing") << ""
                             << ""
                             << "" << 0;
    QTest::newRow("unknown C level") << "4"
                                     << "1"
                                     << "1" << 0;
    QTest::newRow("2024 level in classic") << "3A"
                                           << "1"
                                           << "1" << 0;
}

void TestClassificationScheme::importanceClassic()
{
    QFETCH(QString, c);
    QFETCH(QString, i);
    QFETCH(QString, a);
    QFETCH(int, importance);
    QCOMPARE(ClassificationScheme::classic().importance(c, i, a), importance);
}

void TestClassificationScheme::importance2024_data()
{
    QTest::addColumn<QString>("c");
    QTest::addColumn<QString>("i");
    QTest::addColumn<QString>("a");
    QTest::addColumn<int>("importance");
    QTest::newRow("3A") << "3A"
                        << "1"
                        << "1" << 3;
    QTest::newRow("3B") << "3B"
                        << "1"
                        << "1" << 3;
    QTest::newRow("3C") << "3C"
                        << "1"
                        << "1" << 3;
    QTest::newRow("2") << "2"
                       << "1"
                       << "1" << 2;
    QTest::newRow("1 with I2") << "1"
                               << "2"
                               << "1" << 3;
    QTest::newRow("1") << "1"
                       << "1"
                       << "1" << 1;
    QTest::newRow("classic 3 is not a 2024 level") << "3"
                                                   << "1"
                                                   << "1" << 0;
    QTest::newRow("incomplete") << "3A"
                                << "1"
                                << "" << 0;
}

void TestClassificationScheme::importance2024()
{
    QFETCH(QString, c);
    QFETCH(QString, i);
    QFETCH(QString, a);
    QFETCH(int, importance);
    QCOMPARE(ClassificationScheme::guideline2024().importance(c, i, a), importance);
}

void TestClassificationScheme::usualRestrictions_data()
{
    using R = Restriction;
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("c");
    QTest::addColumn<QString>("i");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QList<Restriction>>("expected");
    QTest::newRow("C3I2A2") << "classic"
                            << "3"
                            << "2"
                            << "2" << QList<R>{R::NeedToKnow,         R::NoCopy,      R::NoDistribution,
                                               R::EncryptionRequired, R::NoTakingOut, R::NoRewrite,
                                               R::NoDeletion,         R::RetainUntil, R::RecoverWithin};
    QTest::newRow("C2I1A1") << "classic"
                            << "2"
                            << "1"
                            << "1" << QList<R>{R::CopyNeedsPermission, R::NoDistribution};
    QTest::newRow("C1I1A1") << "classic"
                            << "1"
                            << "1"
                            << "1" << QList<R>{};
    QTest::newRow("C1I2A1") << "classic"
                            << "1"
                            << "2"
                            << "1" << QList<R>{R::NoRewrite, R::NoDeletion, R::RetainUntil};
    QTest::newRow("C1I1A2") << "classic"
                            << "1"
                            << "1"
                            << "2" << QList<R>{R::RecoverWithin};
    // A partial rating proposes what the rated axes bring; unknown levels bring nothing.
    QTest::newRow("only C3") << "classic"
                             << "3"
                             << ""
                             << ""
                             << QList<R>{R::NeedToKnow, R::NoCopy, R::NoDistribution, R::EncryptionRequired,
                                         R::NoTakingOut};
    QTest::newRow("unknown level") << "classic"
                                   << "9"
                                   << "1"
                                   << "1" << QList<R>{};
    QTest::newRow("2024 3A") << "guideline2024"
                             << "3A"
                             << "1"
                             << "1"
                             << QList<R>{R::NeedToKnow, R::NoCopy, R::NoDistribution, R::EncryptionRequired,
                                         R::NoTakingOut};
    QTest::newRow("2024 3C with A2") << "guideline2024"
                                     << "3C"
                                     << "1"
                                     << "2" << QList<R>{R::NeedToKnow,         R::NoCopy,      R::NoDistribution,
                                                        R::EncryptionRequired, R::NoTakingOut, R::RecoverWithin};
}

void TestClassificationScheme::usualRestrictions()
{
    QFETCH(QString, scheme);
    QFETCH(QString, c);
    QFETCH(QString, i);
    QFETCH(QString, a);
    QFETCH(QList<Restriction>, expected);
    const ClassificationScheme* s = ClassificationScheme::find(scheme);
    QVERIFY(s);
    QCOMPARE(s->usualRestrictions(c, i, a), expected);
}

void TestClassificationScheme::usualRestrictionsOrderedAndDeduplicated()
{
    // The built-in schemes give each axis distinct restrictions, so a scheme of our own shows
    // the two promises: one entry per restriction, in catalogue order whatever the level order.
    using R = Restriction;
    ClassificationScheme s;
    s.key = QStringLiteral("test");
    s.confidentiality = {{QStringLiteral("x"), 2, {"x", "x"}, {R::NoTakingOut, R::NoCopy, R::NeedToKnow}}};
    s.integrity = {{QStringLiteral("y"), 1, {"y", "y"}, {R::NeedToKnow, R::NoRewrite, R::NoCopy}}};
    s.availability = {{QStringLiteral("z"), 3, {"z", "z"}, {R::RecoverWithin, R::NeedToKnow}}};
    QCOMPARE(s.usualRestrictions(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")),
             (QList<R>{R::NeedToKnow, R::NoCopy, R::NoTakingOut, R::NoRewrite, R::RecoverWithin}));
    QCOMPARE(s.importance(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")), 3);
    QCOMPARE(s.importance(QStringLiteral("x"), QStringLiteral("y"), QString()), 0);
}

void TestClassificationScheme::levelsOfEachScheme()
{
    const ClassificationScheme& classic = ClassificationScheme::classic();
    QCOMPARE(codesOf(classic.levels(Axis::Confidentiality)), (u8List({"3", "2", "1"})));
    QCOMPARE(codesOf(classic.levels(Axis::Integrity)), (u8List({"2", "1"})));
    QCOMPARE(codesOf(classic.levels(Axis::Availability)), (u8List({"2", "1"})));
    QCOMPARE(classic.level(Axis::Confidentiality, QStringLiteral("2"))->importance, 2);
    QCOMPARE(classic.level(Axis::Integrity, QStringLiteral("2"))->importance, 3);
    QCOMPARE(classic.level(Axis::Availability, QStringLiteral("1"))->importance, 1);

    const ClassificationScheme& v2024 = ClassificationScheme::guideline2024();
    QCOMPARE(codesOf(v2024.levels(Axis::Confidentiality)), (u8List({"3A", "3B", "3C", "2", "1"})));
    QCOMPARE(codesOf(v2024.levels(Axis::Integrity)), (u8List({"2", "1"})));
    QCOMPARE(codesOf(v2024.levels(Axis::Availability)), (u8List({"2", "1"})));

    for (const ClassificationScheme* s : ClassificationScheme::all()) {
        QVERIFY(!s->name.text(Language::Japanese).isEmpty());
        QVERIFY(!s->name.text(Language::English).isEmpty());
        for (Axis axis : {Axis::Confidentiality, Axis::Integrity, Axis::Availability}) {
            for (const ClassificationLevel& l : s->levels(axis)) {
                QVERIFY2(l.importance >= 1 && l.importance <= 3, qPrintable(s->key + QLatin1Char(' ') + l.code));
                QVERIFY(!l.meaning.text(Language::Japanese).isEmpty());
            }
        }
    }
}

void TestClassificationScheme::isValid_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("axis");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    const int c = int(Axis::Confidentiality);
    const int i = int(Axis::Integrity);
    const int a = int(Axis::Availability);
    QTest::newRow("classic C3") << "classic" << c << "3" << true;
    QTest::newRow("classic C3A") << "classic" << c << "3A" << false;
    QTest::newRow("classic C0") << "classic" << c << "0" << false;
    QTest::newRow("classic C empty") << "classic" << c << "" << false;
    QTest::newRow("classic I3") << "classic" << i << "3" << false;
    QTest::newRow("classic A2") << "classic" << a << "2" << true;
    QTest::newRow("classic full-width 3") << "classic" << c << "３" << false;
    QTest::newRow("2024 C3A") << "guideline2024" << c << "3A" << true;
    QTest::newRow("2024 C3a") << "guideline2024" << c << "3a" << false;
    QTest::newRow("2024 C3") << "guideline2024" << c << "3" << false;
    QTest::newRow("2024 I2") << "guideline2024" << i << "2" << true;
    QTest::newRow("2024 A3B") << "guideline2024" << a << "3B" << false;
}

void TestClassificationScheme::isValid()
{
    QFETCH(QString, scheme);
    QFETCH(int, axis);
    QFETCH(QString, code);
    QFETCH(bool, valid);
    const ClassificationScheme* s = ClassificationScheme::find(scheme);
    QVERIFY(s);
    QCOMPARE(s->isValid(Axis(axis), code), valid);
    QCOMPARE(s->level(Axis(axis), code) != nullptr, valid);
}

void TestClassificationScheme::find()
{
    QCOMPARE(ClassificationScheme::find(QStringLiteral("classic")), &ClassificationScheme::classic());
    QCOMPARE(ClassificationScheme::find(QStringLiteral("guideline2024")), &ClassificationScheme::guideline2024());
    QCOMPARE(ClassificationScheme::find(QString()), nullptr);
    QCOMPARE(ClassificationScheme::find(QStringLiteral("iso27001")), nullptr);
    QCOMPARE(ClassificationScheme::defaultKey(), QStringLiteral("classic"));

    const QList<const ClassificationScheme*> all = ClassificationScheme::all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first(), &ClassificationScheme::classic());
    for (const ClassificationScheme* s : all)
        QCOMPARE(ClassificationScheme::find(s->key), s);
}

void TestClassificationScheme::axes()
{
    QCOMPARE(axisLabel(Axis::Confidentiality).text(Language::Japanese), QStringLiteral("機密性"));
    QCOMPARE(axisLabel(Axis::Integrity).text(Language::Japanese), QStringLiteral("完全性"));
    QCOMPARE(axisLabel(Axis::Availability).text(Language::Japanese), QStringLiteral("可用性"));
    // Validation reports an axis under the asset field of the same key.
    QCOMPARE(axisKey(Axis::Confidentiality), enumKey(AssetField::Confidentiality));
    QCOMPARE(axisKey(Axis::Integrity), enumKey(AssetField::Integrity));
    QCOMPARE(axisKey(Axis::Availability), enumKey(AssetField::Availability));
}

QTEST_GUILESS_MAIN(TestClassificationScheme)
#include "tst_classificationscheme.moc"
