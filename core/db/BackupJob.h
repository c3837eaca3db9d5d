#pragma once

#include "BackupSchedule.h"

#include <QCoreApplication>

#include <functional>
#include <mutex>

namespace daicho {

// One automatic backup (BackupSchedule) written on a thread of its own: it opens its own
// connection to the register file, so the window stays usable while a large register is copied
// (a 4 GB register takes about a minute). cancel() may be called from any thread: it stops the
// copy at once where the back end allows it (the native SQLite path), and no file is left.
class BackupJob {
    Q_DECLARE_TR_FUNCTIONS(BackupJob)

public:
    explicit BackupJob(BackupSchedule::Plan plan);

    // On the worker thread.
    Result<BackupSchedule::Outcome> run();
    // From any thread, before or during run().
    void cancel();
    bool cancelled() const;

private:
    BackupSchedule::Plan m_plan;
    mutable std::mutex m_mutex;
    std::function<void()> m_interrupt; // set while run() has the register open
    bool m_cancelled = false;
};

} // namespace daicho
