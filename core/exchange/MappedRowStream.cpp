#include "MappedRowStream.h"

#include "TableSource.h"

#include <utility>

namespace daicho {

MappedRowStream::MappedRowStream(TableSource& source, const LedgerRowMapper& mapper)
    : m_source(source)
    , m_mapper(mapper)
    , m_thread([this] { read(); })
{
}

MappedRowStream::~MappedRowStream()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void MappedRowStream::read()
{
    std::vector<LedgerRow> batch;
    batch.reserve(kBatchRows);
    SourceRow sourceRow;
    bool more = true;
    while (more) {
        more = m_source.next(sourceRow);
        if (more)
            batch.push_back(m_mapper.map(sourceRow));
        if (batch.size() < kBatchRows && more)
            continue;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < kMaxBatches || m_stop; });
        if (m_stop)
            return;
        // Freed on this thread, once the lock is let go (see next()).
        const std::vector<std::vector<LedgerRow>> spent = std::exchange(m_spent, {});
        if (!batch.empty())
            m_batches.push_back(std::move(batch));
        batch = {};
        batch.reserve(kBatchRows);
        if (!more) {
            m_error = m_source.error();
            m_finished = true;
        }
        lock.unlock();
        m_changed.notify_all();
    }
}

bool MappedRowStream::next(LedgerRow& row)
{
    if (m_position >= m_current.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return false;
        // The rows of the batch before are the caller's earlier rows now (swapped out below): they
        // go back to be freed by the thread that allocated them. Freed here, every free took the
        // lock of the reader's malloc arena, which the XML reader's own reallocs wait on: an XLSX
        // import made 40% more futex calls and ran about 7% longer.
        m_spent.push_back(std::move(m_current));
        m_current = std::move(m_batches.front());
        m_batches.pop_front();
        m_position = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    std::swap(row, m_current[m_position++]);
    return true;
}

QString MappedRowStream::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

} // namespace daicho
