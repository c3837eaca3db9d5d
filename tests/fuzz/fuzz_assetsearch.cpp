// The search box: any text a user types becomes an FTS5 phrase (three characters or more) or a
// LIKE pattern over a register of generated assets. Whatever the text, the search answers; an
// SQL error (an FTS5 syntax error, a stray wildcard) would be a finding.

#include "FuzzSupport.h"
#include "domain/AssetFilter.h"
#include "service/AssetService.h"
#include "service/Generator.h"
#include "service/Register.h"

using namespace daicho;

static Register* g_register = nullptr;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    g_register = &fuzz::noshiroRegister();
    Generator generator(*g_register);
    generator.setWithRisks(false);
    const Result<qint64> generated = generator.generate(200);
    if (!generated)
        qFatal("cannot generate assets: %s", qPrintable(generated.errorText()));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    AssetFilter filter;
    // The first byte: whether the details of 機密性3 assets are hidden (another query shape).
    filter.confidentialDetailsHidden = data[0] & 1;
    filter.text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const Result<QList<Asset>> found = g_register->assets().page(filter, 0, 20);
    if (!found)
        fprintf(stderr, "search failed: %s\n", qPrintable(found.errorText()));
    DAICHO_FUZZ_CHECK(found.ok());
    const Result<qint64> counted = g_register->assets().count(filter);
    DAICHO_FUZZ_CHECK(counted.ok());
    DAICHO_FUZZ_CHECK(counted.value() >= found.value().size());
    return 0;
}
