#include "CanonicalJson.h"

namespace daicho {

CanonicalJson::CanonicalJson()
{
    m_out.reserve(1024);
    m_out += QLatin1Char('{');
}

void CanonicalJson::key(QLatin1String name)
{
    if (!m_first)
        m_out += QLatin1Char(',');
    m_first = false;
    m_out += QLatin1Char('"');
    m_out += name;
    m_out += QLatin1String("\":");
}

void CanonicalJson::value(const QString& text)
{
    appendString(m_out, text);
}

void CanonicalJson::textOrNull(const QString& text)
{
    if (text.isEmpty())
        null();
    else
        appendString(m_out, text);
}

void CanonicalJson::value(qint64 number)
{
    m_out += QString::number(number);
}

void CanonicalJson::value(bool flag)
{
    m_out += flag ? QLatin1String("true") : QLatin1String("false");
}

void CanonicalJson::null()
{
    m_out += QLatin1String("null");
}

void CanonicalJson::raw(const QString& json)
{
    m_out += json;
}

QString CanonicalJson::finish()
{
    m_out += QLatin1Char('}');
    return std::move(m_out);
}

void CanonicalJson::appendString(QString& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (u < 0x20) {
                out += QLatin1String("\\u00");
                out += QLatin1Char(hex[u >> 4]);
                out += QLatin1Char(hex[u & 0xf]);
            } else {
                out += c;
            }
        }
    }
    out += QLatin1Char('"');
}

} // namespace daicho
