// SampleRegister: File → Open Sample Register makes a register to try things out in once — the
// Noshiro tree, a few hundred assets with people, risks and holdings, no accounts — and opens
// that same file, changes and all, afterwards.

#include "CoreTestHelpers.h"
#include "audit/AuditVerifier.h"
#include "common/AppInfo.h"
#include "service/SampleRegister.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;

class TestSampleRegister : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void madeOnFirstUse();
    void reopenedAsLeft();
    void unwritablePlaceLeavesNothing();
    void defaultPathIsBesideTheOwnRegister();
};

void TestSampleRegister::madeOnFirstUse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.sqlite"));
    Result<std::unique_ptr<Register>> sample = SampleRegister::openOrCreate(path);
    QVERIFY2(sample, qPrintable(sample.errorText()));
    Register& reg = *sample.value();
    QCOMPARE(reg.assets().count().value(), SampleRegister::kAssets);
    QCOMPARE(reg.setting(QStringLiteral("template")).value(), QStringLiteral("noshiro"));
    QVERIFY(reg.org().count().value() > 50); // the whole Noshiro tree
    QVERIFY(reg.people().count().value() > 0);
    QVERIFY(reg.risks().count().value() > SampleRegister::kAssets);
    QCOMPARE(reg.setting(QStringLiteral("city_name")).value(), QStringLiteral("能代市"));
    QCOMPARE(reg.requiresSignIn().value(), false);
    Result<AuditReport> audit = AuditVerifier(reg.database()).verify();
    QVERIFY2(audit && audit.value().clean(), qPrintable(audit.errorText()));
}

void TestSampleRegister::reopenedAsLeft()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.sqlite"));
    qint64 changedId = 0;
    {
        Result<std::unique_ptr<Register>> sample = SampleRegister::openOrCreate(path);
        QVERIFY2(sample, qPrintable(sample.errorText()));
        Asset asset = sample.value()->assets().page(0, 1).value().constFirst();
        asset.name = QStringLiteral("試しに変えた名前");
        const Status saved = sample.value()->assets().update(asset);
        QVERIFY2(saved, qPrintable(saved.errorText()));
        changedId = asset.id;
    }
    Result<std::unique_ptr<Register>> again = SampleRegister::openOrCreate(path);
    QVERIFY2(again, qPrintable(again.errorText()));
    QCOMPARE(again.value()->assets().count().value(), SampleRegister::kAssets); // not made twice
    QCOMPARE(again.value()->assets().find(changedId).value()->name, QStringLiteral("試しに変えた名前"));
}

void TestSampleRegister::unwritablePlaceLeavesNothing()
{
    QTemporaryDir dir;
    // A file where the folder should be: nothing can be made under it, even as root.
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + QStringLiteral("/sample.sqlite");
    Result<std::unique_ptr<Register>> sample = SampleRegister::openOrCreate(path);
    QVERIFY(!sample);
    QVERIFY(!sample.errorText().isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

void TestSampleRegister::defaultPathIsBesideTheOwnRegister()
{
    QCOMPARE(QFileInfo(SampleRegister::defaultPath()).absolutePath(),
             QFileInfo(AppInfo::defaultRegisterPath()).absolutePath());
    QVERIFY(SampleRegister::defaultPath() != AppInfo::defaultRegisterPath());
}

QTEST_GUILESS_MAIN(TestSampleRegister)
#include "tst_sampleregister.moc"
