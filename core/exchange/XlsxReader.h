#pragma once

#include "TableSource.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace daicho {

class XlsxPackage;
class XlsxPartDevice;
class XlsxSharedStrings;
class XlsxStyles;
class XlsxXml;

// Reads one worksheet of an XLSX workbook row by row. The sheet XML is streamed from the zip, so
// memory stays flat in the sheet size; only the shared string table is held whole.
//
// Cells come as text: strings as written; numbers without float noise ("3", "0.1"); numbers in a
// date or time format as "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" or "HH:mm:ss"; booleans as
// TRUE/FALSE; errors as their text ("#N/A"). Formulas are not evaluated: the value Excel cached
// is used. Rows with no value at all are skipped, and trailing empty cells are left out, so
// SourceRow::line (the sheet's row number) is the way to tell where a row was.
class XlsxReader : public TableSource {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static constexpr int kMaxColumns = 16384; // XFD, Excel's last column
    static constexpr int kMaxSheets = 4096;

    // The sheet named `sheet`, or the first visible sheet when empty. An unknown sheet is a
    // failure naming the sheets there are.
    static Result<std::unique_ptr<XlsxReader>> open(const QString& path, const QString& sheet = {});
    ~XlsxReader() override;

    // Every sheet of the workbook in tab order, hidden ones included.
    QStringList sheetNames() const;
    // The sheets a user sees (hidden and very hidden ones left out).
    QStringList visibleSheetNames() const;
    // The sheet being read.
    QString sheetName() const;

    bool next(SourceRow& row) override;
    QString error() const override;

private:
    struct Sheet {
        QString name;
        QString relationshipId;
        bool hidden = false;
    };

    XlsxReader();
    Status readWorkbook(const QString& workbookPart);
    Status openSheet(const QString& workbookPart, const QString& wanted);
    bool readRow(SourceRow& row);
    QString cellText(QStringView type, QStringView style, const QString& value, const QString& inlineText,
                     qint64 rowNumber);
    void fail(const QString& message);

    std::unique_ptr<XlsxPackage> m_package;
    std::unique_ptr<XlsxSharedStrings> m_strings;
    std::unique_ptr<XlsxStyles> m_styles;
    std::unique_ptr<XlsxPartDevice> m_device;
    std::unique_ptr<XlsxXml> m_xml;
    QList<Sheet> m_sheets;
    qsizetype m_sheet = -1;
    bool m_date1904 = false;
    bool m_done = false;
    qint64 m_lastRow = 0;
    QString m_error;
};

} // namespace daicho
