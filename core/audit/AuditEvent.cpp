#include "AuditEvent.h"

#include "common/Timestamp.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace daicho {

QString AuditEvent::computeHash() const
{
    // Each field as its UTF-8 length, a colon and its bytes (a netstring): no field can run into
    // the next, whatever it contains, and nothing is escaped or re-encoded on the way.
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(prevHash.toLatin1());
    sha.addData(QByteArrayView("\n"));
    const QString fields[] = {QString::number(id),
                              Timestamp::toText(at),
                              actor,
                              entity,
                              QString::number(entityId),
                              action,
                              beforeJson,
                              afterJson};
    const auto add = [&sha](const QString& field) {
        const QByteArray bytes = field.toUtf8();
        sha.addData(QByteArray::number(bytes.size()));
        sha.addData(QByteArrayView(":"));
        sha.addData(bytes);
        sha.addData(QByteArrayView(","));
    };
    for (const QString& field : fields)
        add(field);
    if (!afterDigest.isEmpty())
        add(afterDigest);
    return QString::fromLatin1(sha.result().toHex());
}

QString AuditEvent::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditEvent::toJson(const QJsonObject& object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace daicho
