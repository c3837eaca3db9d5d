#include "BackupCommand.h"

#include "CommandLine.h"
#include "audit/AuditVerifier.h"
#include "db/Database.h"
#include "db/RegisterBackup.h"
#include "service/Register.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace daicho {

int BackupCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    if (!cl.parse(args, 1))
        return ExitUsage;
    const QStringList positional = cl.parser().positionalArguments();
    if (positional.isEmpty())
        return cl.usageError(tr("Where to? Give the path of the backup file to write."));
    if (Database::isServerLocation(ctx.dbPath)) {
        ctx.err << RegisterBackup::sharedRegisterMessage(ctx.dbPath) << Qt::endl;
        return ExitFailure;
    }
    const QString target = positional.constFirst();
    std::unique_ptr<Register> reg = cl.openRegister();
    if (!reg)
        return cl.failure();
    // A backup holds every record of the register: the security office's to take.
    if (Status allowed = reg->mayManage(); !allowed) {
        ctx.err << allowed.errorText() << Qt::endl;
        return ExitDenied;
    }
    Result<QString> written = RegisterBackup::copyTo(reg->database(), target);
    if (!written) {
        ctx.err << written.errorText() << Qt::endl;
        return ExitFailure;
    }
    reg.reset();

    // The copy is worth keeping only if it opens and its audit trail verifies.
    Result<AuditReport> report = RegisterBackup::verifyCopy(target);
    if (!report) {
        ctx.err << tr("The backup %1 was written but cannot be checked: %2").arg(target, report.errorText())
                << Qt::endl;
        return ExitFailure;
    }
    for (const AuditFinding& f : report.value().findings)
        ctx.err << f.message << Qt::endl;
    if (!report.value().clean()) {
        ctx.err << tr("The audit trail of the backup %1 does not verify; the register itself needs checking "
                      "(verify-audit).")
                       .arg(target)
                << Qt::endl;
        return ExitFailure;
    }
    ctx.out << tr("Backed up the register to %1 (%2), readable by its owner only. Its audit trail is intact: %3 "
                  "events checked, %4 records match their last event.")
                   .arg(QDir::toNativeSeparators(target), QLocale().formattedDataSize(QFileInfo(target).size()))
                   .arg(report.value().eventsChecked)
                   .arg(report.value().recordsChecked)
            << Qt::endl;
    return ExitOk;
}

} // namespace daicho
