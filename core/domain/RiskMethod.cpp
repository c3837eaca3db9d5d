#include "RiskMethod.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace daicho {

namespace {
const QString kIpa = QStringLiteral("ipa");
const QString kFive = QStringLiteral("5x5");
} // namespace

RiskMethod::RiskMethod(Kind kind, int highFrom, int mediumFrom)
    : m_kind(kind)
    , m_highFrom(highFrom)
    , m_mediumFrom(mediumFrom)
{
}

RiskMethod RiskMethod::ipa()
{
    // 6-9 大 (受容できない), 4 中 (管理下で受容), 1-3 小 (受容可能): fixed by the guideline.
    return RiskMethod(Kind::Ipa, 6, 4);
}

RiskMethod RiskMethod::fiveByFive(int highFrom, int mediumFrom)
{
    return RiskMethod(Kind::FiveByFive, highFrom, mediumFrom);
}

std::optional<RiskMethod> RiskMethod::fromSnapshot(const QJsonObject& json)
{
    const QString method = json.value(QStringLiteral("method")).toString();
    if (method == kIpa)
        return ipa();
    if (method != kFive)
        return std::nullopt;
    RiskMethod m =
        fiveByFive(json.value(QStringLiteral("high_from")).toInt(), json.value(QStringLiteral("medium_from")).toInt());
    if (!m.bandProblem().isEmpty())
        return std::nullopt;
    return m;
}

std::optional<RiskMethod> RiskMethod::fromText(const QString& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isObject() ? fromSnapshot(doc.object()) : std::nullopt;
}

QString RiskMethod::key() const
{
    return m_kind == Kind::Ipa ? kIpa : kFive;
}

Label RiskMethod::label() const
{
    return m_kind == Kind::Ipa ? Label{"IPA手法（重要度×被害発生可能性）", "IPA method (importance × likelihood)"}
                               : Label{"5段階手法（発生の可能性×発生時の損失）", "5×5 method (likelihood × impact)"};
}

RiskBand RiskMethod::band(int value) const
{
    if (value >= m_highFrom)
        return RiskBand::High;
    return value >= m_mediumFrom ? RiskBand::Medium : RiskBand::Low;
}

QString RiskMethod::bandProblem() const
{
    if (m_mediumFrom <= 1 || m_mediumFrom >= m_highFrom || m_highFrom > maxValue())
        return QCoreApplication::translate("RiskMethod",
                                           "Bands: medium must start above 1, high above medium, and high at %1 at most")
            .arg(maxValue());
    return {};
}

QJsonObject RiskMethod::snapshot() const
{
    return QJsonObject{{QStringLiteral("method"), key()},
                       {QStringLiteral("high_from"), m_highFrom},
                       {QStringLiteral("medium_from"), m_mediumFrom}};
}

QString RiskMethod::text() const
{
    return QString::fromUtf8(QJsonDocument(snapshot()).toJson(QJsonDocument::Compact));
}

} // namespace daicho
