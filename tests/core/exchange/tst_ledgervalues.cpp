#include "exchange/LedgerColumns.h"
#include "exchange/LedgerValues.h"

#include <QTest>

using namespace daicho;

// Reading values the many ways people write them; writing them one way.
class TestLedgerValues : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headers_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        QTest::newRow("canonical") << "資産ID"
                                   << "code";
        QTest::newRow("full-width letters") << "資産ＩＤ"
                                            << "code";
        QTest::newRow("spaces") << " 資産 名称 "
                                << "name";
        QTest::newRow("english") << "Network Segment"
                                 << "segment";
        QTest::newRow("english case") << "CONFIDENTIALITY"
                                      << "confidentiality";
        QTest::newRow("alias") << "所管課"
                               << "section";
        QTest::newRow("half-width katakana") << "ﾒﾓ"
                                             << "notes";
        QTest::newRow("unknown") << "旧管理番号"
                                 << "";
    }

    void headers()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        const std::optional<AssetField> matched = LedgerColumns::match(header);
        QCOMPARE(matched ? enumKey(*matched) : QString(), field);
    }

    void levels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("level"); // empty: not a level
        QTest::newRow("plain") << "3"
                               << "3";
        QTest::newRow("full-width") << "３"
                                    << "3";
        QTest::newRow("with axis") << "機密性３"
                                   << "3";
        QTest::newRow("with axis and space") << "完全性 2"
                                             << "2";
        QTest::newRow("C prefix") << "C3"
                                  << "3";
        QTest::newRow("full-width C") << "Ｃ３"
                                      << "3";
        QTest::newRow("2024 scheme") << "3a"
                                     << "3A";
        QTest::newRow("2024 with axis") << "自治体機密性3B"
                                        << "3B";
        QTest::newRow("out of range still a level") << "5"
                                                    << "5";
        QTest::newRow("word") << "高"
                              << "";
        QTest::newRow("axis only") << "機密性"
                                   << "";
        QTest::newRow("decimal") << "2.5"
                                 << "";
    }

    void levels()
    {
        QFETCH(QString, text);
        QFETCH(QString, level);
        QString reason;
        const std::optional<QString> read = LedgerValues::level(text, reason);
        QCOMPARE(read.value_or(QString()), level);
        QCOMPARE(reason.isEmpty(), !level.isEmpty());
    }

    void enumerations()
    {
        QString reason;
        QCOMPARE(LedgerValues::category(QStringLiteral("ア"), reason), AssetCategory::Infrastructure);
        QCOMPARE(LedgerValues::category(QStringLiteral("イ（情報）"), reason), AssetCategory::Information);
        QCOMPARE(
            LedgerValues::category(QStringLiteral("情報システムの仕様書、ネットワーク図等のシステム関連文書"), reason),
            AssetCategory::Document);
        QCOMPARE(LedgerValues::category(QStringLiteral("System documents"), reason), AssetCategory::Document);
        QVERIFY(!LedgerValues::category(QStringLiteral("エ"), reason));
        QVERIFY(reason.contains(QStringLiteral("エ")));

        QCOMPARE(LedgerValues::segment(QStringLiteral("LGWAN接続"), reason), NetworkSegment::Lgwan);
        QCOMPARE(LedgerValues::segment(QStringLiteral("ＬＧＷＡＮ接続系"), reason), NetworkSegment::Lgwan);
        QCOMPARE(LedgerValues::segment(QStringLiteral("インターネット接続系"), reason), NetworkSegment::Internet);
        QCOMPARE(LedgerValues::segment(QStringLiteral("該当なし（紙・スタンドアロン）"), reason), NetworkSegment::None);
        QCOMPARE(LedgerValues::provision(QStringLiteral("委託"), reason), Provision::Outsourced);
        QCOMPARE(LedgerValues::provision(QStringLiteral("外部サービス（クラウドサービス）"), reason), Provision::Cloud);
        QCOMPARE(LedgerValues::status(QStringLiteral("廃棄"), reason), AssetStatus::Disposed);
    }

    void datesAndFlags()
    {
        QString reason;
        QCOMPARE(LedgerValues::date(QStringLiteral("2026-04-01"), reason), QDate(2026, 4, 1));
        QCOMPARE(LedgerValues::date(QStringLiteral("2026/4/1"), reason), QDate(2026, 4, 1));
        QCOMPARE(LedgerValues::date(QStringLiteral("令和8年4月1日"), reason), QDate(2026, 4, 1));
        QCOMPARE(LedgerValues::date(QStringLiteral("R8.4.1"), reason), QDate(2026, 4, 1));
        QCOMPARE(LedgerValues::date(QStringLiteral("令和元年5月1日"), reason), QDate(2019, 5, 1));
        QCOMPARE(LedgerValues::date(QStringLiteral("平成31年4月30日"), reason), QDate(2019, 4, 30));
        QVERIFY(!LedgerValues::date(QStringLiteral("2026-02-30"), reason));
        QVERIFY(!LedgerValues::date(QStringLiteral("来年"), reason));

        QCOMPARE(LedgerValues::yesNo(QStringLiteral("有"), reason), true);
        QCOMPARE(LedgerValues::yesNo(QStringLiteral("○"), reason), true);
        QCOMPARE(LedgerValues::yesNo(QStringLiteral("いいえ"), reason), false);
        QVERIFY(!LedgerValues::yesNo(QStringLiteral("たぶん"), reason));

        const std::optional<QList<Restriction>> list =
            LedgerValues::restrictions(QStringLiteral("複製禁止、関係者限り／期限付保存（2030年まで）"), reason);
        QVERIFY(list);
        QCOMPARE(*list, (QList<Restriction>{Restriction::NeedToKnow, Restriction::NoCopy, Restriction::RetainUntil}));
        QCOMPARE(LedgerValues::write(*list), QStringLiteral("関係者限り、複製禁止、期限付保存"));
        QVERIFY(!LedgerValues::restrictions(QStringLiteral("持ち帰り自由"), reason));
    }

    void listCellsSplitAtEverySeparator()
    {
        const QList<Restriction> both{Restriction::NeedToKnow, Restriction::NoCopy};
        for (const char16_t* separator : {u"、", u",", u"，", u"/", u"／", u";", u"；", u"\n"}) {
            const QString text =
                QStringLiteral("複製禁止") + QString::fromUtf16(separator) + QStringLiteral(" 関係者限り");
            QString reason;
            const std::optional<QList<Restriction>> read = LedgerValues::restrictions(text, reason);
            QVERIFY2(read, qPrintable(text + QLatin1String(": ") + reason));
            QCOMPARE(*read, both);
        }
        QString reason;
        // Empty items and a detail in brackets are passed over; a bracket that opens the item is no detail.
        QCOMPARE(*LedgerValues::restrictions(QStringLiteral("、複製禁止(社外秘)、 、"), reason),
                 QList<Restriction>{Restriction::NoCopy});
        QVERIFY(!LedgerValues::restrictions(QStringLiteral("（複製禁止）"), reason));
        QVERIFY2(reason.contains(QStringLiteral("（複製禁止）")), qPrintable(reason));
        QVERIFY(!LedgerValues::restrictions(QStringLiteral("（注）複製禁止（社外）"), reason));
        QVERIFY2(reason.contains(QStringLiteral("「（注）複製禁止（社外）」")), qPrintable(reason));
    }

    void listCellsReadAlikeEveryTime()
    {
        // Read values are remembered per thread: the second reading must give what the first gave,
        // and a bad item next to a remembered cell is still reported.
        const QString text = QStringLiteral("配付禁止、複製要許可");
        QString reason;
        const std::optional<QList<Restriction>> first = LedgerValues::restrictions(text, reason);
        QVERIFY(first);
        QCOMPARE(LedgerValues::restrictions(text, reason), first);
        QVERIFY(!LedgerValues::restrictions(text + QStringLiteral("、持ち帰り自由"), reason));
        QVERIFY2(reason.contains(QStringLiteral("持ち帰り自由")), qPrintable(reason));
        QVERIFY(!LedgerValues::restrictions(text + QStringLiteral("、持ち帰り自由"), reason));
        // More distinct cells than are remembered: all still read correctly.
        for (int i = 0; i < 1500; ++i) {
            const QString cell = text + QStringLiteral("、").repeated(i % 7 + 1) + QStringLiteral(" ").repeated(i);
            QCOMPARE(LedgerValues::restrictions(cell, reason), first);
        }
        // A cell longer than any that is remembered reads as well.
        const QString longCell = QStringList(4000, QStringLiteral("複製禁止")).join(QStringLiteral("、"));
        QCOMPARE(LedgerValues::restrictions(longCell, reason), QList<Restriction>{Restriction::NoCopy});
        QCOMPARE(LedgerValues::personalData(QStringLiteral("マイナンバー"), reason),
                 QList<PersonalData>{PersonalData::SpecificPersonal});
    }

    void writtenValuesReadBack()
    {
        QString reason;
        for (AssetCategory c : enumValues<AssetCategory>())
            QCOMPARE(LedgerValues::category(LedgerValues::write(c), reason), c);
        for (NetworkSegment s : enumValues<NetworkSegment>())
            QCOMPARE(LedgerValues::segment(LedgerValues::write(s), reason), s);
        for (Provision p : enumValues<Provision>())
            QCOMPARE(LedgerValues::provision(LedgerValues::write(p), reason), p);
        for (AssetStatus s : enumValues<AssetStatus>())
            QCOMPARE(LedgerValues::status(LedgerValues::write(s), reason), s);
        const QList<PersonalData> all = enumValues<PersonalData>();
        QCOMPARE(LedgerValues::personalData(LedgerValues::write(all), reason), all);
    }
};

QTEST_GUILESS_MAIN(TestLedgerValues)
#include "tst_ledgervalues.moc"
