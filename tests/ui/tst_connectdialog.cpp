// File → Connect to Shared Register…: the fields make a libpq location, everything but the
// password is remembered, and a recent location fills the fields again.

#include "ConnectDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

using namespace daicho;

class TestConnectDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("daicho-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectdialog"));
        QSettings().clear();
    }

    void fieldsMakeTheLocationAndAllButThePasswordIsRemembered()
    {
        {
            ConnectDialog dialog;
            dialog.findChild<QLineEdit*>(QStringLiteral("host"))->setText(QStringLiteral("db.city.noshiro.lg.jp"));
            dialog.findChild<QSpinBox*>(QStringLiteral("port"))->setValue(6432);
            dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(QStringLiteral("daicho"));
            dialog.findChild<QLineEdit*>(QStringLiteral("user"))->setText(QStringLiteral("soumu_kanri"));
            auto* tls = dialog.findChild<QComboBox*>(QStringLiteral("tls"));
            tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
            dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("s3cret pass"));

            const QUrl url(dialog.location());
            QCOMPARE(url.scheme(), QStringLiteral("postgresql"));
            QCOMPARE(url.host(), QStringLiteral("db.city.noshiro.lg.jp"));
            QCOMPARE(url.port(), 6432);
            QCOMPARE(url.path(), QStringLiteral("/daicho"));
            QCOMPARE(url.userName(), QStringLiteral("soumu_kanri"));
            QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
            QVERIFY(url.password().isEmpty());
            QCOMPARE(QUrl(dialog.locationWithPassword()).password(), QStringLiteral("s3cret pass"));

            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("s3cret")), qPrintable(key));

        ConnectDialog again;
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("host"))->text(), QStringLiteral("db.city.noshiro.lg.jp"));
        QCOMPARE(again.findChild<QSpinBox*>(QStringLiteral("port"))->value(), 6432);
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("user"))->text(), QStringLiteral("soumu_kanri"));
        QVERIFY(again.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
        QCOMPARE(QUrlQuery(QUrl(again.location())).queryItemValue(QStringLiteral("sslmode")),
                 QStringLiteral("verify-full"));
    }

    void aRecentLocationFillsTheFields()
    {
        ConnectDialog dialog(nullptr, QStringLiteral("postgresql://zeimu@10.0.0.5:5433/register?sslmode=require"));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("host"))->text(), QStringLiteral("10.0.0.5"));
        QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("port"))->value(), 5433);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("database"))->text(), QStringLiteral("register"));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("user"))->text(), QStringLiteral("zeimu"));
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("tls"))->currentData().toString(),
                 QStringLiteral("require"));
    }

    void incompleteFieldsAreRefused()
    {
        ConnectDialog dialog;
        dialog.findChild<QLineEdit*>(QStringLiteral("host"))->clear();
        QTimer::singleShot(0, [] {
            if (QWidget* box = QApplication::activeModalWidget())
                box->close();
        });
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
