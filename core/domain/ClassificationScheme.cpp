#include "ClassificationScheme.h"

#include <algorithm>

namespace daicho {

namespace {

using R = Restriction;

QList<ClassificationLevel> twoLevelAxis(const char* highJa, const char* highEn, QList<Restriction> usual)
{
    // The guideline's two-level axes map onto 重要度 as 2 → 3 and 1 → 1.
    return {
        {QStringLiteral("2"), 3, {highJa, highEn}, std::move(usual)},
        {QStringLiteral("1"), 1, {"その他", "Other"}, {}},
    };
}

const char* const kIntegrityJa = "改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障"
                                 "（軽微なものを除く。）を及ぼすおそれがある";
const char* const kIntegrityEn =
    "Tampering, error or damage could harm residents' rights or the proper conduct of business";
const char* const kAvailabilityJa = "滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は"
                                    "行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある";
const char* const kAvailabilityEn =
    "Loss or unavailability could harm residents' rights or the stable conduct of business";

ClassificationScheme makeClassic()
{
    ClassificationScheme s;
    s.key = QStringLiteral("classic");
    s.name = {"情報資産の分類（機密性3段階・完全性2段階・可用性2段階）",
              "Classic scheme (C 3 levels, I and A 2 levels)"};
    s.confidentiality = {
        {QStringLiteral("3"),
         3,
         {"秘密文書に相当する機密性を要する", "Needs the secrecy of a secret document"},
         {R::NeedToKnow, R::NoCopy, R::NoDistribution, R::EncryptionRequired, R::NoTakingOut}},
        {QStringLiteral("2"),
         2,
         {"秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない",
          "Not secret, but not for publication as is"},
         {R::CopyNeedsPermission, R::NoDistribution}},
        {QStringLiteral("1"), 1, {"機密性2又は機密性3の情報資産以外の情報資産", "Other (public)"}, {}},
    };
    s.integrity = twoLevelAxis(kIntegrityJa, kIntegrityEn, {R::NoRewrite, R::NoDeletion, R::RetainUntil});
    s.availability = twoLevelAxis(kAvailabilityJa, kAvailabilityEn, {R::RecoverWithin});
    return s;
}

ClassificationScheme makeGuideline2024()
{
    ClassificationScheme s = makeClassic();
    s.key = QStringLiteral("guideline2024");
    s.name = {"自治体機密性（令和6年改定：3A/3B/3C/2/1）", "Municipal confidentiality (2024 revision: 3A/3B/3C/2/1)"};
    const ClassificationLevel c3 = s.confidentiality.at(0);
    s.confidentiality = {
        {QStringLiteral("3A"),
         3,
         {"自治体機密性3A（特に機密性の高い情報）", "Municipal confidentiality 3A (highest)"},
         c3.usualRestrictions},
        {QStringLiteral("3B"), 3, {"自治体機密性3B", "Municipal confidentiality 3B"}, c3.usualRestrictions},
        {QStringLiteral("3C"), 3, {"自治体機密性3C", "Municipal confidentiality 3C"}, c3.usualRestrictions},
        s.confidentiality.at(1),
        s.confidentiality.at(2),
    };
    return s;
}

} // namespace

const QList<ClassificationLevel>& ClassificationScheme::levels(Axis axis) const
{
    switch (axis) {
    case Axis::Confidentiality:
        return confidentiality;
    case Axis::Integrity:
        return integrity;
    case Axis::Availability:
        break;
    }
    return availability;
}

const ClassificationLevel* ClassificationScheme::level(Axis axis, const QString& code) const
{
    for (const ClassificationLevel& l : levels(axis))
        if (l.code == code)
            return &l;
    return nullptr;
}

QString ClassificationScheme::ratingLabel(const QString& c, const QString& i, const QString& a)
{
    const auto part = [](const QString& v) { return v.isEmpty() ? QStringLiteral("-") : v; };
    return QLatin1Char('C') + part(c) + QLatin1Char('I') + part(i) + QLatin1Char('A') + part(a);
}

int ClassificationScheme::importance(const QString& c, const QString& i, const QString& a) const
{
    const ClassificationLevel* lc = level(Axis::Confidentiality, c);
    const ClassificationLevel* li = level(Axis::Integrity, i);
    const ClassificationLevel* la = level(Axis::Availability, a);
    if (!lc || !li || !la)
        return 0;
    return std::max({lc->importance, li->importance, la->importance});
}

QList<Restriction> ClassificationScheme::usualRestrictions(const QString& c, const QString& i, const QString& a) const
{
    QList<Restriction> wanted;
    const std::pair<Axis, QString> ratings[] = {
        {Axis::Confidentiality, c}, {Axis::Integrity, i}, {Axis::Availability, a}};
    for (const auto& [axis, code] : ratings)
        if (const ClassificationLevel* l = level(axis, code))
            wanted << l->usualRestrictions;
    QList<Restriction> ordered;
    for (Restriction r : enumValues<Restriction>())
        if (wanted.contains(r))
            ordered << r;
    return ordered;
}

const ClassificationScheme& ClassificationScheme::classic()
{
    static const ClassificationScheme scheme = makeClassic();
    return scheme;
}

const ClassificationScheme& ClassificationScheme::guideline2024()
{
    static const ClassificationScheme scheme = makeGuideline2024();
    return scheme;
}

const ClassificationScheme* ClassificationScheme::find(const QString& key)
{
    for (const ClassificationScheme* s : all())
        if (s->key == key)
            return s;
    return nullptr;
}

QList<const ClassificationScheme*> ClassificationScheme::all()
{
    return {&classic(), &guideline2024()};
}

Label axisLabel(Axis axis)
{
    switch (axis) {
    case Axis::Confidentiality:
        return {"機密性", "Confidentiality"};
    case Axis::Integrity:
        return {"完全性", "Integrity"};
    case Axis::Availability:
        break;
    }
    return {"可用性", "Availability"};
}

QString axisKey(Axis axis)
{
    switch (axis) {
    case Axis::Confidentiality:
        return QStringLiteral("confidentiality");
    case Axis::Integrity:
        return QStringLiteral("integrity");
    case Axis::Availability:
        break;
    }
    return QStringLiteral("availability");
}

} // namespace daicho
