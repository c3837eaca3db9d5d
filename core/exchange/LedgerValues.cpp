#include "LedgerValues.h"

#include "LedgerText.h"
#include "domain/ClassificationScheme.h"

#include <QHash>
#include <QRegularExpression>

#include <iterator>
#include <string>

namespace daicho {

namespace {

template <typename E> std::optional<E> lookup(const QHash<QString, E>& index, const QString& text)
{
    const auto it = index.constFind(LedgerText::key(text));
    return it == index.constEnd() ? std::nullopt : std::optional<E>(*it);
}

template <typename E> QString choices()
{
    QStringList labels;
    for (const auto& e : enumEntries<E>())
        labels << e.label.text();
    return labels.join(QStringLiteral(", "));
}

QString notOneOf(const QString& text, const QString& allowed)
{
    return QCoreApplication::translate("LedgerValues", "「%1」 is not one of: %2").arg(text, allowed);
}

// The items of a list cell: split at 、 , ／ ; or a line break (full or half width); each item is
// the part before its first bracket, unless the bracket opens it, as in 「期限付保存（2030年3月まで）」.
QList<QStringView> listItems(QStringView text)
{
    static constexpr char16_t separators[] = u"、,，/／;；\n";
    QList<QStringView> items;
    qsizetype begin = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() &&
            !std::char_traits<char16_t>::find(separators, std::size(separators) - 1, text[i].unicode()))
            continue;
        QStringView item = text.mid(begin, i - begin);
        begin = i + 1;
        for (qsizetype k = 0; k < item.size(); ++k)
            if (item[k] == u'（' || item[k] == u'(') {
                if (k > 0)
                    item.truncate(k);
                break;
            }
        if (!item.trimmed().isEmpty())
            items << item;
    }
    return items;
}

// A ledger repeats a few combinations on thousands of rows («複製要許可、配付禁止»): each thread
// remembers those it has read, in the cache its caller keeps for the enumeration. Bounded in count
// and in the length of what it keeps, so that a hostile file cannot fill memory through it.
template <typename E> using KnownLists = QHash<QString, QList<E>>;
constexpr qsizetype kMaxKnownLists = 1024;
constexpr qsizetype kMaxKnownLength = 256;

template <typename E>
std::optional<QList<E>> list(const QString& text, QString& reason, const QHash<QString, E>& index, KnownLists<E>& known)
{
    if (const auto it = known.constFind(text); it != known.constEnd())
        return *it;
    QList<E> values;
    for (QStringView item : listItems(text)) {
        const std::optional<E> value = lookup(index, item.toString());
        if (!value) {
            reason = notOneOf(item.trimmed().toString(), choices<E>());
            return std::nullopt; // not remembered: the reason is in the language of the moment
        }
        if (!values.contains(*value))
            values << *value;
    }
    // Catalogue order, so the same set always reads and writes the same way.
    QList<E> ordered;
    for (E e : enumValues<E>())
        if (values.contains(e))
            ordered << e;
    if (text.size() > kMaxKnownLength)
        return ordered;
    if (known.size() >= kMaxKnownLists)
        known.clear();
    known.insert(text, ordered);
    return ordered;
}

template <typename E> QString joinLabels(const QList<E>& values)
{
    QStringList labels;
    for (E v : values)
        labels << enumLabel(v, Language::Japanese);
    return labels.join(LedgerValues::listSeparator());
}

int eraBase(const QString& era)
{
    static const QHash<QString, int> bases{
        {QStringLiteral("令和"), 2018}, {QStringLiteral("r"), 2018},    {QStringLiteral("平成"), 1988},
        {QStringLiteral("h"), 1988},    {QStringLiteral("昭和"), 1925}, {QStringLiteral("s"), 1925},
    };
    return bases.value(era, -1);
}

} // namespace

