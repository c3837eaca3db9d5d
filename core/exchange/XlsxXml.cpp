#include "XlsxXml.h"

namespace daicho {

XlsxXml::XlsxXml(QIODevice* device)
    : m_device(device)
{
    m_xml.setNamespaceProcessing(true);
}

QXmlStreamReader::TokenType XlsxXml::readNext()
{
    // The part is fed in pieces, not handed over as a device: QXmlStreamReader keeps a whole token
    // (a text, a comment) in memory before returning it, and one token could be the whole part.
    qint64 fed = 0;
    QXmlStreamReader::TokenType token = m_xml.readNext();
    while (token == QXmlStreamReader::Invalid && m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError &&
           !m_inputDone) {
        if (fed > kMaxTokenBytes) {
            m_xml.raiseError(tr("A text is longer than %1 characters.").arg(kMaxTextLength));
            return QXmlStreamReader::Invalid;
        }
        const QByteArray chunk = m_device->read(64 << 10);
        if (chunk.isEmpty())
            m_inputDone = true; // the end, or the device failed (describeError says why)
        m_xml.addData(chunk);
        fed += chunk.size();
        token = m_xml.readNext();
    }
    switch (token) {
    case QXmlStreamReader::StartElement:
        if (++m_depth > kMaxDepth)
            m_xml.raiseError(tr("The XML is nested more than %1 levels deep.").arg(kMaxDepth));
        break;
    case QXmlStreamReader::EndElement:
        --m_depth;
        break;
    case QXmlStreamReader::DTD:
        m_xml.raiseError(tr("The XML contains a document type declaration, which XLSX files never have."));
        break;
    default:
        break;
    }
    return m_xml.hasError() ? QXmlStreamReader::Invalid : token;
}

bool XlsxXml::readNextStartElement()
{
    for (;;) {
        switch (readNext()) {
        case QXmlStreamReader::StartElement:
            return true;
        case QXmlStreamReader::EndElement:
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
}

void XlsxXml::skipCurrentElement()
{
    const int level = m_depth;
    while (m_depth >= level) {
        const QXmlStreamReader::TokenType token = readNext();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return;
    }
}

QString XlsxXml::readElementText()
{
    QString text;
    const int level = m_depth;
    while (m_depth >= level) {
        const QXmlStreamReader::TokenType token = readNext();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return {};
        if (token == QXmlStreamReader::Characters) {
            if (text.size() + m_xml.text().size() > kMaxTextLength) {
                m_xml.raiseError(tr("A text is longer than %1 characters.").arg(kMaxTextLength));
                return {};
            }
            text += m_xml.text();
        }
    }
    return text;
}

bool XlsxXml::findElement(QLatin1String name)
{
    for (;;) {
        const QXmlStreamReader::TokenType token = readNext();
        if (token == QXmlStreamReader::StartElement && m_xml.name() == name)
            return true;
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return false;
    }
}

QStringView xlsxAttribute(const QXmlStreamAttributes& attributes, QLatin1String name)
{
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.name() == name)
            return attribute.value();
    }
    return {};
}

} // namespace daicho
