#include "CsvWriter.h"

#include <QDir>

namespace daicho {

namespace {

// Returns a prvalue, so the encoder is built where it lands (guaranteed elision): a moved ICU
// encoder would report its errors into the state it was moved from.
QStringEncoder makeEncoder(CsvEncoding encoding)
{
    return encoding == CsvEncoding::Cp932 ? QStringEncoder(kCp932CodecName) : QStringEncoder(QStringEncoder::Utf8);
}

bool needsQuotes(const QString& cell)
{
    if (cell.isEmpty())
        return false;
    // Leading or trailing white space (also the full-width U+3000) is quoted so that no program trims it.
    if (cell.front().isSpace() || cell.back().isSpace())
        return true;
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

void appendCell(QString& out, const QString& cell)
{
    if (!needsQuotes(cell)) {
        out += cell;
        return;
    }
    out += QLatin1Char('"');
    qsizetype from = 0;
    for (qsizetype quote = cell.indexOf(QLatin1Char('"')); quote >= 0; quote = cell.indexOf(QLatin1Char('"'), from)) {
        out += QStringView(cell).mid(from, quote + 1 - from);
        out += QLatin1Char('"');
        from = quote + 1;
    }
    out += QStringView(cell).mid(from);
    out += QLatin1Char('"');
}

// The cell as a message shows it: on one line, and short.
QString preview(const QString& cell)
{
    constexpr qsizetype kMax = 30;
    QString text = cell.left(kMax);
    for (QChar& c : text) {
        if (c.unicode() < 0x20)
            c = QLatin1Char(' ');
    }
    if (cell.size() > kMax)
        text += QChar(0x2026); // …
    return text;
}

QString codePointText(char32_t ucs)
{
    return QStringLiteral("U+%1").arg(uint(ucs), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

Result<std::unique_ptr<CsvWriter>> CsvWriter::create(const QString& path, CsvEncoding encoding)
{
    using R = Result<std::unique_ptr<CsvWriter>>;
    if (encoding == CsvEncoding::Auto)
        encoding = CsvEncoding::Utf8;
    if (!makeEncoder(encoding).isValid())
        return R::failure(
            tr("This program cannot write %1 text (it was built without ICU).").arg(csvEncodingDisplayName(encoding)));
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file->errorString()));
    // The register's contents are 機密性2 at least: the file being written (QSaveFile's temporary,
    // renamed at the end) is readable by its owner only, like backups. A file system without
    // permissions (a FAT memory stick) refuses the change; the export still goes ahead there.
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (encoding == CsvEncoding::Utf8 && file->write("\xEF\xBB\xBF", 3) != 3)
        return R::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file->errorString()));
    return std::unique_ptr<CsvWriter>(new CsvWriter(std::move(file), encoding));
}

CsvWriter::CsvWriter(std::unique_ptr<QSaveFile> file, CsvEncoding encoding)
    : m_file(std::move(file))
    , m_encoding(encoding)
    , m_encoder(makeEncoder(encoding))
{
}

CsvWriter::~CsvWriter() = default;

Status CsvWriter::writeRow(const QStringList& cells)
{
    if (m_failure)
        return *m_failure;
    if (m_finished)
        return Status::failure(tr("The file is already complete; no row can be added to it."));
    ++m_row;
    if (Status checked = checkCharacters(cells); !checked)
        return checked;

    m_text.clear();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text += QLatin1Char(',');
        appendCell(m_text, cells.at(i));
    }
    m_text += QLatin1String("\r\n");

    m_bytes.resize(m_encoder.requiredSpace(m_text.size()));
    const char* const end = m_encoder.appendToBuffer(m_bytes.data(), m_text);
    if (m_encoder.hasError())
        return unencodable(cells);
    const qint64 size = end - m_bytes.constData();
    if (m_file->write(m_bytes.constData(), size) != size)
        return fail(writeErrorText());
    return success();
}

Status CsvWriter::finish()
{
    if (m_failure)
        return *m_failure;
    if (m_finished)
        return success();
    m_finished = true;
    if (!m_file->commit())
        return fail(writeErrorText());
    return success();
}

Status CsvWriter::fail(const QString& message, int row)
{
    // The temporary file is dropped: a failed export leaves nothing behind.
    m_file->cancelWriting();
    m_failure = Status(Problems{Problem{QString(), message, row}});
    return *m_failure;
}

// Control characters would make the file unreadable to our own reader (it takes them for binary data).
Status CsvWriter::checkCharacters(const QStringList& cells)
{
    for (qsizetype column = 0; column < cells.size(); ++column) {
        for (const QChar c : cells.at(column)) {
            if (isCsvForbiddenCharacter(c.unicode()))
                return fail(tr("Column %1 (\"%2\"): the control character %3 cannot be written to a CSV file.")
                                .arg(column + 1)
                                .arg(preview(cells.at(column)), codePointText(c.unicode())),
                            m_row);
        }
    }
    return success();
}

// Finds the first character the encoding cannot carry, to name it with its column.
Status CsvWriter::unencodable(const QStringList& cells)
{
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QString& cell = cells.at(column);
        for (qsizetype i = 0; i < cell.size(); ++i) {
            const qsizetype length = cell.at(i).isHighSurrogate() && i + 1 < cell.size() ? 2 : 1;
            const QStringView character = QStringView(cell).mid(i, length);
            QStringEncoder probe = makeEncoder(m_encoding);
            const QByteArray ignored = probe.encode(character);
            // A lone surrogate stays pending in the probe, so it is caught here.
            const bool loneSurrogate = length == 1 && cell.at(i).isSurrogate();
            if (probe.hasError() || loneSurrogate) {
                const char32_t ucs =
                    length == 2 ? QChar::surrogateToUcs4(cell.at(i), cell.at(i + 1)) : cell.at(i).unicode();
                if (m_encoding == CsvEncoding::Cp932)
                    return fail(tr("Column %1 (\"%2\"): the character \"%3\" (%4) cannot be written in %5; export in "
                                   "UTF-8 instead.")
                                    .arg(column + 1)
                                    .arg(preview(cell), character.toString(), codePointText(ucs),
                                         csvEncodingDisplayName(m_encoding)),
                                m_row);
                return fail(tr("Column %1 (\"%2\"): %3 is not a valid character.")
                                .arg(column + 1)
                                .arg(preview(cell), codePointText(ucs)),
                            m_row);
            }
            i += length - 1;
        }
    }
    return fail(tr("The row cannot be written in %1.").arg(csvEncodingDisplayName(m_encoding)), m_row);
}

QString CsvWriter::writeErrorText() const
{
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString());
}

} // namespace daicho
