#include "ReportRepository.h"

#include "SqlValues.h"
#include "db/Query.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace daicho {

namespace {
const QString kIssue = QStringLiteral("SELECT id, issued_at, issued_by, scope_unit_id, format, last_event_id,"
                                      " findings_json, version FROM report_issues");

ReportIssue issueRow(const Query& q)
{
    ReportIssue i;
    i.id = q.value(0).toLongLong();
    i.issuedAt = sql::toTimestamp(q.value(1));
    i.issuedBy = q.value(2).toString();
    i.scopeUnitId = q.value(3).toLongLong();
    i.format = q.value(4).toString();
    i.lastEventId = q.value(5).toLongLong();
    const QJsonObject findings = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    for (auto it = findings.constBegin(); it != findings.constEnd(); ++it)
        i.findingsByRule.insert(it.key(), it.value().toInteger());
    i.version = q.value(7).toInt();
    return i;
}
} // namespace

ReportRepository::ReportRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> ReportRepository::insert(const ReportIssue& i)
{
    QJsonObject findings;
    for (auto it = i.findingsByRule.cbegin(); it != i.findingsByRule.cend(); ++it)
        findings.insert(it.key(), it.value());
    Query q(m_db, QStringLiteral("INSERT INTO report_issues (issued_at, issued_by, scope_unit_id, format,"
                                 " last_event_id, findings_json, version) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(0, sql::timestamp(i.issuedAt)).bind(1, i.issuedBy).bind(2, i.scopeUnitId).bind(3, i.format);
    q.bind(4, i.lastEventId)
        .bind(5, QString::fromUtf8(QJsonDocument(findings).toJson(QJsonDocument::Compact)))
        .bind(6, i.version);
    if (Status s = q.exec(); !s)
        return Result<qint64>(s.problems());
    return q.lastInsertId().toLongLong();
}

Result<QList<ReportIssue>> ReportRepository::issues() const
{
    Query q(m_db, kIssue + QStringLiteral(" ORDER BY id"));
    if (Status s = q.exec(); !s)
        return Result<QList<ReportIssue>>(s.problems());
    QList<ReportIssue> list;
    while (q.next())
        list << issueRow(q);
    return q.complete(std::move(list));
}

Result<std::optional<ReportIssue>> ReportRepository::lastIssue(qint64 scopeUnitId, const QDateTime& before) const
{
    Query q(m_db, kIssue + QStringLiteral(" WHERE scope_unit_id = ? AND (? = 0 OR issued_at < ?)"
                                          " ORDER BY id DESC LIMIT 1"));
    q.bind(0, scopeUnitId).bind(1, before.isValid() ? 1 : 0).bind(2, sql::timestamp(before));
    Result<bool> found = q.first();
    if (!found)
        return Result<std::optional<ReportIssue>>(found.problems());
    return found.value() ? std::optional<ReportIssue>(issueRow(q)) : std::nullopt;
}

} // namespace daicho
