#pragma once

#include "TableSink.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace daicho {

class SerialWorker;

struct XlsxColumn {
    QString header;
    double width = 12;   // in Excel's character units
    QStringList choices; // offered as a drop-down list (data validation); empty for free text
};

// A cell of a report sheet: text, or a number Excel can sum, with an optional fill colour
// (0xRRGGBB; 0 for none) and bold face.
struct XlsxCell {
    QString text;
    std::optional<double> number;
    quint32 fill = 0;
    bool bold = false;

    static XlsxCell of(qint64 n) { return XlsxCell{QString(), double(n), 0, false}; }
};

struct XlsxSheetOptions {
    QString title; // an optional first row above the header, e.g. a classification banner
    bool freezeHeader = true;
    bool autoFilter = true;
};

// Writes a ledger workbook sheet by sheet, row by row, in constant memory. Every cell is written
// as text exactly as given: "0012" keeps its zeros and "=1+1" is no formula.
//
// The workbook is assembled in a temporary file next to the target and renamed over it by
// finish(), so a failed or abandoned export never leaves a half-written file behind.
//
// Rows given to writeRow() reach libxlsxwriter on a second thread, in batches, while the caller
// reads and formats the next ones; every other call first waits for the rows before it. A
// failure of the library on a queued row is returned by the next call.
class XlsxWriter : public TableSink {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    // A drop-down list of at most this many characters (commas included) lives in the validation
    // itself; longer ones go to a hidden sheet of choices.
    static constexpr int kMaxInlineChoicesLength = 255;
    // Excel's page header and footer hold 255 characters; with every "&" doubled this still fits.
    static constexpr int kMaxBannerLength = 120;
    static constexpr int kMaxCellLength = 32767; // Excel's limit for the text of one cell
    // The hidden sheet that holds long lists of choices.
    static QString choicesSheetName() { return QStringLiteral("_choices"); }

    // banner: text for every sheet's page header and footer (e.g. "機密性2"); may be empty.
    static Result<std::unique_ptr<XlsxWriter>> create(const QString& path, const QString& banner);
    ~XlsxWriter() override;

    // Starts a sheet: writes the title (if any) and the header; later rows go to this sheet.
    Status addSheet(const QString& name, const QList<XlsxColumn>& columns, const XlsxSheetOptions& options = {});
    Status writeRow(const QStringList& cells) override;
    // A row of a report: numbers stay numbers, cells may be coloured (a heat map).
    Status writeCells(const QList<XlsxCell>& cells);
    // Writes the workbook and moves it into place. Nothing can be written afterwards.
    Status finish() override;
    // The same, asking keepWaiting() before and every few tenths of a second while the package is
    // written (a second or more per 100,000 rows); false cancels: no file is left.
    Status finish(const std::function<bool()>& keepWaiting);

private:
    XlsxWriter(const QString& path, const QString& tempPath, const QString& banner);

    // A row of text waiting for the worker: (column, UTF-8 text) for each cell that is not empty.
    struct PendingRow {
        quint32 row = 0;
        std::vector<std::pair<quint16, QByteArray>> cells;
    };
    static constexpr size_t kBatchRows = 256;

    void postRows();
    Status drain();
    Status endSheet();
    Status addValidation(int column, const QStringList& choices);
    Result<QString> writeChoices(const QStringList& choices);
    Status sheetNameProblem(const QString& name, int error) const;
    Status libraryError(const QString& what, int error) const;
    Status closeWorkbook();
    void discard();

    QString m_path;
    QString m_tempPath;
    QByteArray m_tempDir;
    QByteArray m_pageHeader;
    QByteArray m_pageFooter;
    lxw_workbook* m_workbook = nullptr;
    lxw_format* m_headerFormat = nullptr;
    lxw_format* m_titleFormat = nullptr;
    QHash<quint64, lxw_format*> m_cellFormats; // (fill, bold) → format, made once per workbook

    lxw_worksheet* m_sheet = nullptr;
    QString m_sheetName;
    int m_columns = 0;
    quint32 m_headerRow = 0;
    quint32 m_row = 0; // the next row to write
    bool m_autoFilter = false;

    lxw_worksheet* m_choices = nullptr;
    quint32 m_choicesRow = 0;

    std::vector<PendingRow> m_pending;
    std::atomic<bool> m_rowsFailed{false};
    std::optional<Status> m_rowsFailure;    // written by the worker, read after drain()
    std::unique_ptr<SerialWorker> m_worker; // last: it ends before the members its jobs use
};

} // namespace daicho
