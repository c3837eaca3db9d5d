// Register-wide settings: fallback for a missing key, insert then update of the same key.

#include "CoreTestHelpers.h"
#include "TestRegister.h"
#include "repo/SettingsRepository.h"

#include <QTest>

using namespace daicho;
using daicho::test::TestRegister;

class TestSettingsRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void missingKeyGivesFallback();
    void setThenChange();
    void survivesReopen();
};

void TestSettingsRepository::missingKeyGivesFallback()
{
    TestRegister reg(false);
    SettingsRepository repo(reg->database());
    QCOMPARE(repo.value(QStringLiteral("nothing")).value(), QString());
    QCOMPARE(repo.value(QStringLiteral("nothing"), QStringLiteral("fallback")).value(), QStringLiteral("fallback"));
}

void TestSettingsRepository::setThenChange()
{
    TestRegister reg(false);
    SettingsRepository repo(reg->database());
    QVERIFY(repo.setValue(QStringLiteral("city_name"), QStringLiteral("能代市")));
    QCOMPARE(repo.value(QStringLiteral("city_name"), QStringLiteral("x")).value(), QStringLiteral("能代市"));
    QVERIFY(repo.setValue(QStringLiteral("city_name"), QStringLiteral("秋田市")));
    QCOMPARE(repo.value(QStringLiteral("city_name")).value(), QStringLiteral("秋田市"));
    // An empty value is a value, not a missing key.
    QVERIFY(repo.setValue(QStringLiteral("city_name"), QString()));
    QCOMPARE(repo.value(QStringLiteral("city_name"), QStringLiteral("x")).value(), QString());
    QCOMPARE(
        daicho::test::scalar(reg->database().connection(), QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 1);
}

void TestSettingsRepository::survivesReopen()
{
    TestRegister reg(false);
    QVERIFY(SettingsRepository(reg->database()).setValue(QStringLiteral("k"), QStringLiteral("v")));
    reg.reopen();
    QCOMPARE(SettingsRepository(reg->database()).value(QStringLiteral("k")).value(), QStringLiteral("v"));
}

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "tst_settingsrepository.moc"
