#pragma once

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace daicho {

// A QXmlStreamReader with the guards a file from outside needs: a cap on element nesting and on
// the text of one element, and no DTD (no XLSX part has one; refusing it rules out entity tricks).
// Navigation mirrors QXmlStreamReader, but goes through readNext() here so the depth is counted.
class XlsxXml {
    Q_DECLARE_TR_FUNCTIONS(XlsxXml)

public:
    static constexpr int kMaxDepth = 64;
    static constexpr qsizetype kMaxTextLength = 1 << 20; // characters in one element
    // Bytes of the part read for one token: a text of kMaxTextLength characters in UTF-8, and a chunk.
    static constexpr qint64 kMaxTokenBytes = 4 * qint64(kMaxTextLength) + (64 << 10);

    explicit XlsxXml(QIODevice* device);

    QXmlStreamReader::TokenType readNext();
    // The next child element of the current element; false at its end (or on an error).
    bool readNextStartElement();
    void skipCurrentElement();
    // The text of the current element and its children (rich-text runs have none we keep).
    QString readElementText();
    // Moves to the first descendant start element with this local name; false if there is none.
    bool findElement(QLatin1String name);

    QStringView name() const { return m_xml.name(); }
    bool isStartElement() const { return m_xml.isStartElement(); }
    bool isEndElement() const { return m_xml.isEndElement(); }
    QXmlStreamAttributes attributes() const { return m_xml.attributes(); }
    int depth() const { return m_depth; }

    bool hasError() const { return m_xml.hasError(); }
    QString errorString() const { return m_xml.errorString(); }
    qint64 lineNumber() const { return m_xml.lineNumber(); }
    void raiseError(const QString& message) { m_xml.raiseError(message); }

private:
    QIODevice* m_device;
    bool m_inputDone = false;
    QXmlStreamReader m_xml;
    int m_depth = 0;
};

// The value of an attribute by local name, whatever its namespace (r:id, Strict or Transitional).
QStringView xlsxAttribute(const QXmlStreamAttributes& attributes, QLatin1String name);

} // namespace daicho
