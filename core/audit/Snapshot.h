#pragma once

#include "domain/Asset.h"
#include "domain/Holding.h"
#include "domain/Inspection.h"
#include "domain/OrgUnit.h"
#include "domain/Person.h"
#include "domain/ReportIssue.h"
#include "domain/Review.h"
#include "domain/Risk.h"
#include "domain/RoleAssignment.h"
#include "domain/Threat.h"
#include "domain/User.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace daicho {

// The canonical JSON form of each record, written into audit events and recomputed from the
// current rows by the verifier: one function per entity so both sides can never disagree.
class Snapshot {
public:
    static QJsonObject of(const Asset& asset);
    static QJsonObject of(const OrgUnit& unit);
    static QJsonObject of(const Person& person);
    static QJsonObject of(const RoleAssignment& role);
    // Without the password hash: the trail records that a password changed, never the hash.
    static QJsonObject of(const User& user);
    static QJsonObject of(const Risk& risk);
    static QJsonObject of(const Threat& threat);
    static QJsonObject of(const Holding& holding);
    static QJsonObject of(const ReviewCampaign& campaign);
    static QJsonObject of(const AssetReview& review);
    static QJsonObject of(const ReviewSignoff& signoff);
    static QJsonObject of(const InspectionItem& item);
    static QJsonObject of(const InspectionResponse& response);
    static QJsonObject of(const ReportIssue& issue);

    // The same as compact JSON text, as the audit trail stores it: text(x) is exactly
    // QJsonDocument(of(x)).toJson(Compact). Assets, written by the hundred thousand, are
    // serialised directly.
    static QString text(const Asset& asset);
    template <typename Record> static QString text(const Record& record)
    {
        return QString::fromUtf8(QJsonDocument(of(record)).toJson(QJsonDocument::Compact));
    }

    // What a compact audit record keeps of a state: "b2b256:" and the hex BLAKE2b-256 of its
    // text (BLAKE2b runs four times faster than Qt's SHA-256 here, and is as collision-resistant).
    static QString digest(const QString& text);

    // Entity names used in the audit trail.
    static QString entityName(const Asset&) { return QStringLiteral("asset"); }
    static QString entityName(const OrgUnit&) { return QStringLiteral("org_unit"); }
    static QString entityName(const Person&) { return QStringLiteral("person"); }
    static QString entityName(const RoleAssignment&) { return QStringLiteral("role"); }
    static QString entityName(const User&) { return QStringLiteral("user"); }
    static QString entityName(const Risk&) { return QStringLiteral("risk"); }
    static QString entityName(const Threat&) { return QStringLiteral("threat"); }
    static QString entityName(const Holding&) { return QStringLiteral("holding"); }
    static QString entityName(const ReviewCampaign&) { return QStringLiteral("review_campaign"); }
    static QString entityName(const AssetReview&) { return QStringLiteral("asset_review"); }
    static QString entityName(const ReviewSignoff&) { return QStringLiteral("review_signoff"); }
    static QString entityName(const InspectionItem&) { return QStringLiteral("inspection_item"); }
    static QString entityName(const InspectionResponse&) { return QStringLiteral("inspection_response"); }
    static QString entityName(const ReportIssue&) { return QStringLiteral("report_issue"); }
};

} // namespace daicho
