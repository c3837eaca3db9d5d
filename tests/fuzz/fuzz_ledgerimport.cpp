// The whole import of a CSV ledger into a register (the Noshiro tree, made once per process):
// reading, the header, mapping on the reader thread, validation, units and people resolved.
// A trial run, so the register stays as it was and every input meets the same one.

#include "FuzzSupport.h"
#include "exchange/CsvReader.h"
#include "exchange/LedgerImporter.h"
#include "service/Register.h"

#include <QBuffer>

using namespace daicho;

static Register* g_register = nullptr;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    g_register = &fuzz::noshiroRegister();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const qint64 assetsBefore = g_register->assets().count().value();
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(reinterpret_cast<const char*>(data), qsizetype(size));
    buffer->open(QIODevice::ReadOnly);
    CsvReader reader(std::move(buffer));
    ImportOptions options;
    options.dryRun = true;
    options.skipInvalid = size % 2 == 0;
    const Result<ImportSummary> summary = LedgerImporter(*g_register).importRows(reader, options);
    if (!summary)
        DAICHO_FUZZ_CHECK(!summary.errorText().isEmpty());
    DAICHO_FUZZ_CHECK(g_register->assets().count().value() == assetsBefore);
    return 0;
}
