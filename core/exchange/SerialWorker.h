#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace daicho {

// Runs jobs one after another on a thread of its own, in the order they were given. A writer
// whose library is slow per call (libxlsxwriter formats every cell with printf and compresses
// the package at the end) hands its calls here and the caller goes on producing the next rows:
// on two cores the two halves overlap. At most kMaxQueued jobs wait, so memory stays bounded.
class SerialWorker {
public:
    SerialWorker();
    ~SerialWorker(); // runs the jobs still queued, then ends the thread
    SerialWorker(const SerialWorker&) = delete;
    SerialWorker& operator=(const SerialWorker&) = delete;

    // Queues a job; waits first while kMaxQueued jobs are waiting.
    void post(std::function<void()> job);
    // Runs a job after those queued and returns when it has run: what the jobs wrote is then
    // safe to read on the calling thread.
    void run(const std::function<void()>& job);
    // The same for a long job on behalf of a window: asks keepWaiting() first and then every
    // interval until the job has run (the window paints, its Cancel button is read). A job cannot
    // be stopped once started: false from keepWaiting() is only remembered and returned.
    bool run(const std::function<void()>& job, const std::function<bool()>& keepWaiting,
             std::chrono::milliseconds interval);

    static constexpr size_t kMaxQueued = 16;

private:
    void work();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::function<void()>> m_jobs;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace daicho
