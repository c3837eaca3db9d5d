#pragma once

#include "audit/AuditVerifier.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace daicho {

// Puts a backup in the place of a register file. The backup is never touched: it is read only,
// copied into an owner-only file beside the register, checked there (a Daicho register, a schema
// this version knows, an audit chain that verifies), and that checked copy is renamed over the
// register in one step, after the register was itself copied beside it (RegisterBackup). A
// register open in another program or window is refused, never replaced under its feet.
class RegisterRestore {
    Q_DECLARE_TR_FUNCTIONS(RegisterRestore)

public:
    // What a backup holds, for the user to confirm before it replaces the register.
    struct Candidate {
        QString file;
        int schemaVersion = 0;
        qint64 assets = 0;
        QDateTime lastEventAt; // invalid when the audit trail is empty
        AuditReport audit;
    };

    RegisterRestore(QString registerPath, const Clock& clock = Clock::system());
    ~RegisterRestore(); // removes a checked copy that was not used
    RegisterRestore(const RegisterRestore&) = delete;
    RegisterRestore& operator=(const RegisterRestore&) = delete;

    // Reads and checks `backupFile`; an audit chain that does not verify is reported in the
    // candidate, not refused here (replace() decides).
    Result<Candidate> inspect(const QString& backupFile);
    // Replaces the register with the inspected backup. Refuses a backup whose audit trail does not
    // verify unless `force`. Returns the path of the copy of the replaced register (empty when
    // there was no register yet).
    Result<QString> replace(bool force);

    // Fails, naming the register, when another connection (a window, another program) has it open.
    static Status ensureNotInUse(const QString& registerPath);

private:
    void discardStaged();

    QString m_registerPath;
    const Clock& m_clock;
    QString m_staged; // the checked copy beside the register
    Candidate m_candidate;
};

} // namespace daicho
