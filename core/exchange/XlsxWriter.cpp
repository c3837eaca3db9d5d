#include "XlsxWriter.h"

#include "SerialWorker.h"
#include "XlsxZipOutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>
#include <xlsxwriter.h>

namespace daicho {

namespace {

std::filesystem::path nativePath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

// In page header and footer codes "&" starts a command; a literal one is "&&".
QByteArray headerText(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
    return escaped.toUtf8();
}

// Excel reads "_xHHHH_" in a string as an escaped character (libxlsxwriter writes control
// characters so). A literal one is kept by escaping its "_" as "_x005F_", as Excel does.
QByteArray cellText(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text.toUtf8();
    static const QRegularExpression escape(QStringLiteral("_(?=x[0-9A-Fa-f]{4}_)"));
    QString escaped = text;
    escaped.replace(escape, QStringLiteral("_x005F_"));
    return escaped.toUtf8();
}

// Characters as libxlsxwriter counts them against Excel's limit: UTF-8 sequences.
qsizetype utf8Length(const QByteArray& text)
{
    qsizetype length = 0;
    for (const char byte : text)
        length += (byte & 0xC0) != 0x80;
    return length;
}

} // namespace

XlsxWriter::XlsxWriter(const QString& path, const QString& tempPath, const QString& banner)
    : m_path(path)
    , m_tempPath(tempPath)
    , m_tempDir(QFile::encodeName(QDir::tempPath()))
    , m_worker(std::make_unique<SerialWorker>())
{
    if (!banner.isEmpty()) {
        m_pageHeader = "&C" + headerText(banner);
        m_pageFooter = "&C" + headerText(banner) + "&R&P / &N";
    } else {
        m_pageFooter = "&C&P / &N";
    }
}

XlsxWriter::~XlsxWriter()
{
    discard();
}

Result<std::unique_ptr<XlsxWriter>> XlsxWriter::create(const QString& path, const QString& banner)
{
    using R = Result<std::unique_ptr<XlsxWriter>>;
    const QString shown = QDir::toNativeSeparators(path);
    if (banner.size() > kMaxBannerLength)
        return R::failure(tr("The banner is %1 characters long; a page header holds at most %2.")
                              .arg(banner.size())
                              .arg(kMaxBannerLength));

    // Reserve a name next to the target, so that finish() can rename within one file system.
    // The file stays: libxlsxwriter truncates and fills it, so it keeps QTemporaryFile's owner-only
    // permissions (the register's contents are 機密性2 at least), and so does the renamed result.
    const QFileInfo target(path);
    QTemporaryFile reserved(target.absolutePath() + QLatin1Char('/') + target.fileName() +
                            QLatin1String(".XXXXXX.part"));
    if (!reserved.open())
        return R::failure(tr("Cannot write %1: %2").arg(shown, reserved.errorString()));
    reserved.setAutoRemove(false); // from here on the writer removes it, unless it was renamed
    const QString tempPath = reserved.fileName();
    reserved.close();

    std::unique_ptr<XlsxWriter> writer(new XlsxWriter(path, tempPath, banner));
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as they come: memory stays flat
    options.tmpdir = writer->m_tempDir.data();
    writer->m_workbook = workbook_new_opt(QFile::encodeName(tempPath).constData(), &options);
    if (!writer->m_workbook)
        return R::failure(tr("Cannot start the workbook %1.").arg(shown));

    writer->m_headerFormat = workbook_add_format(writer->m_workbook);
    format_set_bold(writer->m_headerFormat);
    format_set_pattern(writer->m_headerFormat, LXW_PATTERN_SOLID);
    format_set_bg_color(writer->m_headerFormat, 0xDDEBF7);
    format_set_border(writer->m_headerFormat, LXW_BORDER_THIN);
    format_set_text_wrap(writer->m_headerFormat);
    format_set_align(writer->m_headerFormat, LXW_ALIGN_VERTICAL_CENTER);
    writer->m_titleFormat = workbook_add_format(writer->m_workbook);
    format_set_bold(writer->m_titleFormat);
    format_set_font_size(writer->m_titleFormat, 12);
    format_set_align(writer->m_titleFormat, LXW_ALIGN_VERTICAL_CENTER);
    return R(std::move(writer));
}

Status XlsxWriter::addSheet(const QString& name, const QList<XlsxColumn>& columns, const XlsxSheetOptions& options)
{
    if (!m_workbook)
        return Status::failure(tr("The workbook is already finished."));
    if (const Status drained = drain(); !drained)
        return drained;
    if (const Status ended = endSheet(); !ended)
        return ended;
    if (name.isEmpty())
        return Status::failure(tr("A sheet needs a name."));
    if (name.compare(choicesSheetName(), Qt::CaseInsensitive) == 0)
        return sheetNameProblem(name, LXW_ERROR_SHEETNAME_ALREADY_USED);
    if (columns.size() > LXW_COL_MAX)
        return Status::failure(
            tr("The sheet “%1” has %2 columns; Excel allows %3.").arg(name).arg(columns.size()).arg(LXW_COL_MAX));
    const QByteArray sheetName = name.toUtf8();
    if (const lxw_error error = workbook_validate_sheet_name(m_workbook, sheetName.constData()))
        return sheetNameProblem(name, error);
    lxw_worksheet* sheet = workbook_add_worksheet(m_workbook, sheetName.constData());
    if (!sheet)
        return libraryError(tr("Cannot add the sheet “%1”").arg(name), LXW_ERROR_MEMORY_MALLOC_FAILED);

    m_sheet = sheet;
    m_sheetName = name;
    m_columns = int(columns.size());
    m_row = 0;
    m_autoFilter = options.autoFilter && m_columns > 0;
    for (lxw_col_t c = 0; c < lxw_col_t(m_columns); ++c)
        worksheet_set_column(sheet, c, c, qBound(0.0, columns[c].width, 255.0), nullptr); // Excel's range

    lxw_error error = LXW_NO_ERROR;
    if (!options.title.isEmpty()) {
        const QByteArray title = cellText(options.title);
        error = m_columns > 1
                    ? worksheet_merge_range(sheet, 0, 0, 0, lxw_col_t(m_columns - 1), title.constData(), m_titleFormat)
                    : worksheet_write_string(sheet, 0, 0, title.constData(), m_titleFormat);
        ++m_row;
    }
    m_headerRow = m_row;
    for (lxw_col_t c = 0; c < lxw_col_t(m_columns) && !error; ++c)
        error = worksheet_write_string(sheet, m_row, c, cellText(columns[c].header).constData(), m_headerFormat);
    if (error)
        return libraryError(tr("Cannot write the header of sheet “%1”").arg(name), error);
    if (m_columns > 0)
        ++m_row;
    if (options.freezeHeader && m_row > 0)
        worksheet_freeze_panes(sheet, m_row, 0);

    for (int c = 0; c < m_columns; ++c) {
        if (const Status added = addValidation(c, columns[c].choices); !added)
            return added;
    }

    // Printing: the banner on every page, the header row repeated, as wide as one page.
    if (!m_pageHeader.isEmpty())
        error = worksheet_set_header(sheet, m_pageHeader.constData());
    if (!error)
        error = worksheet_set_footer(sheet, m_pageFooter.constData());
    if (error)
        return libraryError(tr("Cannot set the page header of sheet “%1”").arg(name), error);
    if (m_columns > 0)
        worksheet_repeat_rows(sheet, m_headerRow, m_headerRow);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    // Every cell is text on purpose (codes like "0012"); Excel should not flag them.
    worksheet_ignore_errors(sheet, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576");
    return success();
}

Status XlsxWriter::writeRow(const QStringList& cells)
{
    if (!m_sheet)
        return Status::failure(m_workbook ? tr("No sheet has been started to write rows to.")
                                          : tr("The workbook is already finished."));
    if (m_rowsFailed.load(std::memory_order_relaxed))
        return drain();
    if (m_row >= LXW_ROW_MAX)
        return Status::failure(tr("The sheet “%1” is full: Excel allows %2 rows.").arg(m_sheetName).arg(LXW_ROW_MAX));
    if (cells.size() > LXW_COL_MAX)
        return Status::failure(tr("Row %1 of sheet “%2” has %3 cells; Excel allows %4 columns.")
                                   .arg(m_row + 1)
                                   .arg(m_sheetName)
                                   .arg(cells.size())
                                   .arg(LXW_COL_MAX));
    PendingRow pending;
    pending.row = m_row;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (cells[c].isEmpty())
            continue;
        QByteArray text = cellText(cells[c]);
        if (utf8Length(text) > kMaxCellLength)
            return Status::failure(tr("Row %1, column %2 of sheet “%3”: a cell holds at most %4 characters.")
                                       .arg(m_row + 1)
                                       .arg(c + 1)
                                       .arg(m_sheetName)
                                       .arg(kMaxCellLength));
        pending.cells.emplace_back(quint16(c), std::move(text));
    }
    m_pending.push_back(std::move(pending));
    ++m_row;
    if (m_pending.size() >= kBatchRows)
        postRows();
    return success();
}

void XlsxWriter::postRows()
{
    if (m_pending.empty())
        return;
    m_worker->post([this, sheet = m_sheet, name = m_sheetName, rows = std::move(m_pending)] {
        if (m_rowsFailed.load(std::memory_order_relaxed))
            return;
        for (const PendingRow& row : rows) {
            for (const auto& [column, text] : row.cells) {
                if (const lxw_error error = worksheet_write_string(sheet, row.row, column, text.constData(), nullptr)) {
                    m_rowsFailure =
                        libraryError(tr("Cannot write row %1 of sheet “%2”").arg(row.row + 1).arg(name), error);
                    m_rowsFailed.store(true, std::memory_order_relaxed);
                    return;
                }
            }
        }
    });
    m_pending = {};
    m_pending.reserve(kBatchRows);
}

Status XlsxWriter::drain()
{
    postRows();
    m_worker->run([] {});
    if (m_rowsFailure)
        return *m_rowsFailure;
    return success();
}

Status XlsxWriter::writeCells(const QList<XlsxCell>& cells)
{
    if (!m_sheet)
        return Status::failure(m_workbook ? tr("No sheet has been started to write rows to.")
                                          : tr("The workbook is already finished."));
    if (const Status drained = drain(); !drained)
        return drained;
    if (m_row >= LXW_ROW_MAX)
        return Status::failure(tr("The sheet “%1” is full: Excel allows %2 rows.").arg(m_sheetName).arg(LXW_ROW_MAX));
    for (lxw_col_t c = 0; c < lxw_col_t(std::min<qsizetype>(cells.size(), LXW_COL_MAX)); ++c) {
        const XlsxCell& cell = cells[c];
        lxw_format* format = nullptr;
        if (cell.fill != 0 || cell.bold) {
            const quint64 key = (quint64(cell.fill) << 1) | (cell.bold ? 1 : 0);
            format = m_cellFormats.value(key);
            if (!format) {
                format = workbook_add_format(m_workbook);
                if (cell.fill != 0) {
                    format_set_pattern(format, LXW_PATTERN_SOLID);
                    format_set_bg_color(format, cell.fill);
                    format_set_border(format, LXW_BORDER_THIN);
                    format_set_align(format, LXW_ALIGN_CENTER);
                }
                if (cell.bold)
                    format_set_bold(format);
                m_cellFormats.insert(key, format);
            }
        }
        lxw_error error = LXW_NO_ERROR;
        if (cell.number)
            error = worksheet_write_number(m_sheet, m_row, c, *cell.number, format);
        else if (!cell.text.isEmpty())
            error = worksheet_write_string(m_sheet, m_row, c, cellText(cell.text).constData(), format);
        else if (format)
            error = worksheet_write_blank(m_sheet, m_row, c, format);
        if (error)
            return libraryError(tr("Cannot write row %1 of sheet “%2”").arg(m_row + 1).arg(m_sheetName), error);
    }
    ++m_row;
    return success();
}

Status XlsxWriter::finish()
{
    return finish([] { return true; });
}

Status XlsxWriter::finish(const std::function<bool()>& keepWaiting)
{
    if (!m_workbook)
        return Status::failure(tr("The workbook is already finished."));
    if (const Status drained = drain(); !drained) {
        discard();
        return drained;
    }
    if (const Status ended = endSheet(); !ended) {
        discard();
        return ended;
    }
    const QString shown = QDir::toNativeSeparators(m_path);
    // libxlsxwriter assembles and compresses the whole package in workbook_close: on the worker,
    // so that a window showing progress stays responsive meanwhile.
    Status closed = success();
    const bool kept =
        m_worker->run([this, &closed] { closed = closeWorkbook(); }, keepWaiting, std::chrono::milliseconds(100));
    if (!kept) {
        discard();
        return Status::failure(tr("The export was cancelled; no file was written."));
    }
    if (!closed) {
        discard();
        return closed;
    }
    std::error_code failure;
    std::filesystem::rename(nativePath(m_tempPath), nativePath(m_path), failure);
    if (failure) {
        discard();
        return Status::failure(tr("Cannot save %1: %2").arg(shown, QString::fromLocal8Bit(failure.message())));
    }
    m_tempPath.clear();
    return success();
}

Status XlsxWriter::endSheet()
{
    // The filter covers the rows written; it is known only now (libxlsxwriter writes it at the end).
    if (m_sheet && m_autoFilter) {
        const lxw_row_t last = qMax(m_headerRow, m_row - 1);
        const lxw_error error = worksheet_autofilter(m_sheet, m_headerRow, 0, last, lxw_col_t(m_columns - 1));
        if (error)
            return libraryError(tr("Cannot add the filter to sheet “%1”").arg(m_sheetName), error);
    }
    m_sheet = nullptr;
    return success();
}

Status XlsxWriter::addValidation(int column, const QStringList& choices)
{
    QStringList items;
    QSet<QString> seen;
    qsizetype length = -1;
    bool inlineList = true;
    for (const QString& choice : choices) {
        if (choice.isEmpty() || seen.contains(choice))
            continue;
        seen.insert(choice);
        items << choice;
        length += choice.size() + 1;
        // In the validation itself the list is one comma-separated, quoted string.
        if (choice.contains(QLatin1Char(',')) || choice.contains(QLatin1Char('"')))
            inlineList = false;
    }
    if (items.isEmpty())
        return success();
    inlineList = inlineList && length <= kMaxInlineChoicesLength;

    lxw_data_validation validation{};
    QList<QByteArray> utf8;
    std::vector<char*> list;
    QByteArray formula;
    if (inlineList) {
        for (const QString& item : std::as_const(items))
            utf8 << item.toUtf8();
        for (QByteArray& item : utf8)
            list.push_back(item.data());
        list.push_back(nullptr);
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        validation.value_list = list.data();
    } else {
        auto range = writeChoices(items);
        if (!range)
            return Status(range.problems());
        formula = range.value().toUtf8();
        validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        validation.value_formula = formula.data();
    }
    const lxw_error error = worksheet_data_validation_range(m_sheet, m_row, lxw_col_t(column), LXW_ROW_MAX - 1,
                                                            lxw_col_t(column), &validation);
    if (error)
        return libraryError(
            tr("Cannot add the list of choices to column %1 of sheet “%2”").arg(column + 1).arg(m_sheetName), error);
    return success();
}

Result<QString> XlsxWriter::writeChoices(const QStringList& choices)
{
    if (!m_choices) {
        // Created when first needed, so it never comes first (the first sheet is the one shown).
        m_choices = workbook_add_worksheet(m_workbook, choicesSheetName().toUtf8().constData());
        if (!m_choices)
            return Result<QString>(
                libraryError(tr("Cannot add the sheet of choices"), LXW_ERROR_MEMORY_MALLOC_FAILED).problems());
        worksheet_hide(m_choices);
    }
    if (m_choicesRow + quint64(choices.size()) > LXW_ROW_MAX)
        return Result<QString>::failure(tr("The lists of choices have more than %1 entries.").arg(LXW_ROW_MAX));
    const quint32 first = m_choicesRow;
    for (const QString& choice : choices) {
        const lxw_error error =
            worksheet_write_string(m_choices, m_choicesRow++, 0, cellText(choice).constData(), nullptr);
        if (error)
            return Result<QString>(libraryError(tr("Cannot write the list of choices"), error).problems());
    }
    return QStringLiteral("='%1'!$A$%2:$A$%3").arg(choicesSheetName()).arg(first + 1).arg(m_choicesRow);
}

Status XlsxWriter::sheetNameProblem(const QString& name, int error) const
{
    switch (error) {
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
        return Status::failure(tr("The sheet name “%1” is too long: Excel allows at most 31 characters.").arg(name));
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER:
        return Status::failure(
            tr("The sheet name “%1” contains a character Excel does not allow there: [ ] : * ? / \\").arg(name));
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
        return Status::failure(tr("The sheet name “%1” may not begin or end with an apostrophe.").arg(name));
    case LXW_ERROR_SHEETNAME_ALREADY_USED:
        return Status::failure(tr("The workbook already has a sheet named “%1”.").arg(name));
    default:
        return libraryError(tr("Cannot add the sheet “%1”").arg(name), error);
    }
}

Status XlsxWriter::libraryError(const QString& what, int error) const
{
    return Status::failure(tr("%1: %2", "what failed: libxlsxwriter's reason")
                               .arg(what, QString::fromUtf8(lxw_strerror(lxw_error(error)))));
}

Status XlsxWriter::closeWorkbook()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    XlsxZipOutput output(m_tempPath);                   // see XlsxZipOutput.h: libxlsxwriter's zip may go through it
    const lxw_error error = workbook_close(m_workbook); // frees the workbook, whatever the outcome
    m_workbook = nullptr;
    QString reason;
    if (!output.close(&reason))
        return Status::failure(tr("Cannot write %1: %2").arg(shown, reason));
    if (error)
        return libraryError(tr("Cannot write %1").arg(shown), error);
    return success();
}

void XlsxWriter::discard()
{
    m_pending.clear();
    m_worker->run([] {}); // rows already queued still go to the workbook, which is thrown away
    if (m_workbook) {
        // libxlsxwriter has no way to abandon a workbook but writing it; the file goes next.
        closeWorkbook();
    }
    m_sheet = nullptr;
    m_choices = nullptr;
    if (!m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
        m_tempPath.clear();
    }
}

} // namespace daicho
