#include "Timestamp.h"

namespace daicho {

namespace {
QChar* put(QChar* out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = QLatin1Char(static_cast<char>('0' + value % 10));
        value /= 10;
    }
    return out + digits;
}
} // namespace

QString Timestamp::toText(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime utc = moment.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    QChar* out = text.data();
    out = put(out, d.year(), 4);
    *out++ = QLatin1Char('-');
    out = put(out, d.month(), 2);
    *out++ = QLatin1Char('-');
    out = put(out, d.day(), 2);
    *out++ = QLatin1Char('T');
    out = put(out, t.hour(), 2);
    *out++ = QLatin1Char(':');
    out = put(out, t.minute(), 2);
    *out++ = QLatin1Char(':');
    out = put(out, t.second(), 2);
    *out++ = QLatin1Char('.');
    out = put(out, t.msec(), 3);
    *out = QLatin1Char('Z');
    return text;
}

QDateTime Timestamp::fromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    return moment.toUTC();
}

} // namespace daicho