std::optional<AssetCategory> LedgerValues::category(const QString& text, QString& reason)
{
    static const QHash<QString, AssetCategory> index = LedgerText::index<AssetCategory>({
        {AssetCategory::Infrastructure, "ア"},
        {AssetCategory::Information, "イ"},
        {AssetCategory::Document, "ウ"},
    });
    if (std::optional<AssetCategory> found = lookup(index, text))
        return found;
    // 「ア（ネットワーク…）」, 「ア:」: the letter first, then an explanation.
    const QString key = LedgerText::key(text);
    if (key.size() > 1 && QStringLiteral("(:：").contains(key.at(1)))
        if (std::optional<AssetCategory> found = lookup(index, key.left(1)))
            return found;
    reason = notOneOf(text, QStringLiteral("ア, イ, ウ"));
    return std::nullopt;
}

std::optional<NetworkSegment> LedgerValues::segment(const QString& text, QString& reason)
{
    static const QHash<QString, NetworkSegment> index = LedgerText::index<NetworkSegment>({
        {NetworkSegment::MyNumber, "マイナンバー利用事務"},
        {NetworkSegment::MyNumber, "マイナンバー"},
        {NetworkSegment::MyNumber, "個人番号利用事務系"},
        {NetworkSegment::Lgwan, "LGWAN接続"},
        {NetworkSegment::Lgwan, "LGWAN"},
        {NetworkSegment::Internet, "インターネット接続"},
        {NetworkSegment::Internet, "インターネット"},
        {NetworkSegment::None, "該当なし"},
        {NetworkSegment::None, "なし"},
        {NetworkSegment::None, "紙"},
        {NetworkSegment::None, "スタンドアロン"},
    });
    if (std::optional<NetworkSegment> found = lookup(index, text))
        return found;
    reason = notOneOf(text, choices<NetworkSegment>());
    return std::nullopt;
}

std::optional<Provision> LedgerValues::provision(const QString& text, QString& reason)
{
    static const QHash<QString, Provision> index = LedgerText::index<Provision>({
        {Provision::InHouse, "自庁"},
        {Provision::Outsourced, "委託"},
        {Provision::Cloud, "クラウド"},
        {Provision::Cloud, "クラウドサービス"},
        {Provision::Cloud, "外部サービス"},
        {Provision::Sns, "SNS"},
        {Provision::Sns, "ソーシャルメディアサービス"},
    });
    if (std::optional<Provision> found = lookup(index, text))
        return found;
    reason = notOneOf(text, choices<Provision>());
    return std::nullopt;
}

std::optional<AssetStatus> LedgerValues::status(const QString& text, QString& reason)
{
    static const QHash<QString, AssetStatus> index = LedgerText::index<AssetStatus>({
        {AssetStatus::Active, "使用中"},
        {AssetStatus::Active, "運用"},
        {AssetStatus::Disposed, "廃棄"},
    });
    if (std::optional<AssetStatus> found = lookup(index, text))
        return found;
    reason = notOneOf(text, choices<AssetStatus>());
    return std::nullopt;
}

std::optional<QString> LedgerValues::level(const QString& text, QString& reason)
{
    QString key = LedgerText::key(text);
    for (const char* prefix : {"機密性", "完全性", "可用性", "自治体機密性", "レベル", "level", "c", "i", "a"}) {
        const QString p = QString::fromUtf8(prefix);
        if (key.startsWith(p) && key.size() > p.size() && key.at(p.size()).isDigit()) {
            key = key.mid(p.size());
            break;
        }
    }
    // A digit, optionally followed by the 2024 scheme's letter (3A/3B/3C).
    static const QRegularExpression levelPattern(QStringLiteral("^[0-9]+[abc]?$"));
    if (!levelPattern.match(key).hasMatch()) {
        reason = tr("「%1」 is not a level; write a number such as 3, 2 or 1").arg(text);
        return std::nullopt;
    }
    return key.toUpper();
}

