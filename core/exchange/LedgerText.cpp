#include "LedgerText.h"

namespace daicho {

namespace {
bool isPlainAscii(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}
} // namespace

QString LedgerText::key(const QString& text)
{
    // Most cells are plain ASCII or already-normal Japanese; NFKC is only paid where it matters.
    const QString folded = isPlainAscii(text) ? text : text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded)
        if (!c.isSpace())
            out.append(c);
    return out.toCaseFolded();
}

} // namespace daicho
