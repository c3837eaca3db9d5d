#pragma once

#include "ServiceContext.h"
#include "common/Result.h"
#include "domain/Person.h"
#include "domain/RoleAssignment.h"

#include <QCoreApplication>

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
    struct Transfer {
        QList<qint64> endedRoles;   // `from`'s assignments, now ended
        QList<qint64> createdRoles; // `to`'s new assignments
        QList<qint64> movedAssets;
    };
    Result<Transfer> transfer(qint64 from, qint64 to, QDate effective);

    static constexpr int kMaxNameLength = 100;

private:
    Problems validate(const Person& person) const;
    Problems validate(const RoleAssignment& assignment) const;
    ServiceContext& m_ctx;
};

} // namespace daicho
