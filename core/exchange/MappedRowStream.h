#pragma once

#include "LedgerRowMapper.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace daicho {

class TableSource;

// Reads and maps a ledger's rows on a second thread while the importer validates and writes on
// its own: reading (XML above all) and mapping take a third to a half of an import, and the
// machine has a core to spare. Memory stays bounded: a few batches are ever in flight.
class MappedRowStream {
public:
    MappedRowStream(TableSource& source, const LedgerRowMapper& mapper);
    ~MappedRowStream(); // stops the reader and waits for it

    // The next mapped row, waiting for it if need be; false at the end of the data or on an
    // error of the source (then error() says why). What `row` held is taken back, not freed here.
    bool next(LedgerRow& row);
    QString error() const;

    static constexpr size_t kBatchRows = 256;
    static constexpr size_t kMaxBatches = 8;

private:
    void read();

    TableSource& m_source;
    const LedgerRowMapper& m_mapper;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<LedgerRow>> m_batches;
    std::vector<LedgerRow> m_current;
    std::vector<std::vector<LedgerRow>> m_spent; // taken back from the caller, for the reader to free
    size_t m_position = 0;
    bool m_finished = false; // the reader has nothing more to give
    bool m_stop = false;     // the consumer wants no more
    QString m_error;
    std::thread m_thread;
};

} // namespace daicho
