#include "XlsxReader.h"

#include "XlsxPackage.h"
#include "XlsxSharedStrings.h"
#include "XlsxStyles.h"
#include "XlsxXml.h"

#include <QDateTime>
#include <QDir>

namespace daicho {

namespace {

// "AB12" → 27 (0-based column); -1 when the reference has no column letters.
int columnIndex(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && column <= XlsxReader::kMaxColumns; ++i) {
        const char16_t c = reference.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else
            break;
    }
    return i == 0 ? -1 : column - 1;
}

// A t="d" cell holds an ISO 8601 date or time; give it the shape numeric dates get.
QString isoDateText(const QString& value)
{
    const QString text = value.trimmed();
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    if (moment.isValid()) {
        return moment.time() == QTime(0, 0) ? moment.date().toString(Qt::ISODate)
                                            : moment.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.toString(Qt::ISODate);
    const QTime time = QTime::fromString(text, Qt::ISODate);
    if (time.isValid())
        return time.toString(QStringLiteral("HH:mm:ss"));
    return value;
}

} // namespace

XlsxReader::XlsxReader()
    : m_strings(std::make_unique<XlsxSharedStrings>())
    , m_styles(std::make_unique<XlsxStyles>())
{
}

XlsxReader::~XlsxReader()
{
    // The XML reader uses the device, which uses the zip.
    m_xml.reset();
    m_device.reset();
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString& path, const QString& sheet)
{
    using R = Result<std::unique_ptr<XlsxReader>>;
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    auto package = XlsxPackage::open(path);
    if (!package)
        return R(package.problems());
    reader->m_package = package.take();
    XlsxPackage& zip = *reader->m_package;

    // The package relationships name the workbook part; xl/workbook.xml is where everyone puts it.
    auto rootRelationships = zip.relationships(QString());
    if (!rootRelationships)
        return R(rootRelationships.problems());
    QString workbookPart;
    for (const XlsxRelationship& relationship : rootRelationships.value()) {
        if (XlsxPackage::typeName(relationship) == QLatin1String("officeDocument") &&
            zip.contains(relationship.target)) {
            workbookPart = relationship.target;
            break;
        }
    }
    if (workbookPart.isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!zip.contains(workbookPart))
        return R::failure(tr("%1 is not an Excel workbook (.xlsx): it is a zip archive without a workbook in it.")
                              .arg(QDir::toNativeSeparators(path)));

    Status status = reader->readWorkbook(workbookPart);
    if (status)
        status = reader->openSheet(workbookPart, sheet);
    if (!status)
        return R(status.problems());
    return R(std::move(reader));
}

Status XlsxReader::readWorkbook(const QString& workbookPart)
{
    auto device = m_package->openPart(workbookPart, XlsxPackage::kMaxSmallPartSize);
    if (!device)
        return Status(device.problems());
    XlsxXml xml(device.value().get());
    for (;;) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.depth() == 2 && xml.name() == QLatin1String("workbookPr")) {
            const QStringView date1904 = attributes.value(QLatin1String("date1904"));
            m_date1904 = date1904 == QLatin1String("1") || date1904 == QLatin1String("true");
        } else if (xml.depth() == 3 && xml.name() == QLatin1String("sheet")) {
            if (m_sheets.size() >= kMaxSheets) {
                xml.raiseError(tr("The workbook has more than %1 sheets.").arg(kMaxSheets));
                break;
            }
            const QStringView state = attributes.value(QLatin1String("state"));
            m_sheets << Sheet{attributes.value(QLatin1String("name")).toString(),
                              xlsxAttribute(attributes, QLatin1String("id")).toString(),
                              state == QLatin1String("hidden") || state == QLatin1String("veryHidden")};
        }
    }
    if (xml.hasError())
        return Status::failure(device.value()->describeError(xml));
    if (m_sheets.isEmpty())
        return Status::failure(tr("The workbook has no sheets."));
    return success();
}

