#pragma once

// Small helpers shared by the core suites (header-only, so each suite stays one executable).

#include "common/Problem.h"
#include "service/Register.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

#include <initializer_list>

namespace daicho::test {

// The project builds with QT_NO_CAST_FROM_ASCII; these keep expected values readable.
inline QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

inline QStringList u8List(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* t : texts)
        list << QString::fromUtf8(t);
    return list;
}

// The field keys of a list of problems, in order.
inline QStringList fieldsOf(const Problems& problems)
{
    QStringList fields;
    for (const Problem& p : problems)
        fields << p.field;
    return fields;
}

inline QList<int> rowsOf(const Problems& problems)
{
    QList<int> rows;
    for (const Problem& p : problems)
        rows << p.row;
    return rows;
}

inline qint64 auditCount(Register& reg)
{
    Result<qint64> n = reg.audit().count();
    if (!n)
        qFatal("cannot count audit events: %s", qPrintable(n.errorText()));
    return n.value();
}

// The newest audit event (by id), read straight from the table.
struct LastEvent {
    QString actor;
    QString entity;
    qint64 entityId = 0;
    QString action;
    QString beforeJson;
    QString afterJson;
};

inline LastEvent lastAuditEvent(Register& reg)
{
    QSqlQuery q(reg.database().connection());
    if (!q.exec(QStringLiteral("SELECT actor, entity, entity_id, action, before_json, after_json FROM audit_events"
                               " ORDER BY id DESC LIMIT 1")) ||
        !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

// A single-number answer from raw SQL, for checks that go around the repositories.
inline QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// SHA-256 of a file's bytes, to show that a refused open left the file untouched.
inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace daicho::test
