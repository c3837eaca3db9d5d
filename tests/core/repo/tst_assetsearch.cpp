#include "TestRegister.h"
#include "repo/AssetRepository.h"
#include "service/Generator.h"

#include <QTest>

#include <functional>

using namespace daicho;

// Search finds any substring of an asset's ID, name, notes and people, and follows every change.
class TestAssetSearch : public QObject {
    Q_OBJECT

    static QStringList found(Register& reg, const QString& text)
    {
        AssetFilter filter;
        filter.text = text;
        const qint64 count = reg.assets().count(filter).value();
        QStringList codes;
        for (const Asset& a : reg.assets().page(filter, 0, 100).value())
            codes << a.code;
        if (count != codes.size())
            qFatal("count %lld differs from %lld rows found", count, qint64(codes.size()));
        // The table's count of a broad search stops at a cap, and is exact below it.
        if (reg.assets().count(filter, 1).value() != qMin<qint64>(count, 1) ||
            reg.assets().count(filter, 1000).value() != count)
            qFatal("the capped count of \"%s\" is wrong", qPrintable(text));
        return codes;
    }

private Q_SLOTS:
    void findsSubstringsAndFollowsChanges()
    {
        test::TestRegister reg;
        Asset server = reg.validAsset(QStringLiteral("SV-001"));
        server.notes = QStringLiteral("年次点検は10月、保守業者が実施");
        const qint64 serverId = reg->assets().create(server).value();
        Asset paper = reg.validAsset(QStringLiteral("DOC-9"));
        paper.name = QStringLiteral("課税台帳（印刷物）");
        paper.category = AssetCategory::Information;
        const qint64 paperId = reg->assets().create(paper).value();

        QCOMPARE(found(*reg, QStringLiteral("基本台帳")), QStringList{QStringLiteral("SV-001")}); // middle of a word
        QCOMPARE(found(*reg, QStringLiteral("保守業者")), QStringList{QStringLiteral("SV-001")}); // in the notes
        QCOMPARE(found(*reg, QStringLiteral("台帳")).size(), 2);                            // two characters: LIKE
        QCOMPARE(found(*reg, QStringLiteral("DOC")), QStringList{QStringLiteral("DOC-9")}); // the ID
        QCOMPARE(found(*reg, QStringLiteral("doc")), QStringList{QStringLiteral("DOC-9")}); // any case
        QCOMPARE(found(*reg, QStringLiteral("能代　太郎")).size(), 2);                      // a person named on it
        QVERIFY(found(*reg, QStringLiteral("存在しない語")).isEmpty());

        // Text that would be query syntax is just text.
        for (const char* odd : {"\"", "%", "_", "\"OR\"", "a*", "NEAR(", "!"})
            QVERIFY(found(*reg, QString::fromUtf8(odd)).isEmpty());

        // An edit moves the asset in the index.
        Asset changed = reg->assets().find(paperId).value().value();
        changed.name = QStringLiteral("固定資産税 課税台帳");
        QVERIFY(reg->assets().update(changed));
        QCOMPARE(found(*reg, QStringLiteral("固定資産税")), QStringList{QStringLiteral("DOC-9")});
        QVERIFY(found(*reg, QStringLiteral("印刷物")).isEmpty());

        // Renaming a person re-indexes the assets they are named on.
        const qint64 managerId = reg->assets().find(serverId).value()->managerId;
        Person renamed;
        for (const Person& p : reg->people().people().value())
            if (p.id == managerId)
                renamed = p;
        QCOMPARE(renamed.id, managerId);
        renamed.name = QStringLiteral("米代　花子");
        QVERIFY(reg->people().updatePerson(renamed));
        QCOMPARE(found(*reg, QStringLiteral("米代　花子")), QStringList{QStringLiteral("SV-001")});
    }

