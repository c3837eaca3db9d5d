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
    cl.parser().addOption(templateOption);
    if (!cl.parse(args))
        return ExitUsage;
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
    return ExitOk;
}

} // namespace daicho
