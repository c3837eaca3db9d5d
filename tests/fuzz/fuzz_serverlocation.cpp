// Shared-register locations (the connect dialog, --db, recent registers): parsed or refused with
// a translated reason, never a crash; what is shown never carries the password, and shows the
// same register when read again.

#include "FuzzSupport.h"
#include "db/ServerLocation.h"

using namespace daicho;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<ServerLocation> parsed = ServerLocation::parse(text);
    if (!parsed) {
        DAICHO_FUZZ_CHECK(!parsed.errorText().isEmpty());
        return 0;
    }
    const ServerLocation& s = parsed.value();
    DAICHO_FUZZ_CHECK(!s.host.isEmpty() && !s.database.isEmpty() && s.port > 0 && s.port < 65536);
    const Result<ServerLocation> again = ServerLocation::parse(s.display);
    DAICHO_FUZZ_CHECK(again);
    DAICHO_FUZZ_CHECK(again.value().password.isEmpty());
    DAICHO_FUZZ_CHECK(again.value().host == s.host && again.value().port == s.port &&
                      again.value().database == s.database && again.value().user == s.user);
    DAICHO_FUZZ_CHECK(again.value().options == s.options);
    DAICHO_FUZZ_CHECK(again.value().display == s.display);
    return 0;
}
