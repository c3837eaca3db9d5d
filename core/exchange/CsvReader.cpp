#include "CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace daicho {

namespace {

// Whether the sample is UTF-8. A sample cut from a longer file may end inside a character; only
// when it is the whole file must its last character be complete.
bool looksLikeUtf8(const QByteArray& sample, bool wholeFile)
{
    QStringDecoder probe(QStringDecoder::Utf8);
    const QString text = probe.decode(sample);
    if (probe.hasError())
        return false;
    if (!wholeFile)
        return true;
    const QString tail = probe.decode(QByteArrayView("\n", 1));
    return !probe.hasError() && tail == QLatin1String("\n");
}

// How many bytes the UTF-8 sequence the bytes end in lacks (0 when it is complete or not UTF-8).
qsizetype missingUtf8Bytes(const QByteArray& bytes)
{
    for (qsizetype back = 1; back <= 4 && back <= bytes.size(); ++back) {
        const auto b = static_cast<uchar>(bytes.at(bytes.size() - back));
        if ((b & 0xC0) == 0x80)
            continue; // a continuation byte: the lead is further back
        const qsizetype length = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
        return std::max<qsizetype>(0, length - back);
    }
    return 0;
}

QString hex4(char16_t c)
{
    return QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path, CsvEncoding encoding)
{
    using R = Result<std::unique_ptr<CsvReader>>;
    if (QFileInfo(path).isDir())
        return R::failure(tr("Cannot open %1: it is a folder.").arg(QDir::toNativeSeparators(path)));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file->errorString()));
    return std::make_unique<CsvReader>(std::move(file), encoding);
}

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, CsvEncoding encoding)
    : m_device(std::move(device))
    , m_encoding(encoding)
{
    if (!m_device || !m_device->isReadable()) {
        fail(0, tr("The file is not open for reading."));
        return;
    }
    // The first chunk doubles as the sample Auto looks at.
    QByteArray sample;
    bool wholeFile = false;
    if (!readFully(sample, kChunkSize, wholeFile))
        return;
    // A sample cut inside a UTF-8 sequence is completed, so that Auto judges whole characters: a
    // lone lead byte at its end might otherwise pass for the start of a valid one.
    if (const qsizetype missing = missingUtf8Bytes(sample); missing > 0 && !wholeFile) {
        if (!readFully(sample, missing, wholeFile))
            return;
    }

    // Excel's "Unicode text" is UTF-16; neither UTF-8 nor CP932 can start with these bytes.
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF")) {
        fail(0, tr("The file is UTF-16 text, which cannot be read; save it from Excel as \"CSV UTF-8\" instead."));
        return;
    }
    if (m_encoding == CsvEncoding::Auto)
        m_encoding = sample.startsWith("\xEF\xBB\xBF") || looksLikeUtf8(sample, wholeFile) ? CsvEncoding::Utf8
                                                                                           : CsvEncoding::Cp932;
    // The UTF-8 decoder drops a leading BOM by itself.
    if (m_encoding == CsvEncoding::Cp932)
        m_decoder.emplace(kCp932CodecName);
    else
        m_decoder.emplace(QStringDecoder::Utf8);
    if (!m_decoder->isValid()) {
        fail(
            0,
            tr("This program cannot read %1 text (it was built without ICU).").arg(csvEncodingDisplayName(m_encoding)));
        return;
    }
    decode(sample);
    if (wholeFile)
        finishInput();
}

CsvReader::~CsvReader() = default;

QString CsvReader::error() const
{
    return m_error;
}

bool CsvReader::next(SourceRow& row)
{
    while (!m_stopped) {
        switch (parseRow(row)) {
        case Parse::Row:
            return true;
        case Parse::End:
            m_stopped = true;
            return false;
        case Parse::Failed:
            return false;
        case Parse::NeedMore: {
            const qsizetype pending = m_end - m_pos;
            if (pending > kMaxRowLength) {
                fail(m_line, tr("Line %1: a row is longer than %2 characters.").arg(m_line).arg(kMaxRowLength));
                return false;
            }
            // Read at least as much again as the unfinished row holds: a long row is then parsed
            // again only a few times, not once per chunk.
            if (!readMore(std::max(kChunkSize, 2 * pending)))
                return false;
            break;
        }
        }
    }
    return false;
}

