#pragma once

#include <QString>

namespace daicho {

// Writes compact JSON exactly as QJsonDocument::toJson(Compact) would for the same object,
// but straight into text: the audit trail serialises every row it records, and building a
// QJsonObject first costs more than the rest of the write. Callers write keys in sorted order.
class CanonicalJson {
public:
    CanonicalJson();
    void key(QLatin1String name);
    void value(const QString& text);      // a string
    void textOrNull(const QString& text); // null when empty, as Snapshot writes optional text
    void value(qint64 number);
    void value(bool flag);
    void null();
    void raw(const QString& json); // an already-serialised value (an array or object)
    QString finish();

    static void appendString(QString& out, const QString& text);

private:
    QString m_out;
    bool m_first = true;
};

} // namespace daicho