std::optional<bool> LedgerValues::yesNo(const QString& text, QString& reason)
{
    static const QHash<QString, bool> index = [] {
        QHash<QString, bool> map;
        for (const char* yes : {"有", "あり", "はい", "済", "○", "〇", "yes", "y", "true", "1"})
            map.insert(LedgerText::key(QString::fromUtf8(yes)), true);
        for (const char* no : {"無", "なし", "いいえ", "未", "×", "no", "n", "false", "0"})
            map.insert(LedgerText::key(QString::fromUtf8(no)), false);
        return map;
    }();
    const auto it = index.constFind(LedgerText::key(text));
    if (it != index.constEnd())
        return *it;
    reason = notOneOf(text, QStringLiteral("有, 無"));
    return std::nullopt;
}

std::optional<QDate> LedgerValues::date(const QString& text, QString& reason)
{
    const QString key = LedgerText::key(text);
    static const QRegularExpression western(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    static const QRegularExpression japanese(
        QStringLiteral("^(令和|平成|昭和|r|h|s)(\\d{1,2}|元)[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    QDate date;
    if (const QRegularExpressionMatch m = western.match(key); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const QRegularExpressionMatch j = japanese.match(key); j.hasMatch()) {
        const int year = j.captured(2) == QStringLiteral("元") ? 1 : j.captured(2).toInt();
        date = QDate(eraBase(j.captured(1)) + year, j.captured(3).toInt(), j.captured(4).toInt());
    }
    if (!date.isValid()) {
        reason = tr("「%1」 is not a date; write it as 2026-04-01, 2026/4/1 or 令和8年4月1日").arg(text);
        return std::nullopt;
    }
    return date;
}

std::optional<QList<Restriction>> LedgerValues::restrictions(const QString& text, QString& reason)
{
    static const QHash<QString, Restriction> index = LedgerText::index<Restriction>({
        {Restriction::RetainUntil, "期限付き保存"},
        {Restriction::NeedToKnow, "関係者以外閲覧禁止"},
        {Restriction::NoTakingOut, "持出禁止"},
    });
    thread_local KnownLists<Restriction> known;
    return list(text, reason, index, known);
}

std::optional<QList<PersonalData>> LedgerValues::personalData(const QString& text, QString& reason)
{
    static const QHash<QString, PersonalData> index = LedgerText::index<PersonalData>({
        {PersonalData::SpecificPersonal, "特定個人情報"},
        {PersonalData::SpecificPersonal, "マイナンバー"},
    });
    thread_local KnownLists<PersonalData> known;
    return list(text, reason, index, known);
}

std::optional<QString> LedgerValues::scheme(const QString& text, QString& reason)
{
    const QString key = LedgerText::key(text);
    for (const ClassificationScheme* s : ClassificationScheme::all())
        if (key == LedgerText::key(s->key) || key == LedgerText::key(s->name.text(Language::Japanese)) ||
            key == LedgerText::key(s->name.text(Language::English)))
            return s->key;
    QStringList keys;
    for (const ClassificationScheme* s : ClassificationScheme::all())
        keys << s->key;
    reason = notOneOf(text, keys.join(QStringLiteral(", ")));
    return std::nullopt;
}

QString LedgerValues::write(AssetCategory category)
{
    return categoryLetter(category);
}
QString LedgerValues::write(NetworkSegment segment)
{
    return enumLabel(segment, Language::Japanese);
}
QString LedgerValues::write(Provision provision)
{
    return enumLabel(provision, Language::Japanese);
}
QString LedgerValues::write(AssetStatus status)
{
    return enumLabel(status, Language::Japanese);
}

QString LedgerValues::write(const std::optional<bool>& value)
{
    if (!value)
        return {};
    return *value ? QStringLiteral("有") : QStringLiteral("無");
}

QString LedgerValues::write(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
QString LedgerValues::write(const QList<Restriction>& restrictions)
{
    return joinLabels(restrictions);
}
QString LedgerValues::write(const QList<PersonalData>& flags)
{
    return joinLabels(flags);
}

} // namespace daicho
