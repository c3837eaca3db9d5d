#include "SerialWorker.h"

namespace daicho {

SerialWorker::SerialWorker()
    : m_thread([this] { work(); })
{
}

SerialWorker::~SerialWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void SerialWorker::post(std::function<void()> job)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_jobs.size() < kMaxQueued; });
        m_jobs.push_back(std::move(job));
    }
    m_changed.notify_all();
}

void SerialWorker::run(const std::function<void()>& job)
{
    run(
        job, [] { return true; }, std::chrono::hours(1));
}

bool SerialWorker::run(const std::function<void()>& job, const std::function<bool()>& keepWaiting,
                       std::chrono::milliseconds interval)
{
    bool keep = keepWaiting();
    bool done = false;
    post([&] {
        job();
        std::lock_guard lock(m_mutex);
        done = true;
    });
    std::unique_lock lock(m_mutex);
    while (!m_changed.wait_for(lock, interval, [&] { return done; })) {
        lock.unlock();
        keep = keepWaiting() && keep;
        lock.lock();
    }
    return keep;
}

void SerialWorker::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_jobs.empty() || m_stop; });
        if (m_jobs.empty())
            return; // stopping, and nothing left to run
        std::function<void()> job = std::move(m_jobs.front());
        m_jobs.pop_front();
        lock.unlock();
        m_changed.notify_all(); // a place in the queue is free
        job();
        lock.lock();
        m_changed.notify_all(); // a run() may be waiting for this job
    }
}

} // namespace daicho
