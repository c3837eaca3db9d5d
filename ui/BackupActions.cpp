#include "BackupActions.h"

#include "db/BackupJob.h"
#include "db/BackupSchedule.h"
#include "db/Database.h"
#include "db/RegisterBackup.h"
#include "db/RegisterRestore.h"
#include "service/Register.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QThread>

#include <optional>

namespace daicho {

namespace {

// Wait cursor for the length of a copy.
class Busy {
public:
    Busy() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~Busy() { QApplication::restoreOverrideCursor(); }
};

} // namespace

BackupActions::BackupActions(QWidget* window, std::function<Register*()> current, std::function<bool()> close)
    : QObject(window)
    , m_window(window)
    , m_current(std::move(current))
    , m_close(std::move(close))
{
}

BackupActions::~BackupActions()
{
    stopAutomaticBackup();
}

void BackupActions::addTo(QMenu* menu)
{
    m_backUpAction = menu->addAction(tr("&Back Up Register…"), this, &BackupActions::backUp);
    m_backUpAction->setObjectName(QStringLiteral("backUpAction"));
    m_backUpAction->setStatusTip(tr("Write a checked copy of the register to a file of your choice"));
    m_restoreAction = menu->addAction(tr("Res&tore Register…"), this, &BackupActions::restore);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setStatusTip(tr("Replace the register with a backup, keeping a copy of it as it is"));
    updateActions();
}

void BackupActions::updateActions()
{
    Register* reg = m_current();
    const bool file = reg && !reg->database().isServer();
    if (m_backUpAction)
        m_backUpAction->setEnabled(file);
    if (m_restoreAction)
        m_restoreAction->setEnabled(file);
}

bool BackupActions::mayManage(Register& reg, const QString& title)
{
    // A backup holds every record, and a restore replaces them all: the security office's to do.
    if (Status allowed = reg.mayManage(); !allowed) {
        QMessageBox::warning(m_window, title, allowed.errorText());
        return false;
    }
    return true;
}

void BackupActions::backUp()
{
    Register* reg = m_current();
    if (!reg || !mayManage(*reg, tr("Back Up Register")))
        return;
    const QFileInfo info(reg->database().path());
    const QString stem = QStringLiteral("%1-backup-%2")
                             .arg(info.completeBaseName(), QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    QString suggested = info.dir().filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(suggested); ++n)
        suggested = info.dir().filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(n));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back Up Register"), suggested,
                                                      tr("Daicho registers (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        backUpTo(path);
}

bool BackupActions::backUpTo(const QString& path)
{
    Register* reg = m_current();
    if (!reg)
        return false;
    Result<QString> written = [&] {
        Busy busy;
        return RegisterBackup::copyTo(reg->database(), path);
    }();
    if (!written) {
        QMessageBox::warning(m_window, tr("Cannot back up the register"), written.errorText());
        return false;
    }
    Result<AuditReport> report = [&] {
        Busy busy;
        return RegisterBackup::verifyCopy(path);
    }();
    if (!report || !report.value().clean()) {
        QMessageBox::warning(m_window, tr("Cannot back up the register"),
                             report ? tr("The backup %1 was written, but its audit trail does not verify; the "
                                         "register itself needs checking (daicho-cli verify-audit).")
                                          .arg(QDir::toNativeSeparators(path))
                                    : tr("The backup %1 was written but cannot be checked: %2")
                                          .arg(QDir::toNativeSeparators(path), report.errorText()));
        return false;
    }
    Q_EMIT message(tr("Backed up the register to %1 (%2); its audit trail verifies.")
                       .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(QFileInfo(path).size())));
    return true;
}

void BackupActions::restore()
{
    Register* reg = m_current();
    if (!reg || !mayManage(*reg, tr("Restore Register")))
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Restore Register"), QFileInfo(reg->database().path()).absolutePath(),
                                     tr("Daicho registers (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        restoreFrom(path);
}

bool BackupActions::restoreFrom(const QString& backupPath)
{
    Register* reg = m_current();
    if (!reg)
        return false;
    return restoreInto(reg->database().path(), backupPath, true);
}

bool BackupActions::restoreDamaged(const QString& registerPath)
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Restore Register"), QFileInfo(registerPath).absolutePath(),
                                     tr("Daicho registers (*.sqlite *.db);;All files (*)"));
    return !path.isEmpty() && restoreDamaged(registerPath, path);
}

bool BackupActions::restoreDamaged(const QString& registerPath, const QString& backupPath)
{
    // The open register, if any, is another one: it stays open until the restored one replaces it.
    return restoreInto(registerPath, backupPath, false);
}