Status XlsxReader::openSheet(const QString& workbookPart, const QString& wanted)
{
    if (wanted.isEmpty()) {
        m_sheet = 0;
        for (qsizetype i = 0; i < m_sheets.size(); ++i) {
            if (!m_sheets[i].hidden) {
                m_sheet = i;
                break;
            }
        }
    } else {
        // Excel treats sheet names case-insensitively; an exact match still wins.
        for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            for (qsizetype i = 0; i < m_sheets.size() && m_sheet < 0; ++i) {
                if (m_sheets[i].name.compare(wanted, cs) == 0)
                    m_sheet = i;
            }
        }
        if (m_sheet < 0) {
            QStringList names = visibleSheetNames();
            if (names.isEmpty())
                names = sheetNames();
            return Status::failure(tr("The workbook has no sheet named “%1”. Its sheets are: %2.")
                                       .arg(wanted, names.join(tr(", ", "between sheet names"))));
        }
    }

    auto relationships = m_package->relationships(workbookPart);
    if (!relationships)
        return Status(relationships.problems());
    QString sheetPart, stylesPart, stringsPart;
    bool worksheet = false;
    for (const XlsxRelationship& relationship : relationships.value()) {
        const QStringView type = XlsxPackage::typeName(relationship);
        if (relationship.id == m_sheets[m_sheet].relationshipId) {
            sheetPart = relationship.target;
            worksheet = type == QLatin1String("worksheet");
        } else if (type == QLatin1String("styles")) {
            stylesPart = relationship.target;
        } else if (type == QLatin1String("sharedStrings")) {
            stringsPart = relationship.target;
        }
    }
    if (sheetPart.isEmpty() || !m_package->contains(sheetPart))
        return Status::failure(tr("The sheet “%1” is missing from the workbook file.").arg(sheetName()));
    if (!worksheet)
        return Status::failure(tr("The sheet “%1” is not a worksheet (it may be a chart).").arg(sheetName()));

    // Some writers leave out the relationships of these two; their usual place is a fair guess.
    if (stylesPart.isEmpty() && m_package->contains(QStringLiteral("xl/styles.xml")))
        stylesPart = QStringLiteral("xl/styles.xml");
    if (stringsPart.isEmpty() && m_package->contains(QStringLiteral("xl/sharedStrings.xml")))
        stringsPart = QStringLiteral("xl/sharedStrings.xml");
    if (!stylesPart.isEmpty() && m_package->contains(stylesPart)) {
        const Status status = m_styles->read(*m_package, stylesPart);
        if (!status)
            return status;
    }
    if (!stringsPart.isEmpty() && m_package->contains(stringsPart)) {
        const Status status = m_strings->read(*m_package, stringsPart);
        if (!status)
            return status;
    }

    auto device = m_package->openPart(sheetPart, XlsxPackage::kMaxPartSize);
    if (!device)
        return Status(device.problems());
    m_device = device.take();
    m_xml = std::make_unique<XlsxXml>(m_device.get());
    if (!m_xml->findElement(QLatin1String("sheetData"))) {
        if (m_xml->hasError())
            return Status::failure(
                tr("The sheet “%1” cannot be read: %2").arg(sheetName(), m_device->describeError(*m_xml)));
        m_done = true; // a sheet with no data at all
    }
    return success();
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet& sheet : m_sheets)
        names << sheet.name;
    return names;
}

QStringList XlsxReader::visibleSheetNames() const
{
    QStringList names;
    for (const Sheet& sheet : m_sheets) {
        if (!sheet.hidden)
            names << sheet.name;
    }
    return names;
}

QString XlsxReader::sheetName() const
{
    return m_sheet >= 0 ? m_sheets[m_sheet].name : QString();
}

