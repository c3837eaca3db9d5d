#include "TestRegister.h"
#include "audit/Snapshot.h"
#include "service/Generator.h"

#include <QJsonDocument>
#include <QTest>

using namespace daicho;

// Snapshot::text writes assets by hand for speed; it must stay exactly what Qt writes for of(),
// or events written before and after would no longer compare equal.
class TestSnapshot : public QObject {
    Q_OBJECT

    static QString viaQt(const Asset& a)
    {
        return QString::fromUtf8(QJsonDocument(Snapshot::of(a)).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void generatedAssetsMatchQt()
    {
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 21).generate(500));
        int compared = 0;
        QVERIFY(reg->assets().forEach([&compared](const Asset& a) {
            if (Snapshot::text(a) != viaQt(a))
                qFatal("differs for %s:\n%s\n%s", qPrintable(a.code), qPrintable(Snapshot::text(a)),
                       qPrintable(viaQt(a)));
            ++compared;
            return true;
        }));
        QCOMPARE(compared, 500);
    }

    void awkwardTextMatchesQt()
    {
        Asset a;
        QString every;
        for (char16_t c = 0; c < 0x80; ++c)
            every += QChar(c);
        a.code = every;
        a.name = QString::fromUtf8("\"引用\" \\ / \u2028 \u2029 😀 ｶﾀｶﾅ　全角");
        a.notes = QStringLiteral("line\r\nnext\ttab");
        a.category = AssetCategory::Document;
        a.restrictions = {Restriction::NoCopy, Restriction::RecoverWithin};
        a.personalData = {PersonalData::Sensitive};
        a.contractHasSecurity = false;
        a.ismapRegistered = true;
        a.providerCheckedOn = QDate(2026, 1, 2);
        a.createdAt = QDateTime(QDate(2026, 4, 1), QTime(0, 0, 0, 7), Qt::UTC);
        a.extra.insert(QStringLiteral("数"), 1.5);
        a.extra.insert(QStringLiteral("旧番号"), QStringLiteral("K-1"));
        a.id = 9007199254740993LL; // beyond a double's exact integers
        a.version = 3;
        QCOMPARE(Snapshot::text(a), viaQt(a));
        QCOMPARE(Snapshot::text(Asset()), viaQt(Asset()));
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
