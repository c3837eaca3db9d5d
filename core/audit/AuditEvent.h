#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace daicho {

// One link of the audit chain. Its hash covers the previous event's hash and every field of
// its own, so editing, deleting or reordering events breaks the chain from that point on.
struct AuditEvent {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString entity;
    qint64 entityId = 0;
    QString action;
    QString beforeJson;  // compact JSON as stored; empty for a creation
    QString afterJson;   // compact JSON as stored; empty for a deletion or a compact record
    QString afterDigest; // compact records (bulk imports): Snapshot::digest of the state instead
    QString prevHash;
    QString hash;

    // Hex SHA-256 over prevHash and each field as a length-prefixed UTF-8 string; the digest of
    // a compact record is one more field (events without one hash as they always did).
    QString computeHash() const;

    static QString genesisHash();
    static QString toJson(const QJsonObject& object);
};

} // namespace daicho
