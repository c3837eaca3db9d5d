#pragma once

#include "Asset.h"
#include "Threat.h"

#include <QCoreApplication>
#include <QList>

namespace daicho {

// A threat proposed for an asset, with IPA inputs to start from and why it was proposed.
struct RiskSuggestion {
    QString threatKey;
    int threatLevel = 0;        // 脅威の起こりやすさ 1-3
    int vulnerabilityLevel = 0; // 脆弱性のつけ込みやすさ 1-3
    QStringList reasons;        // translated, one per rule that proposed it
};

// The usual threats for an asset, from its category, segment, provision, personal data and
// C/I/A (e.g. インターネット接続系 + 機密性2 → 不正アクセス): a start the user accepts or edits.
// Only active threats of the catalogue are proposed, in catalogue order; each once, with the
// highest inputs any rule gave it.
class RiskSuggester {
    Q_DECLARE_TR_FUNCTIONS(RiskSuggester)

public:
    static QList<RiskSuggestion> suggest(const Asset& asset, const QList<Threat>& catalogue);
};

} // namespace daicho