    void filtersMatchTheRows_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 12; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }

    // Each filter (and a combination) selects exactly the rows a scan of every asset would.
    void filtersMatchTheRows()
    {
        QFETCH(int, which);
        test::TestRegister reg;
        QVERIFY(Generator(*reg, 13).generate(800));
        Asset onlySpecific = reg.validAsset(QStringLiteral("SP-1")); // specific_personal without personal
        onlySpecific.personalData = {PersonalData::SpecificPersonal};
        QVERIFY(reg->assets().create(onlySpecific));
        AssetFilter filter;
        std::function<bool(const Asset&)> wanted;
        switch (which) {
        case 0:
            filter.category = AssetCategory::Document;
            wanted = [](const Asset& a) { return a.category == AssetCategory::Document; };
            break;
        case 1:
            filter.segment = NetworkSegment::MyNumber;
            wanted = [](const Asset& a) { return a.segment == NetworkSegment::MyNumber; };
            break;
        case 2:
            filter.provision = Provision::Outsourced;
            wanted = [](const Asset& a) { return a.provision == Provision::Outsourced; };
            break;
        case 3:
            filter.status = AssetStatus::Disposed;
            wanted = [](const Asset& a) { return a.status == AssetStatus::Disposed; };
            break;
        case 4:
            filter.confidentiality = QStringLiteral("2");
            wanted = [](const Asset& a) { return a.confidentiality == QLatin1String("2"); };
            break;
        case 5:
            filter.confidentiality = AssetFilter::unrated();
            wanted = [](const Asset& a) { return a.confidentiality.isEmpty(); };
            break;
        case 6:
            filter.integrity = QStringLiteral("2");
            filter.availability = QStringLiteral("1");
            wanted = [](const Asset& a) {
                return a.integrity == QLatin1String("2") && a.availability == QLatin1String("1");
            };
            break;
        case 7:
            filter.availability = AssetFilter::unrated();
            wanted = [](const Asset& a) { return a.availability.isEmpty(); };
            break;
        case 8:
            // "personal" must not match inside "specific_personal".
            filter.personalData = enumKey(PersonalData::Personal);
            wanted = [](const Asset& a) { return a.personalData.contains(PersonalData::Personal); };
            break;
        case 9:
            filter.personalData = enumKey(PersonalData::SpecificPersonal);
            wanted = [](const Asset& a) { return a.personalData.contains(PersonalData::SpecificPersonal); };
            break;
        case 10:
            filter.personalData = AssetFilter::noPersonalData();
            wanted = [](const Asset& a) { return a.personalData.isEmpty(); };
            break;
        default:
            filter.category = AssetCategory::Infrastructure;
            filter.segment = NetworkSegment::Lgwan;
            filter.text = QStringLiteral("サーバ");
            wanted = [](const Asset& a) {
                return a.category == AssetCategory::Infrastructure && a.segment == NetworkSegment::Lgwan &&
                       (a.name + a.subtype + a.location + a.notes).contains(QStringLiteral("サーバ"));
            };
        }
        qint64 expected = 0;
        QVERIFY(reg->assets().forEach([&](const Asset& a) {
            expected += wanted(a) ? 1 : 0;
            return true;
        }));
        QCOMPARE(reg->assets().count(filter).value(), expected);
        const QList<Asset> page = reg->assets().page(filter, 0, 1000).value();
        QCOMPARE(page.size(), expected);
        for (const Asset& a : page)
            QVERIFY(wanted(a));
    }

    void combinesWithTheOrganisationFilter()
    {
        test::TestRegister reg;
        Asset a = reg.validAsset(QStringLiteral("X-1"));
        QVERIFY(reg->assets().create(a));
        AssetFilter filter;
        filter.text = QStringLiteral("サーバ");
        filter.unitId = a.sectionId;
        QCOMPARE(reg->assets().count(filter).value(), 1);
        filter.unitId = a.sectionId + 1; // another section: nothing there
        QCOMPARE(reg->assets().count(filter).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAssetSearch)
#include "tst_assetsearch.moc"
