#include "AuditEvent.h"

#include "common/Timestamp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace daicho {

QString AuditEvent::computeHash() const
{
    // A JSON array keeps the fields apart unambiguously (no separator can be forged inside one).
    const QJsonArray content{QString::number(id),
                             Timestamp::toText(at),
                             actor,
                             entity,
                             QString::number(entityId),
                             action,
                             beforeJson,
                             afterJson};
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(prevHash.toLatin1());
    sha.addData(QByteArrayView("\n"));
    sha.addData(QJsonDocument(content).toJson(QJsonDocument::Compact));
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
