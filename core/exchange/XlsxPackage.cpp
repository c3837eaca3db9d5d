#include "XlsxPackage.h"

#include "XlsxXml.h"

#include <QDir>
#include <QFile>
#include <QUrl>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace daicho {

XlsxPartDevice::XlsxPartDevice(QuaZip& zip, bool& busy, const QString& part, qint64 maxSize)
    : m_file(std::make_unique<QuaZipFile>(&zip))
    , m_busy(busy)
    , m_part(part)
    , m_maxSize(maxSize)
{
    m_busy = true;
    if (m_file->open(QIODevice::ReadOnly))
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    else
        m_failure =
            tr("The part %1 of the workbook cannot be unpacked (zip error %2).").arg(m_part).arg(m_file->getZipError());
}

XlsxPartDevice::~XlsxPartDevice()
{
    if (m_file->isOpen())
        m_file->close();
    m_busy = false;
}

qint64 XlsxPartDevice::readData(char* data, qint64 maxSize)
{
    if (!m_failure.isEmpty())
        return -1;
    // Read one byte past the cap so that a part of exactly the cap is still accepted.
    const qint64 room = m_maxSize + 1 - m_read;
    const qint64 count = m_file->read(data, qMin(maxSize, room));
    if (count < 0) {
        m_failure = tr("The part %1 of the workbook is damaged and cannot be unpacked (zip error %2).")
                        .arg(m_part)
                        .arg(m_file->getZipError());
        return -1;
    }
    m_read += count;
    if (m_read > m_maxSize) {
        m_failure = tr("The part %1 of the workbook is larger than %2 MiB when unpacked; it is not read.")
                        .arg(m_part)
                        .arg(m_maxSize >> 20);
        return -1;
    }
    return count;
}

QString XlsxPartDevice::describeError(const XlsxXml& xml) const
{
    if (!m_failure.isEmpty())
        return m_failure;
    return tr("The part %1 of the workbook is damaged (line %2: %3).")
        .arg(m_part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

XlsxPackage::XlsxPackage(std::unique_ptr<QuaZip> zip)
    : m_zip(std::move(zip))
{
}

XlsxPackage::~XlsxPackage() = default;

Result<std::unique_ptr<XlsxPackage>> XlsxPackage::open(const QString& path)
{
    using R = Result<std::unique_ptr<XlsxPackage>>;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot open %1: %2").arg(shown, file.errorString()));
    const QByteArray magic = file.read(8);
    file.close();
    // Excel 97-2003 files and password-protected workbooks are both OLE2 compound documents.
    if (magic == QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return R::failure(tr("%1 is an Excel 97-2003 workbook (.xls) or a password-protected workbook. "
                             "Save it as an Excel workbook (.xlsx) without a password and try again.")
                              .arg(shown));
    if (!magic.startsWith("PK"))
        return R::failure(tr("%1 is not an Excel workbook (.xlsx): it is not a zip archive.").arg(shown));

    auto zip = std::make_unique<QuaZip>(path);
    if (!zip->open(QuaZip::mdUnzip))
        return R::failure(tr("%1 is not an Excel workbook (.xlsx): its zip archive is damaged (zip error %2).")
                              .arg(shown)
                              .arg(zip->getZipError()));
    return R(std::unique_ptr<XlsxPackage>(new XlsxPackage(std::move(zip))));
}

bool XlsxPackage::contains(const QString& part) const
{
    return m_zip->setCurrentFile(part, QuaZip::csInsensitive);
}

Result<std::unique_ptr<XlsxPartDevice>> XlsxPackage::openPart(const QString& part, qint64 maxSize)
{
    using R = Result<std::unique_ptr<XlsxPartDevice>>;
    if (m_busy)
        return R::failure(tr("Internal error: two parts of a workbook were opened at once."));
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive))
        return R::failure(tr("The workbook lacks its part %1.").arg(part));
    auto device = std::make_unique<XlsxPartDevice>(*m_zip, m_busy, part, maxSize);
    if (!device->failure().isEmpty())
        return R::failure(device->failure());
    return R(std::move(device));
}

Result<QList<XlsxRelationship>> XlsxPackage::relationships(const QString& sourcePart)
{
    using R = Result<QList<XlsxRelationship>>;
    const int slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    const QString relsPart =
        sourcePart.left(slash + 1) + QLatin1String("_rels/") + sourcePart.mid(slash + 1) + QLatin1String(".rels");
    if (!contains(relsPart))
        return R(QList<XlsxRelationship>{});
    auto device = openPart(relsPart, kMaxSmallPartSize);
    if (!device)
        return R(device.problems());

    QList<XlsxRelationship> found;
    XlsxXml xml(device.value().get());
    while (xml.findElement(QLatin1String("Relationship"))) {
        if (found.size() >= kMaxRelationships) {
            xml.raiseError(tr("More than %1 relationships.").arg(kMaxRelationships));
            break;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        XlsxRelationship relationship;
        relationship.id = attributes.value(QLatin1String("Id")).toString();
        relationship.type = attributes.value(QLatin1String("Type")).toString();
        if (attributes.value(QLatin1String("TargetMode")) != QLatin1String("External"))
            relationship.target = resolve(sourcePart, attributes.value(QLatin1String("Target")).toString());
        found << relationship;
    }
    if (xml.hasError())
        return R::failure(device.value()->describeError(xml));
    return R(found);
}

QString XlsxPackage::resolve(const QString& sourcePart, const QString& target)
{
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/') + sourcePart.left(sourcePart.lastIndexOf(QLatin1Char('/')) + 1));
    path = QDir::cleanPath(path);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

QStringView XlsxPackage::typeName(const XlsxRelationship& relationship)
{
    return QStringView(relationship.type).mid(relationship.type.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace daicho
