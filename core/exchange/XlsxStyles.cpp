#include "XlsxStyles.h"

#include "XlsxPackage.h"
#include "XlsxXml.h"

#include <QDate>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace daicho {

Status XlsxStyles::read(XlsxPackage& package, const QString& part)
{
    auto device = package.openPart(part, XlsxPackage::kMaxSmallPartSize);
    if (!device)
        return Status(device.problems());
    XlsxXml xml(device.value().get());
    QHash<int, Kind> customFormats; // numFmtId → kind; a file may also redefine built-in ids
    std::vector<int> styleFormats;
    if (xml.readNextStartElement()) { // <styleSheet>
        while (xml.readNextStartElement()) {
            const bool formats = xml.name() == QLatin1String("numFmts");
            const bool cellStyles = xml.name() == QLatin1String("cellXfs");
            if (!formats && !cellStyles) {
                xml.skipCurrentElement();
                continue;
            }
            while (xml.readNextStartElement()) {
                const QXmlStreamAttributes attributes = xml.attributes();
                const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                if (formats && xml.name() == QLatin1String("numFmt")) {
                    if (customFormats.size() < kMaxStyles)
                        customFormats.insert(id, formatCodeKind(attributes.value(QLatin1String("formatCode"))));
                } else if (cellStyles && xml.name() == QLatin1String("xf")) {
                    if (styleFormats.size() < std::size_t(kMaxStyles))
                        styleFormats.push_back(id);
                }
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        return Status::failure(device.value()->describeError(xml));

    m_kinds.clear();
    m_kinds.reserve(styleFormats.size());
    for (int id : styleFormats)
        m_kinds.push_back(customFormats.value(id, builtInKind(id)));
    return success();
}

XlsxStyles::Kind XlsxStyles::kind(qsizetype styleIndex) const
{
    if (styleIndex < 0 || std::size_t(styleIndex) >= m_kinds.size())
        return Kind::Number;
    return m_kinds[std::size_t(styleIndex)];
}

XlsxStyles::Kind XlsxStyles::builtInKind(int id)
{
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || id == 45 || id == 47)
        return Kind::Time; // h:mm AM/PM, h"時"mm"分", mm:ss …
    if (id == 46)
        return Kind::Duration; // [h]:mm:ss
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58))
        return Kind::Date; // m/d/yy, yyyy"年"m"月"d"日", ge.m.d (Japanese eras) …
    return Kind::Number;
}

XlsxStyles::Kind XlsxStyles::formatCodeKind(QStringView code)
{
    bool day = false, month = false, time = false, elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = QChar::toLower(code.at(i).unicode());
        if (c == u'"') {
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            if (end < 0)
                break;
            i = end;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i + 1);
            if (end < 0)
                break;
            // [h], [mm], [ss] are elapsed time; colours and locales ([Red], [$-411]) say nothing.
            const QStringView inside = code.mid(i + 1, end - i - 1);
            bool allTime = !inside.isEmpty();
            for (QChar x : inside)
                allTime = allTime && QLatin1String("hHmMsS").contains(x);
            elapsed = elapsed || allTime;
            i = end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped, spacing or fill character follows
        } else if (c == u'y' || c == u'd') {
            day = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    if (elapsed)
        return Kind::Duration;
    if (day)
        return Kind::Date;
    if (time)
        return Kind::Time;
    return month ? Kind::Date : Kind::Number; // "mmm", "m月": a month alone
}

QString XlsxStyles::dateText(double serial, bool date1904, Kind kind)
{
    // 2958465 is 9999-12-31, the last day Excel shows.
    if (kind == Kind::Number || !std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return {};
    const qint64 seconds = std::llround(serial * 86400.0);
    if (kind == Kind::Duration) {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    const qint64 days = seconds / 86400;
    const QTime time = QTime(0, 0).addSecs(int(seconds % 86400));
    // Day 0 of the 1900 system is "1900-01-00": such a value is a time of day.
    if (kind == Kind::Time || (days == 0 && !date1904))
        return time.toString(QStringLiteral("HH:mm:ss"));
    QString date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    else if (days > 60)
        date = QDate(1899, 12, 30).addDays(days).toString(Qt::ISODate);
    else if (days < 60)
        date = QDate(1899, 12, 31).addDays(days).toString(Qt::ISODate);
    else
        date = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, which Excel keeps
    if (time != QTime(0, 0))
        date += QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm:ss"));
    return date;
}

QString XlsxStyles::numberText(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    const double magnitude = std::fabs(value);
    if (value == std::trunc(value) && magnitude < 1e15)
        return QString::number(qint64(value));
    if (magnitude >= 1e-6 && magnitude < 1e21)
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace daicho
