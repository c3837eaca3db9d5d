#pragma once

#include "EnumTable.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace daicho {

// 実施 / 一部実施 / 未実施 / 該当なし: a section's answer to one item of the self-inspection.
enum class InspectionAnswer { Done, Partial, NotDone, NotApplicable };
template <> const QList<EnumEntry<InspectionAnswer>>& enumEntries<InspectionAnswer>();

// One obligation of the regulation a section checks itself against (自己点検, 第7条). The
// checklist starts as InspectionChecklist::defaults(); the security office may add items or retire
// them. Answers name an item by id; a retired item keeps its answers but is not asked any more.
struct InspectionItem {
    qint64 id = 0;
    QString key;
    QString article; // e.g. 第6条(2)ア
    QString textJa;
    QString textEn;
    int position = 0;
    bool active = true;
    int version = 0;

    QString text(Language language = LanguageSetting::current()) const
    {
        return language == Language::Japanese || textEn.isEmpty() ? textJa : textEn;
    }
};

// A section's answer to an item in a 年度; who answered is the audit's actor.
struct InspectionResponse {
    qint64 id = 0;
    int fiscalYear = 0;
    qint64 sectionId = 0;
    qint64 itemId = 0;
    InspectionAnswer answer = InspectionAnswer::Done;
    QString comment;
    QString answeredBy;
    QDateTime answeredAt;
    int version = 0;
};

// Answers counted for a department or the city: how far the obligations are carried out.
struct InspectionTally {
    qint64 sections = 0;
    qint64 asked = 0; // sections × active items
    QHash<InspectionAnswer, qint64> answers;

    qint64 answered() const;
    qint64 unanswered() const { return asked - answered(); }
    // 実施率: done counts whole, partly done half, of the items that apply; -1 with none answered.
    double rate() const;
    void add(const InspectionTally& other);
};

} // namespace daicho