bool BackupActions::restoreInto(const QString& registerPath, const QString& backupPath, bool closeCurrent)
{
    stopAutomaticBackup(); // its connection would keep the register open
    RegisterRestore restore(registerPath);
    Result<RegisterRestore::Candidate> inspected = [&] {
        Busy busy;
        return restore.inspect(backupPath);
    }();
    if (!inspected) {
        QMessageBox::warning(m_window, tr("Cannot restore the register"), inspected.errorText());
        return false;
    }
    const RegisterRestore::Candidate& c = inspected.value();
    const QString lastEvent =
        c.lastEventAt.isValid() ? QLocale().toString(c.lastEventAt.toLocalTime(), QLocale::ShortFormat) : tr("(none)");
    QMessageBox confirm(QMessageBox::Question, tr("Restore Register"),
                        tr("Replace the register %1 with the backup %2?")
                            .arg(QDir::toNativeSeparators(registerPath), QDir::toNativeSeparators(backupPath)),
                        QMessageBox::Yes | QMessageBox::Cancel, m_window);
    confirm.setObjectName(QStringLiteral("restoreConfirmation"));
    const QString audit = c.audit.clean() ? tr("Its audit trail verifies.")
                                          : tr("Its audit trail does NOT verify (%n problem(s)).", nullptr,
                                               static_cast<int>(c.audit.findings.size()));
    confirm.setInformativeText(
        tr("The backup holds %1 assets; its last audit event was at %2.").arg(QLocale().toString(c.assets), lastEvent) +
        QLatin1Char(' ') + audit + QStringLiteral("\n\n") +
        (closeCurrent ? tr("The register as it is now is first copied beside itself (a file named "
                           "…before-restore-…), then closed, replaced and opened again.")
                      : tr("The damaged register is kept beside itself as it is (a file named …damaged-…), then "
                           "replaced and opened.")));
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return false;
    if (!c.audit.clean()) {
        QMessageBox warning(QMessageBox::Warning, tr("Restore Register"),
                            tr("The audit trail of this backup does not verify: its records may have been changed "
                               "outside Daicho. Restore it anyway?"),
                            QMessageBox::Yes | QMessageBox::Cancel, m_window);
        warning.setObjectName(QStringLiteral("restoreTamperedWarning"));
        warning.setInformativeText(tr("First problem: %1\n\nRestore a backup that does not verify only when the "
                                      "security office knows why, and record the decision.")
                                       .arg(c.audit.findings.constFirst().message));
        warning.setDefaultButton(QMessageBox::Cancel);
        if (warning.exec() != QMessageBox::Yes)
            return false;
    }
    if (closeCurrent && !m_close())
        return false;
    Result<QString> kept = [&] {
        Busy busy;
        return restore.replace(!c.audit.clean());
    }();
    if (!kept) {
        QMessageBox::warning(m_window, tr("Cannot restore the register"), kept.errorText());
        if (closeCurrent) // closed for nothing: open it again
            Q_EMIT reopenRequested(registerPath, QString());
        return false;
    }
    Q_EMIT reopenRequested(registerPath,
                           tr("Restored the register from %1; the register as it was is kept in %2.")
                               .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(kept.value())));
    return true;
}

bool BackupActions::backUpIfDue()
{
    Register* reg = m_current();
    // A register made just now holds nothing to keep yet.
    if (!reg || reg->database().isNew() || m_thread)
        return false;
    Result<std::optional<BackupSchedule::Plan>> plan = BackupSchedule::due(reg->database());
    if (!plan) {
        Q_EMIT message(tr("The automatic backup of the register failed: %1").arg(plan.errorText()));
        return false;
    }
    if (!plan.value())
        return false;

    auto job = std::make_shared<BackupJob>(*plan.value());
    auto outcome = std::make_shared<std::optional<Result<BackupSchedule::Outcome>>>();
    QThread* thread = QThread::create([job, outcome] { *outcome = job->run(); });
    m_job = job;
    m_thread = thread;
    // Its finished() may still be queued after stopAutomaticBackup() deleted the thread, and a new
    // thread may have the old one's address by then: the job identifies the run.
    connect(thread, &QThread::finished, this, [this, thread, job, outcome] {
        if (m_job != job)
            return; // stopped and waited for: stopAutomaticBackup() cleaned up
        m_thread = nullptr;
        m_job.reset();
        thread->deleteLater();
        const Result<BackupSchedule::Outcome>& done = **outcome;
        if (!done) {
            Q_EMIT message(tr("The automatic backup of the register failed: %1").arg(done.errorText()));
            Q_EMIT automaticBackupFinished(false);
            return;
        }
        Q_EMIT message(tr("An automatic backup of the register was written to %1.")
                           .arg(QDir::toNativeSeparators(done.value().written)));
        Q_EMIT automaticBackupFinished(true);
    });
    thread->start(QThread::LowPriority);
    return true;
}

void BackupActions::stopAutomaticBackup()
{
    if (!m_thread)
        return;
    m_job->cancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_job.reset();
}

} // namespace daicho
