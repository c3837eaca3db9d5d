#include "MigrateCommand.h"

#include "CommandLine.h"
#include "audit/AuditVerifier.h"
#include "db/Database.h"
#include "db/RegisterCopy.h"
#include "db/ServerAccounts.h"
#include "db/Transaction.h"
#include "repo/UserRepository.h"
#include "service/Register.h"

#include <QLocale>

namespace daicho {

void MigrateCommand::admitUsers(Database& target, CliContext& ctx)
{
    // The users connect to a shared register as server logins of their own. Their passwords are
    // known only as hashes, so the logins start without one.
    ServerAccounts accounts(target);
    if (!accounts.applies())
        return;
    Result<QList<User>> users = UserRepository(target).all();
    if (!users) {
        ctx.err << users.errorText() << Qt::endl;
        return;
    }
    QStringList admitted;
    for (const User& u : users.value()) {
        Transaction tx(target);
        Result<bool> login = accounts.admit(u.login, QString());
        if (Status s = login ? tx.commit() : Status(login.problems()); !s) {
            ctx.err << tr("No server login for %1: %2").arg(u.login, s.errorText()) << Qt::endl;
            return;
        }
        admitted << u.login;
    }
    if (!admitted.isEmpty())
        ctx.out << tr("Server logins for %1. Each needs a password before connecting as themselves: "
                      "user passwd LOGIN (as the register's owner signed in as an administrator).")
                       .arg(admitted.join(QStringLiteral(", ")))
                << Qt::endl;
}

int MigrateCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The register to copy (left as it is)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Where the new register goes; it must not exist yet."),
                                      QStringLiteral("LOCATION"));
    cl.parser().addOption(fromOption);
    cl.parser().addOption(toOption);
    if (!cl.parse(args))
        return ExitUsage;
    if (!cl.parser().isSet(fromOption) || !cl.parser().isSet(toOption))
        return cl.usageError(tr("Give both --from and --to."));

    // The source as any command opens it: signed in as --user when it has users. Copying every
    // record (users included) is the security office's to do.
    ctx.dbPath = cl.parser().value(fromOption);
    std::unique_ptr<Register> source = cl.openRegister();
    if (!source)
        return cl.failure();
    if (Status allowed = source->mayManage(); !allowed) {
        ctx.err << allowed.errorText() << Qt::endl;
        return ExitDenied;
    }
    Result<AuditReport> before = AuditVerifier(source->database()).verify();
    if (!before || !before.value().clean()) {
        ctx.err << (before ? tr("The audit trail of %1 does not verify (run verify-audit); nothing was copied.")
                                 .arg(source->database().path())
                           : before.errorText())
                << Qt::endl;
        return ExitFailure;
    }

    Result<std::unique_ptr<Database>> target =
        Database::open(cl.parser().value(toOption), Database::OpenMode::MustBeNew);
    if (!target) {
        ctx.err << target.errorText() << Qt::endl;
        return ExitFailure;
    }
    // A large register takes minutes: say where the copy is, every 100,000 rows of a table.
    Result<RegisterCopy::Counts> copied =
        RegisterCopy::run(source->database(), *target.value(), [&ctx](const QString& table, qint64 rows) {
            if (rows % 100000 < 400)
                ctx.err << tr("%1: %2 rows copied").arg(table, QLocale().toString(rows)) << Qt::endl;
        });
    if (!copied) {
        ctx.err << copied.errorText() << Qt::endl;
        return ExitFailure;
    }
    const RegisterCopy::Counts& n = copied.value();
    ctx.out << tr("Copied %1 rows (%2 assets, %3 audit events) from %4 to %5.")
                   .arg(QString::number(n.rows), QString::number(n.assets), QString::number(n.auditEvents),
                        source->database().path(), target.value()->path())
            << Qt::endl;
    Result<AuditReport> after = AuditVerifier(*target.value()).verify();
    if (!after) {
        ctx.err << after.errorText() << Qt::endl;
        return ExitFailure;
    }
    for (const AuditFinding& f : after.value().findings)
        ctx.err << f.message << Qt::endl;
    if (!after.value().clean())
        return ExitFailure;
    ctx.out << tr("The audit trail of the copy is intact: %1 events checked, %2 records match their last event.")
                   .arg(after.value().eventsChecked)
                   .arg(after.value().recordsChecked)
            << Qt::endl;
    admitUsers(*target.value(), ctx);
    return ExitOk;
}

} // namespace daicho