// Appends up to `count` bytes, fewer only at the end of the device (then sets `atEnd`).
bool CsvReader::readFully(QByteArray& into, qsizetype count, bool& atEnd)
{
    qsizetype size = into.size();
    const qsizetype wanted = size + count;
    into.resize(wanted);
    while (size < wanted) {
        const qint64 n = m_device->read(into.data() + size, wanted - size);
        if (n < 0) {
            fail(0, tr("The file could not be read: %1").arg(m_device->errorString()));
            return false;
        }
        if (n == 0) {
            atEnd = true;
            break;
        }
        size += n;
    }
    into.truncate(size);
    return true;
}

bool CsvReader::readMore(qsizetype bytes)
{
    if (m_inputDone)
        return true;
    m_raw.resize(bytes);
    const qint64 n = m_device->read(m_raw.data(), bytes);
    if (n < 0) {
        fail(m_line, tr("Line %1: the file could not be read further: %2").arg(m_line).arg(m_device->errorString()));
        return false;
    }
    if (n == 0)
        finishInput();
    else
        decode(QByteArrayView(m_raw.constData(), n));
    return true;
}

void CsvReader::decode(QByteArrayView bytes)
{
    // Drop the parsed text first: the buffer holds at most one unfinished row and a chunk.
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    const qsizetype old = m_buf.size();
    m_buf.resize(old + m_decoder->requiredSpace(bytes.size()));
    const QChar* const out = m_decoder->appendToBuffer(m_buf.data() + old, bytes);
    m_buf.truncate(out - m_buf.constData());
    m_end = m_buf.size();
    if (m_decoder->hasError()) {
        // The decoder marks bad bytes with U+FFFD, or with SUB for a single CP932 byte; the usable
        // text ends at the first mark of this chunk, and the parser reports the line it is on.
        const QStringView fresh = QStringView(m_buf).mid(old);
        qsizetype at = fresh.indexOf(QChar(0xFFFD));
        if (m_encoding == CsvEncoding::Cp932) {
            const qsizetype sub = fresh.indexOf(QChar(0x1A));
            if (sub >= 0 && (at < 0 || sub < at))
                at = sub;
        }
        if (at >= 0)
            m_end = old + at;
        m_inputDone = true;
        m_undecodable = true;
    }
}

void CsvReader::finishInput()
{
    if (m_inputDone)
        return;
    m_inputDone = true;
    // A file cut inside a multibyte character leaves bytes in the decoder; a line feed pushes
    // them out as an error.
    const QString tail = m_decoder->decode(QByteArrayView("\n", 1));
    if (m_decoder->hasError() || tail != QLatin1String("\n"))
        m_undecodable = true;
}

