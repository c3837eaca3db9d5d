#pragma once

#include "CsvEncoding.h"
#include "TableSource.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

#include <memory>
#include <optional>

namespace daicho {

// Reads a ledger CSV file row by row: RFC 4180 as Excel writes it (quoted cells may hold commas,
// doubled quotes and line breaks; CRLF, LF or a lone CR end a row; the last row may lack one).
// It streams: the device is read and decoded in chunks, so memory stays flat in the file size.
//
// Lenient where Excel is: a quote inside an unquoted cell is text (12" monitor), and text after a
// closing quote is appended to the cell. Strict where a wrong guess would corrupt data: bytes that
// do not decode, control characters (binary files), a quote never closed, and cells, rows or
// column counts beyond the limits below stop the reading with a translated reason.
class CsvReader : public TableSource {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype kMaxCellLength = 1024 * 1024;     // characters (UTF-16 code units)
    static constexpr qsizetype kMaxRowLength = 16 * 1024 * 1024; // characters, a whole row as written
    static constexpr qsizetype kMaxColumns = 4096;
    static constexpr qsizetype kChunkSize = 64 * 1024; // bytes read at a time; also the Auto sample

    static Result<std::unique_ptr<CsvReader>> open(const QString& path, CsvEncoding encoding = CsvEncoding::Auto);
    // The device must be open for reading; it is read to its end (a file or a buffer, not a socket).
    // With Auto the first chunk is read here to pick the encoding.
    explicit CsvReader(std::unique_ptr<QIODevice> device, CsvEncoding encoding = CsvEncoding::Auto);
    ~CsvReader() override;

    // Blank lines come back as one empty cell; a newline at the end of the file adds no row.
    bool next(SourceRow& row) override;
    QString error() const override;
    // The line error() is about (1-based), or 0 when there is no error or it concerns no line.
    qint64 errorLine() const { return m_errorLine; }
    // The encoding in use: the detected one when Auto was asked for.
    CsvEncoding encoding() const { return m_encoding; }

private:
    enum class Parse { Row, NeedMore, End, Failed };

    bool readFully(QByteArray& into, qsizetype count, bool& atEnd);
    bool readMore(qsizetype bytes);
    void decode(QByteArrayView bytes);
    void finishInput();
    Parse parseRow(SourceRow& row);
    Parse fail(qint64 line, const QString& message);
    Parse failUndecodable(qint64 line);
    Parse failControl(qint64 line, char16_t c);

    std::unique_ptr<QIODevice> m_device;
    CsvEncoding m_encoding;
    // Made in place, never moved: Qt's ICU converter keeps a pointer to its own state.
    std::optional<QStringDecoder> m_decoder;
    QByteArray m_raw;    // the chunk being read, reused
    QString m_buf;       // decoded text; m_pos..m_end is not parsed yet
    qsizetype m_pos = 0; // where the next row starts
    qsizetype m_end = 0; // end of the usable text (before an undecodable byte, if any)
    qint64 m_line = 1;   // physical line at m_pos
    qsizetype m_columnsHint = 0;
    bool m_inputDone = false;   // no text will come after m_end
    bool m_undecodable = false; // ... because the bytes there do not decode
    bool m_stopped = false;     // end reached or error: next() returns false from now on
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace daicho
