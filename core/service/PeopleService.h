#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/Asset.h"
#include "domain/Person.h"
#include "domain/RoleAssignment.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace daicho {

// People (職員等) and their 第5条 roles, with the scope rules of each role enforced here.
class PeopleService {
    Q_DECLARE_TR_FUNCTIONS(PeopleService)

public:
    explicit PeopleService(ServiceContext& context);

    Result<qint64> createPerson(Person person);
    Status updatePerson(Person person);
    Result<QList<Person>> people() const;
    Result<qint64> count() const;

    // Deletes a person nothing refers to (taking back their creation).
    Status removePerson(qint64 personId);

    Result<qint64> assignRole(RoleAssignment assignment);
    // Changes an assignment's dates (an end taken back); the same rules as assigning.
    Status updateRole(const RoleAssignment& assignment);
    // Deletes an assignment made by mistake (taking it back); ending one keeps the history.
    Status removeRole(qint64 assignmentId);
    // Ends an assignment on a date (人事異動); the history stays.
    Status endRole(qint64 assignmentId, QDate lastDay);
    Result<QList<RoleAssignment>> currentRoles(qint64 personId) const;
    Result<QList<RoleAssignment>> currentHolders(Role role, qint64 unitId = 0) const;
    // Every assignment, ended ones included, in the order they were made.
    Result<QList<RoleAssignment>> allRoles() const;

    // 人事異動: `to` takes over `from`'s roles and the assets that name `from` (as manager,
    // custodian, system administrator or SNS responsible) on `effective`; `from`'s roles end the
    // day before, so who held which role when stays in the history. All or nothing, audited.
    // What a person answers for today: what a transfer would hand over.
    struct Responsibilities {
        qint64 roles = 0;
        qint64 assets = 0; // active assets naming them as manager, custodian, administrator or SNS responsible
        qint64 risks = 0;  // open risks they own
    };
    Result<Responsibilities> responsibilitiesOf(qint64 personId) const;

    // Open risks `from` owned go to `to` as well (closed ones keep their owner, as history).
    struct Transfer {
        qint64 from = 0;
        qint64 to = 0;
        QDate effective;
        QList<qint64> endedRoles;   // `from`'s assignments, now ended
        QList<QDate> previousEnds;  // their last days before the transfer (usually none)
        QList<qint64> createdRoles; // `to`'s new assignments
        QList<qint64> movedAssets;
        QHash<qint64, int> movedFields; // per moved asset: which of its people named `from` (kTransferred…)
        QList<qint64> movedRisks;
    };
    Result<Transfer> transfer(qint64 from, qint64 to, QDate effective);
    // Takes a transfer back (its undo): `to`'s new roles are deleted, `from`'s end as they did
    // before, and exactly the fields and risks that moved name `from` again. Audited.
    Status undoTransfer(const Transfer& transfer);

    enum TransferredField {
        kTransferredManager = 1,
        kTransferredCustodian = 2,
        kTransferredSystemAdmin = 4,
        kTransferredSnsResponsible = 8
    };

    static constexpr int kMaxNameLength = 100;

private:
    // Puts `to` in the asset's people fields among `fields` that name `from`; returns those it changed.
    static int swapPerson(Asset& asset, qint64 from, qint64 to, int fields);
    Status setRiskOwner(qint64 riskId, qint64 ownerId);
    Problems validate(const Person& person) const;
    Problems validate(const RoleAssignment& assignment) const;
    ServiceContext& m_ctx;
};

} // namespace daicho
