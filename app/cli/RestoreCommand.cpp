#include "RestoreCommand.h"

#include "CommandLine.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/RegisterRestore.h"
#include "service/Register.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace daicho {

int RestoreCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("Restore even a backup whose audit trail does not verify."));
    cl.parser().addOption(forceOption);
    if (!cl.parse(args, 1))
        return ExitUsage;
    const QStringList positional = cl.parser().positionalArguments();
    if (positional.isEmpty())
        return cl.usageError(tr("Which backup? Give the path of the file to restore."));
    const bool force = cl.parser().isSet(forceOption);

    // Replacing the register is the security office's to do: whoever restores signs in to the
    // register as it is now (when there is one) and must be allowed to manage it.
    if (!Database::isServerLocation(ctx.dbPath) && QFileInfo::exists(ctx.dbPath)) {
        std::unique_ptr<Register> current = cl.openRegister();
        if (current) {
            if (Status allowed = current->mayManage(); !allowed) {
                ctx.err << allowed.errorText() << Qt::endl;
                return ExitDenied;
            }
        } else if (DatabaseError::isDamaged(cl.openProblems())) {
            // A register too damaged to open cannot say who may manage it, and restoring is its
            // way out: whoever may replace its file restores it, and its bytes are kept beside it.
            ctx.err << tr("The register %1 cannot be read, so no one can sign in to it: restoring over it, with the "
                          "damaged file kept beside it as it is.")
                           .arg(ctx.dbPath)
                    << Qt::endl;
        } else {
            return cl.failure();
        }
    }

    RegisterRestore restore(ctx.dbPath, ctx.clock);
    Result<RegisterRestore::Candidate> inspected = restore.inspect(positional.constFirst());
    if (!inspected) {
        ctx.err << inspected.errorText() << Qt::endl;
        return ExitFailure;
    }
    const RegisterRestore::Candidate& c = inspected.value();
    ctx.out << tr("The backup %1 holds %2 assets; its last audit event was at %3.")
                   .arg(QDir::toNativeSeparators(c.file), QString::number(c.assets),
                        c.lastEventAt.isValid() ? QLocale().toString(c.lastEventAt.toLocalTime(), QLocale::ShortFormat)
                                                : tr("(none)"))
            << Qt::endl;
    for (const AuditFinding& f : c.audit.findings)
        ctx.err << f.message << Qt::endl;
    if (!c.audit.clean()) {
        if (!force) {
            ctx.err << tr("The audit trail of the backup %1 does not verify (%n problem(s)); the register was not "
                          "replaced. Restore it anyway only if you know why, with --force.",
                          nullptr, static_cast<int>(c.audit.findings.size()))
                           .arg(c.file)
                    << Qt::endl;
            return ExitFailure;
        }
        ctx.err << tr("Restoring although the audit trail of the backup does not verify (--force).") << Qt::endl;
    }
    Result<QString> kept = restore.replace(force);
    if (!kept) {
        ctx.err << kept.errorText() << Qt::endl;
        return ExitFailure;
    }
    ctx.out << tr("Restored the register %1 from %2.").arg(ctx.dbPath, c.file) << Qt::endl;
    if (!kept.value().isEmpty())
        ctx.out << tr("The register as it was is kept in %1").arg(QDir::toNativeSeparators(kept.value())) << Qt::endl;
    return ExitOk;
}

} // namespace daicho
