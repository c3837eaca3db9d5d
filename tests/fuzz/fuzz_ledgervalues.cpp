// The normalisation layer: every reader of a ledger value (category, segment, provision, status,
// level, 有/無, dates in both calendars, lists), the header matcher, the CSV encoding names and
// the register's timestamps, on any text. Each value read must read back the same once written.

#include "FuzzSupport.h"
#include "common/Timestamp.h"
#include "exchange/CsvEncoding.h"
#include "exchange/LedgerColumns.h"
#include "exchange/LedgerValues.h"

using namespace daicho;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    return 0;
}

// parse(write(parse(text))) == parse(text): what the exporter writes, the importer reads back.
template <typename T, typename Parse> static void roundTrip(const QString& text, Parse parse)
{
    QString reason;
    const std::optional<T> value = parse(text, reason);
    if (!value) {
        DAICHO_FUZZ_CHECK(!reason.isEmpty());
        return;
    }
    const QString written = LedgerValues::write(*value);
    QString again;
    const std::optional<T> back = parse(written, again);
    DAICHO_FUZZ_CHECK(back.has_value());
    DAICHO_FUZZ_CHECK(*back == *value);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the reader, so each one's inputs evolve on their own.
    const uint8_t which = data[0] % 12;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QString reason;
    switch (which) {
    case 0:
        roundTrip<AssetCategory>(text, LedgerValues::category);
        break;
    case 1:
        roundTrip<NetworkSegment>(text, LedgerValues::segment);
        break;
    case 2:
        roundTrip<Provision>(text, LedgerValues::provision);
        break;
    case 3:
        roundTrip<AssetStatus>(text, LedgerValues::status);
        break;
    case 4:
        roundTrip<QDate>(text, LedgerValues::date);
        break;
    case 5:
        roundTrip<QList<Restriction>>(text, LedgerValues::restrictions);
        break;
    case 6:
        roundTrip<QList<PersonalData>>(text, LedgerValues::personalData);
        break;
    case 7: {
        const std::optional<bool> value = LedgerValues::yesNo(text, reason);
        if (value) {
            QString again;
            DAICHO_FUZZ_CHECK(LedgerValues::yesNo(LedgerValues::write(value), again) == value);
        }
        break;
    }
    case 8: {
        // A level read is a level code: read again, it is itself.
        const std::optional<QString> level = LedgerValues::level(text, reason);
        if (level) {
            QString again;
            DAICHO_FUZZ_CHECK(LedgerValues::level(*level, again) == level);
        }
        break;
    }
    case 9: {
        const std::optional<QString> scheme = LedgerValues::scheme(text, reason);
        if (scheme) {
            QString again;
            DAICHO_FUZZ_CHECK(LedgerValues::scheme(*scheme, again) == scheme);
        }
        break;
    }
    case 10: {
        // A header that names a field names it again as Daicho writes it.
        if (const std::optional<AssetField> field = LedgerColumns::match(text))
            DAICHO_FUZZ_CHECK(LedgerColumns::match(LedgerColumns::header(*field)) == field);
        if (const std::optional<CsvEncoding> encoding = csvEncodingFromName(text))
            DAICHO_FUZZ_CHECK(csvEncodingFromName(csvEncodingName(*encoding)) == encoding);
        break;
    }
    case 11: {
        const QDateTime moment = Timestamp::fromText(text);
        if (moment.isValid())
            DAICHO_FUZZ_CHECK(Timestamp::fromText(Timestamp::toText(moment)) == moment);
        break;
    }
    }
    return 0;
}
