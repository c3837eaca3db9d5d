#pragma once

#include <QString>

namespace daicho {

// How ledger text is compared: width-folded (全角/半角 via NFKC), without spaces, case-folded.
// 「機密性３」, 「機密性 3」 and 「機密性3」 all give the same key.
class LedgerText {
public:
    // Only for matching: stored values (names, notes) are kept exactly as the file wrote them.
    static QString key(const QString& text);
};

} // namespace daicho
