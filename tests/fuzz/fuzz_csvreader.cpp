// The CSV reader on any bytes, in each encoding: rows or a translated reason, never a crash,
// and no cell, row or column count beyond the reader's limits.

#include "FuzzSupport.h"
#include "exchange/CsvReader.h"

#include <QBuffer>

using namespace daicho;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The last byte picks the encoding, so that the seeds (whole files) are read as Auto.
    CsvEncoding encoding = CsvEncoding::Auto;
    if (size > 0 && data[size - 1] < 3) {
        encoding = static_cast<CsvEncoding>(data[size - 1]);
        --size;
    }
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(reinterpret_cast<const char*>(data), qsizetype(size));
    buffer->open(QIODevice::ReadOnly);
    CsvReader reader(std::move(buffer), encoding);
    SourceRow row;
    qint64 lastLine = 0;
    while (reader.next(row)) {
        DAICHO_FUZZ_CHECK(row.line > lastLine);
        DAICHO_FUZZ_CHECK(row.cells.size() <= CsvReader::kMaxColumns);
        for (const QString& cell : row.cells)
            DAICHO_FUZZ_CHECK(cell.size() <= CsvReader::kMaxCellLength);
        lastLine = row.line;
    }
    // A file read to its end was read in a known encoding (Auto settles on one).
    if (reader.error().isEmpty())
        DAICHO_FUZZ_CHECK(reader.encoding() != CsvEncoding::Auto);
    return 0;
}
