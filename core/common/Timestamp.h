#pragma once

#include <QDateTime>
#include <QString>

namespace daicho {

// The one text form of a moment in the register: UTC, milliseconds, "2026-11-27T09:00:00.000Z".
// Written for every row and audit event, so it is formatted by hand: QDateTime::toString()
// goes through a general formatter that costs more than the rest of a row's bookkeeping.
class Timestamp {
public:
    static QString toText(const QDateTime& moment);
    static QDateTime fromText(const QString& text);
};

} // namespace daicho
