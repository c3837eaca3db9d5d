#include "InitCommand.h"

#include "CommandLine.h"
#include "service/Register.h"
#include "service/TemplateService.h"

namespace daicho {

int InitCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption templateOption(QStringLiteral("template"), tr("Organisation template."),
                                            QStringLiteral("name"), QStringLiteral("noshiro"));
    const QCommandLineOption adminOption(QStringLiteral("admin"),
                                         tr("The first administrator's login (password from DAICHO_PASSWORD, or "
                                            "asked for)."),
                                         QStringLiteral("LOGIN"));
    const QCommandLineOption personOption(QStringLiteral("person"),
                                          tr("The administrator's name (default: the login)."), QStringLiteral("NAME"));
    cl.parser().addOption(templateOption);
    cl.parser().addOption(adminOption);
    cl.parser().addOption(personOption);
    if (!cl.parse(args))
        return ExitUsage;
    if (cl.parser().isSet(personOption) && !cl.parser().isSet(adminOption))
        return cl.usageError(tr("--person names the administrator given with --admin."));
    const QString templateName = cl.parser().value(templateOption);
    if (!TemplateService::available().contains(templateName))
        return cl.usageError(tr("Unknown template \"%1\" (available: %2).")
                                 .arg(templateName, TemplateService::available().join(QStringLiteral(", "))));

    Result<std::unique_ptr<Register>> reg = Register::create(ctx.dbPath, ctx.clock);
    if (!reg) {
        ctx.err << reg.errorText() << Qt::endl;
        return ExitFailure;
    }
    if (templateName == QLatin1String("noshiro")) {
        if (Status s = TemplateService(*reg.value()).apply(TemplateService::noshiro()); !s) {
            ctx.err << s.errorText() << Qt::endl;
            return ExitFailure;
        }
    }
    const qint64 units = reg.value()->org().count().value();
    ctx.out << tr("Created the register %1 with %2 organisation units.").arg(ctx.dbPath).arg(units) << Qt::endl;
    if (!cl.parser().isSet(adminOption))
        return ExitOk;

    // The security office's first account: from now on the register is used signed in.
    const QString login = cl.parser().value(adminOption).trimmed();
    const QString person = cl.parser().isSet(personOption) ? cl.parser().value(personOption) : login;
    const QString password = CommandLine::secret("DAICHO_PASSWORD", tr("Password for %1: ").arg(login), ctx);
    if (Status s = reg.value()->createFirstAdministrator(person, login, password); !s) {
        ctx.err << s.errorText() << Qt::endl;
        return ExitFailure;
    }
    ctx.out << tr("Created the administrator %1.").arg(login) << Qt::endl;
    if (reg.value()->database().isServer())
        ctx.out << tr("%1 connects to the shared register as the server login %1 with this password.").arg(login)
                << Qt::endl;
    return ExitOk;
}

} // namespace daicho
