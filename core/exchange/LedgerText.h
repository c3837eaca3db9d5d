#pragma once

#include "domain/EnumTable.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace daicho {

// How ledger text is compared: width-folded (全角/半角 via NFKC), without spaces, case-folded.
// 「機密性３」, 「機密性 3」 and 「機密性3」 all give the same key.
class LedgerText {
public:
    // Only for matching: stored values (names, notes) are kept exactly as the file wrote them.
    static QString key(const QString& text);

    // Key → value for an enumeration: its Japanese and English labels, its stable key, and the
    // aliases people write in ledgers.
    template <typename E> static QHash<QString, E> index(const QList<std::pair<E, const char*>>& aliases = {})
    {
        QHash<QString, E> map;
        for (const auto& e : enumEntries<E>()) {
            map.insert(key(e.label.text(Language::Japanese)), e.value);
            map.insert(key(e.label.text(Language::English)), e.value);
            map.insert(key(QString::fromLatin1(e.key)), e.value);
        }
        for (const auto& [value, alias] : aliases)
            map.insert(key(QString::fromUtf8(alias)), value);
        return map;
    }
};

} // namespace daicho