// Parses one row from m_pos. Returns NeedMore, having changed nothing but `row`, when the row may
// continue past the decoded text; the caller reads more and parses the row again from its start.
CsvReader::Parse CsvReader::parseRow(SourceRow& row)
{
    const QChar* const begin = m_buf.constData();
    const QChar* const end = begin + m_end;
    const QChar* p = begin + m_pos;
    qint64 line = m_line;

    if (p == end) {
        if (!m_inputDone)
            return Parse::NeedMore;
        if (m_undecodable)
            return failUndecodable(line);
        return Parse::End;
    }

    row.line = m_line;
    row.cells.clear();
    row.cells.reserve(m_columnsHint);
    for (;;) {
        if (row.cells.size() == kMaxColumns)
            return fail(m_line, tr("Line %1: a row has more than %2 columns.").arg(m_line).arg(kMaxColumns));
        const qint64 cellLine = line;
        QString cell;

        if (p < end && p->unicode() == u'"') {
            ++p;
            const QChar* run = p; // quoted text not yet copied into the cell
            for (;;) {
                while (p < end) {
                    const char16_t c = p->unicode();
                    if (c >= 0x20 && c != u'"' && c != 0x7F) {
                        ++p;
                        continue;
                    }
                    if (c == u'"')
                        break;
                    if (c == u'\n') {
                        ++line;
                    } else if (c == u'\r') {
                        if (p + 1 == end && !m_inputDone)
                            return Parse::NeedMore;
                        if (p + 1 == end || p[1].unicode() != u'\n')
                            ++line;
                    } else if (isCsvForbiddenCharacter(c)) {
                        return failControl(line, c);
                    }
                    ++p;
                }
                if (cell.size() + (p - run) > kMaxCellLength)
                    return fail(cellLine, tr("Line %1, column %2: a quoted cell is longer than %3 characters; is its "
                                             "closing quote missing?")
                                              .arg(cellLine)
                                              .arg(row.cells.size() + 1)
                                              .arg(kMaxCellLength));
                if (p == end) {
                    if (!m_inputDone)
                        return Parse::NeedMore;
                    if (m_undecodable)
                        return failUndecodable(line);
                    return fail(cellLine, tr("Line %1: a quoted cell is never closed.").arg(cellLine));
                }
                // A quote: doubled, it stands for itself; single, it closes the cell.
                if (p + 1 == end && !m_inputDone)
                    return Parse::NeedMore;
                cell.append(run, p - run);
                if (p + 1 < end && p[1].unicode() == u'"') {
                    cell.append(QLatin1Char('"'));
                    p += 2;
                    run = p;
                    continue;
                }
                ++p;
                break;
            }
        }

        // Unquoted text, or what follows a closing quote (Excel keeps it): up to a comma or line break.
        const QChar* const run = p;
        while (p < end) {
            const char16_t c = p->unicode();
            if ((c >= 0x20 && c != u',' && c != 0x7F) || c == u'\t' || c == u'\v' || c == u'\f') {
                ++p;
                continue;
            }
            break;
        }
        if (cell.size() + (p - run) > kMaxCellLength)
            return fail(cellLine, tr("Line %1, column %2: a cell is longer than %3 characters.")
                                      .arg(cellLine)
                                      .arg(row.cells.size() + 1)
                                      .arg(kMaxCellLength));
        if (p == end) {
            if (!m_inputDone)
                return Parse::NeedMore;
            if (m_undecodable)
                return failUndecodable(line);
        } else if (isCsvForbiddenCharacter(p->unicode())) {
            return failControl(line, p->unicode());
        } else if (p->unicode() == u'\r' && p + 1 == end && !m_inputDone) {
            return Parse::NeedMore; // CR or CRLF: one line break either way
        }
        if (cell.isEmpty())
            cell = QString(run, p - run);
        else
            cell.append(run, p - run);
        row.cells.append(std::move(cell));

        if (p == end)
            break; // the last row of a file without a final line break
        const char16_t c = p->unicode();
        ++p;
        if (c == u',')
            continue;
        if (c == u'\r' && p < end && p->unicode() == u'\n')
            ++p;
        ++line;
        break;
    }

    if (p - (begin + m_pos) > kMaxRowLength)
        return fail(m_line, tr("Line %1: a row is longer than %2 characters.").arg(m_line).arg(kMaxRowLength));
    m_pos = p - begin;
    m_line = line;
    m_columnsHint = row.cells.size();
    return Parse::Row;
}

CsvReader::Parse CsvReader::fail(qint64 line, const QString& message)
{
    m_error = message;
    m_errorLine = line;
    m_stopped = true;
    return Parse::Failed;
}

CsvReader::Parse CsvReader::failUndecodable(qint64 line)
{
    return fail(line, tr("Line %1: the text is not valid %2; is the file in another encoding?")
                          .arg(line)
                          .arg(csvEncodingDisplayName(m_encoding)));
}

CsvReader::Parse CsvReader::failControl(qint64 line, char16_t c)
{
    return fail(line,
                tr("Line %1: the file contains a control character (U+%2); it does not look like a CSV text file.")
                    .arg(line)
                    .arg(hex4(c)));
}

} // namespace daicho