bool XlsxReader::next(SourceRow& row)
{
    while (!m_done) {
        if (!m_xml->readNextStartElement()) { // </sheetData>, or a broken file
            if (m_xml->hasError())
                fail(m_device->describeError(*m_xml));
            m_done = true;
            break;
        }
        if (m_xml->name() != QLatin1String("row")) {
            m_xml->skipCurrentElement();
            continue;
        }
        if (!readRow(row)) {
            fail(m_device->describeError(*m_xml));
            break;
        }
        if (!row.cells.isEmpty())
            return true;
    }
    m_xml.reset();
    m_device.reset();
    return false;
}

bool XlsxReader::readRow(SourceRow& row)
{
    bool numbered = false;
    const qint64 number = m_xml->attributes().value(QLatin1String("r")).toLongLong(&numbered);
    m_lastRow = numbered && number > 0 ? number : m_lastRow + 1;
    row.line = m_lastRow;
    row.cells.clear();

    int nextColumn = 0;
    while (m_xml->readNextStartElement()) {
        if (m_xml->name() != QLatin1String("c")) {
            m_xml->skipCurrentElement();
            continue;
        }
        const QXmlStreamAttributes attributes = m_xml->attributes();
        const QStringView reference = attributes.value(QLatin1String("r"));
        const int column = reference.isEmpty() ? nextColumn : columnIndex(reference);
        if (column < 0 || column >= kMaxColumns) {
            m_xml->raiseError(tr("Row %1 has a cell at “%2”, which is no cell Excel can have.")
                                  .arg(m_lastRow)
                                  .arg(reference.isEmpty() ? QString::number(column + 1) : reference.toString()));
            return false;
        }
        QString value, inlineText;
        while (m_xml->readNextStartElement()) {
            if (m_xml->name() == QLatin1String("v"))
                value = m_xml->readElementText();
            else if (m_xml->name() == QLatin1String("is"))
                inlineText = XlsxSharedStrings::readItem(*m_xml);
            else
                m_xml->skipCurrentElement(); // <f>: formulas are never evaluated
        }
        const QString text = cellText(attributes.value(QLatin1String("t")), attributes.value(QLatin1String("s")), value,
                                      inlineText, m_lastRow);
        if (m_xml->hasError())
            return false;
        nextColumn = column + 1;
        if (text.isEmpty())
            continue;
        while (row.cells.size() < column)
            row.cells.append(QString());
        if (row.cells.size() == column)
            row.cells.append(text);
        else
            row.cells[column] = text; // cells out of order: the later one wins, as in Excel
    }
    return !m_xml->hasError();
}

QString XlsxReader::cellText(QStringView type, QStringView style, const QString& value, const QString& inlineText,
                             qint64 rowNumber)
{
    if (type == QLatin1String("inlineStr"))
        return inlineText.isEmpty() ? XlsxSharedStrings::unescape(value) : inlineText;
    if (value.isEmpty())
        return {};
    if (type == QLatin1String("s")) {
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_strings->size()) {
            m_xml->raiseError(
                tr("Row %1 refers to shared string %2, which the workbook does not have.").arg(rowNumber).arg(value));
            return {};
        }
        return m_strings->at(index);
    }
    if (type == QLatin1String("str"))
        return XlsxSharedStrings::unescape(value);
    if (type == QLatin1String("e"))
        return value;
    if (type == QLatin1String("b")) {
        const QString flag = value.trimmed();
        if (flag == QLatin1String("1"))
            return QStringLiteral("TRUE");
        if (flag == QLatin1String("0"))
            return QStringLiteral("FALSE");
        return value;
    }
    if (type == QLatin1String("d"))
        return isoDateText(value);

    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    if (!style.isEmpty()) {
        const QString date = XlsxStyles::dateText(number, m_date1904, m_styles->kind(style.toLongLong()));
        if (!date.isEmpty())
            return date;
    }
    return XlsxStyles::numberText(number);
}

void XlsxReader::fail(const QString& message)
{
    m_error = tr("The sheet “%1” cannot be read: %2").arg(sheetName(), message);
    m_done = true;
}

QString XlsxReader::error() const
{
    return m_error;
}

} // namespace daicho
