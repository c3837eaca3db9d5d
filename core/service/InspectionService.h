#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/Inspection.h"
#include "domain/OrgUnit.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace daicho {

// Self-inspection (自己点検, 第7条): each section answers the checklist once a 年度 (実施 / 一部実施 /
// 未実施 / 該当なし, with a comment where something is missing); the security office keeps the
// checklist and sees the answers summed per department and for the city. Through the access policy
// and the audit trail, like every other change.
class InspectionService {
    Q_DECLARE_TR_FUNCTIONS(InspectionService)

public:
    explicit InspectionService(ServiceContext& context);

    // The 年度 answers are recorded for: today's.
    int fiscalYear() const;

    // In checklist order; retired items only when asked for.
    Result<QList<InspectionItem>> items(bool withRetired = false) const;
    // The security office adds, rewords, reorders or retires items; keys never change.
    Result<qint64> addItem(InspectionItem item);
    Status updateItem(const InspectionItem& item);

    // A section's answer to an item this 年度 (again, if it answered before). 一部実施 and 未実施
    // need a comment saying what is missing.
    Status answer(qint64 sectionId, qint64 itemId, InspectionAnswer answer, const QString& comment = {});
    // Takes an answer back (undo of a first answer).
    Status clearAnswer(qint64 sectionId, qint64 itemId);
    // The active sections the signed-in user answers for, in the organisation's order.
    Result<QList<OrgUnit>> sections() const;
    // This 年度's answers of a section, by item id.
    Result<QHash<qint64, InspectionResponse>> answers(qint64 sectionId) const;

    // This 年度's answers summed per department (in the organisation's order) and for the city,
    // over the active sections the signed-in user may see.
    struct Summary {
        struct Row {
            qint64 unitId = 0;
            QString name;
            InspectionTally tally;
        };
        QList<Row> departments;
        InspectionTally city;
    };
    Result<Summary> summary() const;

    static constexpr int kMaxTextLength = 500;

private:
    Problems check(const InspectionItem& item) const;
    Result<InspectionItem> askedItem(qint64 itemId) const;
    Status allowAnswer(qint64 sectionId) const;
    ServiceContext& m_ctx;
};

} // namespace daicho
