#include "XlsxSharedStrings.h"

#include "XlsxPackage.h"
#include "XlsxXml.h"

namespace daicho {

Status XlsxSharedStrings::read(XlsxPackage& package, const QString& part)
{
    m_text.clear();
    m_ends.clear();
    auto device = package.openPart(part, XlsxPackage::kMaxPartSize);
    if (!device)
        return Status(device.problems());
    XlsxXml xml(device.value().get());
    if (xml.readNextStartElement()) { // <sst>
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("si")) {
                xml.skipCurrentElement();
                continue;
            }
            const QString item = readItem(xml);
            if (size() >= kMaxCount) {
                xml.raiseError(tr("The workbook has more than %1 shared strings.").arg(kMaxCount));
                break;
            }
            if (m_text.size() + item.size() > kMaxTotalLength) {
                xml.raiseError(tr("The shared strings of the workbook exceed %1 characters.").arg(kMaxTotalLength));
                break;
            }
            m_text += item;
            m_ends.push_back(m_text.size());
        }
    }
    if (xml.hasError()) {
        const QString message = device.value()->describeError(xml);
        m_text.clear();
        m_ends.clear();
        return Status::failure(message);
    }
    m_text.squeeze();
    return success();
}

QString XlsxSharedStrings::at(qsizetype index) const
{
    if (index < 0 || index >= size())
        return {};
    const qsizetype begin = index == 0 ? 0 : m_ends[std::size_t(index - 1)];
    return m_text.mid(begin, m_ends[std::size_t(index)] - begin);
}

QString XlsxSharedStrings::readItem(XlsxXml& xml)
{
    QString text;
    auto append = [&xml, &text](const QString& part) {
        if (text.size() + part.size() > XlsxXml::kMaxTextLength)
            xml.raiseError(tr("A text is longer than %1 characters.").arg(XlsxXml::kMaxTextLength));
        else
            text += part;
    };
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("t")) {
            append(xml.readElementText());
        } else if (xml.name() == QLatin1String("r")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("t"))
                    append(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement(); // <rPh> furigana, <phoneticPr>
        }
    }
    return unescape(text);
}

static int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

QString XlsxSharedStrings::unescape(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x') &&
            text.at(i + 6) == QLatin1Char('_')) {
            int code = 0;
            for (qsizetype k = i + 2; k < i + 6 && code >= 0; ++k) {
                const int digit = hexValue(text.at(k));
                code = digit < 0 ? -1 : code * 16 + digit;
            }
            if (code >= 0) {
                out += QChar(char16_t(code));
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

} // namespace daicho
