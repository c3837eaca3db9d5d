#pragma once

#include "AssetService.h"
#include "ComplianceService.h"
#include "HoldingService.h"
#include "InspectionService.h"
#include "OrgService.h"
#include "PeopleService.h"
#include "ReportService.h"
#include "ReviewService.h"
#include "RiskService.h"
#include "ServiceContext.h"
#include "ThreatService.h"
#include "UserService.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "db/Database.h"

#include <QCoreApplication>

#include <memory>

namespace daicho {

class Clock;

// An open register and the services over it: the one engine behind the GUI, the CLI and the
// tests. Every write goes through these services, so validation and audit always happen.
class Register {
    Q_DECLARE_TR_FUNCTIONS(Register)

public:
    // Opens an existing register (migrating an older schema).
    static Result<std::unique_ptr<Register>> open(const QString& path, const Clock& clock = Clock::system());
    // Creates a new register; refuses to touch an existing file.
    static Result<std::unique_ptr<Register>> create(const QString& path, const Clock& clock = Clock::system());
    // Opens the register, creating it with the Noshiro template when it does not exist yet.
    static Result<std::unique_ptr<Register>> openOrCreateDefault(const QString& path,
                                                                 const Clock& clock = Clock::system());

    Database& database() { return *m_db; }
    const Clock& clock() const { return m_ctx.clock; }
    OrgService& org() { return m_org; }
    PeopleService& people() { return m_people; }
    AssetService& assets() { return m_assets; }
    AuditLog& audit() { return m_audit; }
    UserService& users() { return m_users; }
    RiskService& risks() { return m_risks; }
    ThreatService& threats() { return m_threats; }
    HoldingService& holdings() { return m_holdings; }
    ComplianceService& compliance() { return m_compliance; }
    ReviewService& reviews() { return m_reviews; }
    InspectionService& inspections() { return m_inspections; }
    ReportService& reports() { return m_reports; }

    // A register with users is used signed in: the audit trail then names the user.
    Result<bool> requiresSignIn() const;
    Status signIn(const QString& login, const QString& password);
    // The security office's first account on a register without users: its person and its
    // administrator login in one transaction (a refused login or password leaves no stray
    // person), then signed in.
    Status createFirstAdministrator(const QString& personName, const QString& login, const QString& password);
    // On a shared register: the register's user whose server login the connection was made with
    // (empty when there is none, and for a file). That user signs in without a second password:
    // the server has checked it.
    Result<QString> serverUser();
    Status signInAsServerUser();
    // Whether the user signed in that way (another user cannot sign in on that connection).
    bool signedInByServer() const { return m_signedInByServer; }
    void signOut();
    const std::optional<User>& signedInUser() const { return m_ctx.user; }
    // Whether the signed-in user may change the organisation, people and roles (the reason if not).
    Status mayManage() const;
    // Whether they look after any section, so that a new asset can be theirs.
    bool mayCreateAssets() const;
    // Whether they look after anything at all (sections or systems).
    bool mayEditAssets() const;

    // Who the audit trail names for the changes made through this register.
    QString actor() const { return m_ctx.actor; }
    // An empty name falls back to the system user: the audit trail always names someone.
    void setActor(const QString& actor) { m_ctx.actor = actor.trimmed().isEmpty() ? systemUser() : actor; }
    static QString systemUser();

    Result<QString> setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);

private:
    Register(std::unique_ptr<Database> db, const Clock& clock);
    static Result<std::unique_ptr<Register>> open(std::unique_ptr<Database> db, const Clock& clock);
    Status signIn(const Result<User>& user);
    Status makeFirstAdministrator(const QString& personName, const QString& login, const QString& password);

    std::unique_ptr<Database> m_db;
    AuditLog m_audit;
    ServiceContext m_ctx;
    OrgService m_org;
    PeopleService m_people;
    AssetService m_assets;
    UserService m_users;
    RiskService m_risks;
    ThreatService m_threats;
    HoldingService m_holdings;
    ComplianceService m_compliance;
    ReviewService m_reviews;
    InspectionService m_inspections;
    ReportService m_reports;
    bool m_signedInByServer = false;
};

} // namespace daicho
