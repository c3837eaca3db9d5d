// File → Back Up Register… / Restore Register… and the automatic backup (BackupActions): what the
// window does around core's RegisterBackup, RegisterRestore and BackupSchedule.

#include "BackupActions.h"
#include "db/Database.h"
#include "db/RegisterBackup.h"
#include "service/Generator.h"
#include "service/Register.h"
#include "service/TemplateService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace daicho;

class TestBackupActions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Register> m_register;
    QWidget m_window;
    BackupActions* m_actions = nullptr;
    QStringList m_messages;
    QStringList m_boxes; // the message boxes answered, by objectName

    QString registerPath() const { return m_dir.filePath(QStringLiteral("city.sqlite")); }
    qint64 assets() { return m_register ? m_register->assets().count().value() : -1; }

    // Answers the modal message boxes as they come, in order; Cancel when no answer is left.
    void answer(QList<QMessageBox::StandardButton> buttons)
    {
        auto* timer = new QTimer(m_actions);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [this, buttons]() mutable {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_boxes << box->objectName();
            // Pictures of the dialogs for the documentation, when asked for.
            if (const QString shots = qEnvironmentVariable("DAICHO_SCREENSHOTS"); !shots.isEmpty())
                box->grab().save(QDir(shots).filePath(box->objectName() + QStringLiteral(".png")));
            const QMessageBox::StandardButton b = buttons.isEmpty() ? QMessageBox::Cancel : buttons.takeFirst();
            box->button(b)->click();
        });
        timer->start();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        {
            Result<std::unique_ptr<Register>> created = Register::create(registerPath());
            QVERIFY2(created, qPrintable(created.errorText()));
            QVERIFY(TemplateService(*created.value()).apply(TemplateService::noshiro()));
            QVERIFY(Generator(*created.value(), 5).generate(12));
        }
        Result<std::unique_ptr<Register>> opened = Register::open(registerPath());
        QVERIFY(opened);
        m_register = opened.take();
        m_messages.clear();
        m_boxes.clear();
        m_actions = new BackupActions(
            &m_window, [this] { return m_register.get(); },
            [this] {
                m_register.reset();
                return true;
            });
        connect(m_actions, &BackupActions::message, this, [this](const QString& m) { m_messages << m; });
        connect(m_actions, &BackupActions::reopenRequested, this, [this](const QString& path, const QString& m) {
            m_register = Register::open(path).take();
            m_messages << m;
        });
    }

    void cleanup()
    {
        delete m_actions;
        m_register.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void backUpWritesACheckedCopy()
    {
        const QString target = m_dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(m_actions->backUpTo(target));
        QVERIFY(QFileInfo::exists(target));
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.constFirst().contains(QDir::toNativeSeparators(target)), qPrintable(m_messages.first()));
    }

    void automaticBackupOnlyWhenDue()
    {
        QSignalSpy finished(m_actions, &BackupActions::automaticBackupFinished);
        QVERIFY(m_actions->backUpIfDue());  // on its own thread
        QVERIFY(!m_actions->backUpIfDue()); // one at a time
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY(!m_actions->automaticBackupRunning());
        QVERIFY2(m_messages.constLast().contains(QStringLiteral("backups")), qPrintable(m_messages.constLast()));
        QVERIFY(!m_actions->backUpIfDue()); // fresh
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    // Stopped (the window closing, a restore) it leaves no file behind, finished or not.
    void stoppedAutomaticBackupLeavesNoHalfFile()
    {
        QVERIFY(m_actions->backUpIfDue());
        m_actions->stopAutomaticBackup();
        QVERIFY(!m_actions->automaticBackupRunning());
        const QStringList files = QDir(m_dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files | QDir::Hidden);
        // Either stopped in time (nothing) or already complete (one whole backup): never a part.
        QVERIFY2(files.isEmpty() || (files.size() == 1 && !files.first().startsWith(QLatin1Char('.'))),
                 qPrintable(files.join(QLatin1Char(' '))));
        for (const QString& file : files)
            QVERIFY(RegisterBackup::verifyCopy(m_dir.filePath(QStringLiteral("backups/") + file)).value().clean());
    }

    void restoreAfterConfirmation()
    {
        const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(m_actions->backUpTo(backup));
        QVERIFY(Generator(*m_register, 6).generate(3));
        QCOMPARE(assets(), 15);

        answer({QMessageBox::Yes});
        QVERIFY(m_actions->restoreFrom(backup));
        QCOMPARE(m_boxes, QStringList{QStringLiteral("restoreConfirmation")});
        QCOMPARE(assets(), 12);
        QVERIFY2(m_messages.constLast().contains(QStringLiteral("before-restore")), qPrintable(m_messages.last()));
    }

    void tamperedBackupNeedsASecondYes()
    {
        const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(m_actions->backUpTo(backup));
        QVERIFY(Generator(*m_register, 6).generate(3));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE id = 2")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        answer({QMessageBox::Yes, QMessageBox::Cancel});
        QVERIFY(!m_actions->restoreFrom(backup));
        QCOMPARE(m_boxes,
                 (QStringList{QStringLiteral("restoreConfirmation"), QStringLiteral("restoreTamperedWarning")}));
        QCOMPARE(assets(), 15); // still open, unchanged

        m_boxes.clear();
        delete m_actions->findChild<QTimer*>();
        answer({QMessageBox::Yes, QMessageBox::Yes});
        QVERIFY(m_actions->restoreFrom(backup));
        QCOMPARE(assets(), 12);
    }

    // A register too damaged to open is restored from the message box that says so: no register
    // is open to sign in to, and the damaged file is kept beside the restored one as it was.
    void restoreOverADamagedRegister()
    {
        const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(m_actions->backUpTo(backup));
        m_register.reset();
        {
            QFile file(registerPath());
            QVERIFY(file.resize(file.size() / 2));
        }
        QVERIFY(!Register::open(registerPath()));

        answer({QMessageBox::Yes});
        QVERIFY(m_actions->restoreDamaged(registerPath(), backup));
        QCOMPARE(m_boxes, QStringList{QStringLiteral("restoreConfirmation")});
        QCOMPARE(assets(), 12);
        QVERIFY2(m_messages.constLast().contains(QStringLiteral(".damaged-")), qPrintable(m_messages.last()));
    }
};

QTEST_MAIN(TestBackupActions)
#include "tst_backupactions.moc"
