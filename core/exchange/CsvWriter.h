#pragma once

#include "CsvEncoding.h"
#include "TableSink.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringEncoder>

#include <memory>
#include <optional>

namespace daicho {

// Writes a ledger CSV file as Excel does: CRLF after every row, a cell quoted only when it must be
// (a comma, quote, CR or LF inside, or white space at either end), quotes doubled. The same rows
// always give the same bytes. UTF-8 starts with a BOM so that Excel reads it as UTF-8; CP932 has none.
//
// Nothing appears at the path before finish(): rows go to a temporary file that finish() renames
// (QSaveFile). After a failed writeRow() every later call fails too and no file is made.
class CsvWriter : public TableSink {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // Auto means UTF-8 here.
    static Result<std::unique_ptr<CsvWriter>> create(const QString& path, CsvEncoding encoding = CsvEncoding::Utf8);
    ~CsvWriter() override; // without a successful finish() the temporary file is removed

    // Errors carry the row (1-based, the header being row 1) and name the column and the text.
    Status writeRow(const QStringList& cells) override;
    Status finish() override;

    CsvEncoding encoding() const { return m_encoding; }

private:
    CsvWriter(std::unique_ptr<QSaveFile> file, CsvEncoding encoding);
    Status fail(const QString& message, int row = -1);
    Status checkCharacters(const QStringList& cells);
    Status unencodable(const QStringList& cells);
    QString writeErrorText() const;

    std::unique_ptr<QSaveFile> m_file;
    CsvEncoding m_encoding;
    QStringEncoder m_encoder; // made in place, never moved: Qt's ICU converter points at its own state
    QString m_text;           // the row being written, reused
    QByteArray m_bytes;       // ... and its bytes
    int m_row = 0;
    std::optional<Status> m_failure; // once set, returned by every call
    bool m_finished = false;
};

} // namespace daicho
