#pragma once

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QThread;
class QWidget;

namespace daicho {

class BackupJob;
class Register;

// File → Back Up Register… and File → Restore Register…, and the automatic backup when a
// register is opened. The work is done by core (RegisterBackup, RegisterRestore, BackupSchedule);
// this class asks, confirms and reports.
class BackupActions : public QObject {
    Q_OBJECT

public:
    // `current` gives the open register (null when none); `close` closes it before a restore
    // replaces its file, false when the user kept it open (an edit not settled).
    BackupActions(QWidget* window, std::function<Register*()> current, std::function<bool()> close);
    ~BackupActions() override;

    void addTo(QMenu* menu);
    // Enables the actions for a register file (a shared register is backed up by its server).
    void updateActions();

    void backUp();  // asks where
    void restore(); // asks which backup
    // The steps after the file dialogs, for callers that already know the path.
    bool backUpTo(const QString& path);
    bool restoreFrom(const QString& backupPath);
    // Restores the register file at `registerPath`, which could not be opened because it is
    // damaged (so no one can sign in to it), from a backup the user chooses.
    bool restoreDamaged(const QString& registerPath);
    bool restoreDamaged(const QString& registerPath, const QString& backupPath);
    // Starts the automatic backup when one is due (BackupSchedule) on a thread of its own, so the
    // window stays usable; how it went comes through message() and automaticBackupFinished().
    // False when none was due (or one is still running).
    bool backUpIfDue();
    bool automaticBackupRunning() const { return m_thread != nullptr; }
    // Stops a running automatic backup, leaving no file, and waits for its thread.
    void stopAutomaticBackup();

    QAction* backUpAction() const { return m_backUpAction; }
    QAction* restoreAction() const { return m_restoreAction; }

Q_SIGNALS:
    // The register file was replaced (or closed for that and left as it was): open it again.
    void reopenRequested(const QString& registerPath, const QString& message);
    void message(const QString& text);
    void automaticBackupFinished(bool written);

private:
    bool mayManage(Register& reg, const QString& title);
    // Checks the backup, asks, then replaces the register file; `closeCurrent` closes the open
    // register first (it is the one replaced).
    bool restoreInto(const QString& registerPath, const QString& backupPath, bool closeCurrent);

    QWidget* m_window;
    std::function<Register*()> m_current;
    std::function<bool()> m_close;
    QAction* m_backUpAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QThread* m_thread = nullptr; // the automatic backup's, while it runs
    std::shared_ptr<BackupJob> m_job;
};

} // namespace daicho
