#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace daicho {

class XlsxPackage;
class XlsxXml;

// The shared string table (xl/sharedStrings.xml), the one part a reader must hold in memory.
// Kept as one buffer plus end offsets, so a million short strings cost little more than their text.
class XlsxSharedStrings {
    Q_DECLARE_TR_FUNCTIONS(XlsxSharedStrings)

public:
    static constexpr qsizetype kMaxCount = 4 << 20;        // strings
    static constexpr qsizetype kMaxTotalLength = 64 << 20; // characters, all strings together

    Status read(XlsxPackage& package, const QString& part);
    qsizetype size() const { return qsizetype(m_ends.size()); }
    QString at(qsizetype index) const;

    // The text of a string item (<si> or <is>, the current element): plain <t>, or rich-text
    // runs <r><t> concatenated. Phonetic runs (<rPh>, the furigana Japanese Excel adds) are left out.
    static QString readItem(XlsxXml& xml);
    // Undoes the _xHHHH_ escapes Excel uses for control characters (and _x005F_ for "_").
    static QString unescape(const QString& text);

private:
    QString m_text;
    std::vector<qsizetype> m_ends;
};

} // namespace daicho
