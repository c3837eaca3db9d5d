// The XLSX reader (zip, OPC relationships, workbook, shared strings, styles, sheet XML) on any
// file: rows or a translated reason, never a crash, a hang or unbounded memory.

#include "FuzzSupport.h"
#include "exchange/XlsxReader.h"

using namespace daicho;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    return 0;
}

static void readAll(XlsxReader& reader)
{
    SourceRow row;
    qint64 lastLine = 0;
    while (reader.next(row)) {
        DAICHO_FUZZ_CHECK(row.line > lastLine);
        DAICHO_FUZZ_CHECK(row.cells.size() <= XlsxReader::kMaxColumns);
        lastLine = row.line;
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = fuzz::writeFile(QStringLiteral("input.xlsx"), data, size);
    Result<std::unique_ptr<XlsxReader>> opened = XlsxReader::open(path);
    if (!opened) {
        DAICHO_FUZZ_CHECK(!opened.errorText().isEmpty());
        return 0;
    }
    const QStringList sheets = opened.value()->sheetNames();
    DAICHO_FUZZ_CHECK(sheets.size() <= XlsxReader::kMaxSheets);
    readAll(*opened.value());
    // Another sheet by name: the workbook's second look-up path.
    if (sheets.size() > 1) {
        Result<std::unique_ptr<XlsxReader>> last = XlsxReader::open(path, sheets.last());
        if (last)
            readAll(*last.value());
    }
    return 0;
}
