// Organisation templates (the JSON a city may supply for its tree): a template or a translated
// reason, never a crash.

#include "FuzzSupport.h"
#include "service/TemplateService.h"

using namespace daicho;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Result<OrgTemplate> parsed =
        TemplateService::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (parsed)
        DAICHO_FUZZ_CHECK(!parsed.value().bodies.isEmpty());
    else
        DAICHO_FUZZ_CHECK(!parsed.errorText().isEmpty());
    return 0;
}
