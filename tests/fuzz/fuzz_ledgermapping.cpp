// The mapping layer: a header row recognised (with columns mapped by hand), then rows turned
// into assets with their problems, as the importer's reader thread does. Input: lines of
// tab-separated cells, the first the header; a leading line "#map 3=7 5=-" maps columns by hand.

#include "FuzzSupport.h"
#include "exchange/LedgerRowMapper.h"

using namespace daicho;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::setUp();
    return 0;
}

static ColumnMapping mappingFrom(const QString& line)
{
    ColumnMapping mapping;
    const QList<AssetField> fields = LedgerColumns::exportOrder();
    for (const QString& item : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(QLatin1Char('='));
        if (parts.size() != 2)
            continue;
        bool ok = false;
        const int column = parts[0].toInt(&ok);
        if (!ok || column < 0 || column > 20000)
            continue;
        const int field = parts[1].toInt(&ok);
        mapping.insert(column, ok && field >= 0 ? std::optional<AssetField>(fields.value(field % fields.size()))
                                                : std::nullopt);
    }
    return mapping;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QStringList lines =
        QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)).split(QLatin1Char('\n'));
    ColumnMapping mapping;
    if (!lines.isEmpty() && lines.first().startsWith(QLatin1String("#map")))
        mapping = mappingFrom(lines.takeFirst().mid(4));
    if (lines.isEmpty())
        return 0;
    LedgerHeader header = LedgerHeader::fromCells(lines.takeFirst().split(QLatin1Char('\t')), mapping);
    for (auto it = header.fieldAt.cbegin(); it != header.fieldAt.cend(); ++it)
        DAICHO_FUZZ_CHECK(header.columnOf.contains(it.value()));
    for (const AssetField field : LedgerColumns::exportOrder())
        DAICHO_FUZZ_CHECK(!header.textOf(field).isEmpty() || header.has(field));
    const LedgerRowMapper mapper(std::move(header));
    qint64 line = 1;
    for (const QString& text : lines) {
        SourceRow source{++line, text.split(QLatin1Char('\t'))};
        const LedgerRow row = mapper.map(source);
        DAICHO_FUZZ_CHECK(row.line == source.line);
    }
    return 0;
}
