#include "BackupJob.h"

#include "Database.h"

namespace daicho {

BackupJob::BackupJob(BackupSchedule::Plan plan)
    : m_plan(std::move(plan))
{
}

Result<BackupSchedule::Outcome> BackupJob::run()
{
    using R = Result<BackupSchedule::Outcome>;
    const auto stopped = [] { return R::failure(tr("The automatic backup was stopped; no copy was kept.")); };
    if (cancelled())
        return stopped();
    Result<std::unique_ptr<Database>> opened = Database::open(m_plan.registerPath, Database::OpenMode::MustExist);
    if (!opened)
        return R(opened.problems());
    Database& db = *opened.value();
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_cancelled)
            return stopped();
        m_interrupt = db.interrupter();
    }
    R outcome = BackupSchedule::write(db, m_plan);
    {
        // The interrupter points into the connection, which closes when `opened` goes.
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_interrupt = nullptr;
    }
    if (!outcome && cancelled())
        return stopped();
    return outcome;
}

void BackupJob::cancel()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_cancelled = true;
    if (m_interrupt)
        m_interrupt();
}

bool BackupJob::cancelled() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_cancelled;
}

} // namespace daicho
