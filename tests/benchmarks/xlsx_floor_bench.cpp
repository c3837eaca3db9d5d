// The floor of an XLSX export with libxlsxwriter (issue 3). Not a test: it prints figures.
//
//   daicho-xlsx-floor-bench LEDGER.csv OUTPUT_DIR
//
// Reads the CSV whole into memory first, then times writing its rows as a workbook twice:
//   - with XlsxWriter, as `daicho-cli export` does (rows handed to libxlsxwriter on a second
//     thread, the package packed at zlib's fastest level), but with no register to read;
//   - with libxlsxwriter alone on one thread (constant-memory mode, the same packing): every cell
//     a string, no formats, no other sheet, nothing of ours in between.
// Neither includes reading a register, so an export of the same rows cannot be faster than these.

#include "exchange/CsvReader.h"
#include "exchange/XlsxWriter.h"
#include "exchange/XlsxZipOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>
#include <vector>
#include <xlsxwriter.h>

using namespace daicho;

namespace {

double viaXlsxWriter(const QList<QStringList>& rows, const QString& path)
{
    QElapsedTimer clock;
    clock.start();
    Result<std::unique_ptr<XlsxWriter>> created = XlsxWriter::create(path, QStringLiteral("機密性2"));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.errorText()));
        return -1;
    }
    XlsxWriter& writer = *created.value();
    QList<XlsxColumn> columns;
    for (const QString& header : rows.constFirst())
        columns << XlsxColumn{header, 14, {}};
    if (Status s = writer.addSheet(QStringLiteral("情報資産"), columns, {}); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorText()));
        return -1;
    }
    for (qsizetype i = 1; i < rows.size(); ++i)
        if (Status s = writer.writeRow(rows.at(i)); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.errorText()));
            return -1;
        }
    if (Status s = writer.finish(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorText()));
        return -1;
    }
    return clock.nsecsElapsed() / 1e9;
}

double viaLibraryAlone(const QList<QStringList>& rows, const QString& path)
{
    // UTF-8 made before the clock starts: the library's own work is what is measured.
    std::vector<std::vector<QByteArray>> cells;
    cells.reserve(std::size_t(rows.size()));
    for (const QStringList& row : rows) {
        std::vector<QByteArray> utf8;
        for (const QString& cell : row)
            utf8.push_back(cell.toUtf8());
        cells.push_back(std::move(utf8));
    }
    const QByteArray file = QFile::encodeName(path);
    QElapsedTimer clock;
    clock.start();
    XlsxZipOutput zip(path); // the package as XlsxWriter packs it (see XlsxZipOutput.h)
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(file.constData(), &options);
    lxw_worksheet* sheet = workbook ? workbook_add_worksheet(workbook, nullptr) : nullptr;
    if (!sheet) {
        std::fprintf(stderr, "libxlsxwriter could not start %s\n", file.constData());
        return -1;
    }
    for (std::size_t r = 0; r < cells.size(); ++r)
        for (std::size_t c = 0; c < cells[r].size(); ++c)
            if (!cells[r][c].isEmpty())
                worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), cells[r][c].constData(), nullptr);
    const lxw_error closed = workbook_close(workbook);
    QString reason;
    if (closed != LXW_NO_ERROR || !zip.close(&reason)) {
        std::fprintf(stderr, "%s %s\n", lxw_strerror(closed), qPrintable(reason));
        return -1;
    }
    return clock.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: daicho-xlsx-floor-bench LEDGER.csv OUTPUT_DIR\n");
        return 2;
    }
    Result<std::unique_ptr<CsvReader>> reader = CsvReader::open(args.at(1));
    if (!reader) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorText()));
        return 1;
    }
    QList<QStringList> rows;
    SourceRow row;
    while (reader.value()->next(row))
        rows << row.cells;
    if (!reader.value()->error().isEmpty() || rows.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args.at(1)), qPrintable(reader.value()->error()));
        return 1;
    }
    const QDir out(args.at(2));
    const double ours = viaXlsxWriter(rows, out.filePath(QStringLiteral("floor-xlsxwriter.xlsx")));
    const double alone = viaLibraryAlone(rows, out.filePath(QStringLiteral("floor-libxlsxwriter.xlsx")));
    if (ours < 0 || alone < 0)
        return 1;
    std::printf("%.3f %.3f\n", ours, alone);
    return 0;
}
