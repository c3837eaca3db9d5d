#include "ReportCommand.h"

#include "CommandLine.h"
#include "exchange/CommitteeWorkbook.h"
#include "report/CommitteeReport.h"
#include "service/Register.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace daicho {

int ReportCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   tr("Report on this unit's subtree (names from the body down joined by /); "
                                      "the whole city without it."),
                                   QStringLiteral("PATH"));
    cl.parser().addOption(scope);
    if (!cl.parse(args, 1))
        return ExitUsage;
    const QString path = cl.parser().positionalArguments().value(0);
    if (path.isEmpty())
        return cl.usageError(tr("Say where to write the report (.xlsx)."));
    if (QFileInfo(path).suffix().toLower() != QLatin1String("xlsx"))
        return cl.usageError(tr("%1: the report is written as an Excel workbook (.xlsx) for now.").arg(path));
    std::unique_ptr<Register> reg = cl.openRegister();
    if (!reg)
        return cl.failure();
    qint64 unit = 0;
    if (cl.parser().isSet(scope)) {
        unit = unitAtPath(reg->org().units().valueOr({}), cl.parser().value(scope));
        if (unit == 0)
            return cl.usageError(tr("--scope: no unit has the path %1.").arg(cl.parser().value(scope)));
    }
    QElapsedTimer timer;
    timer.start();
    const Result<CommitteeReport> report = CommitteeReportBuilder(*reg).build(unit);
    if (!report) {
        ctx.err << report.errorText() << Qt::endl;
        return ExitFailure;
    }
    if (Status s = CommitteeWorkbook::write(report.value(), path); !s) {
        ctx.err << s.errorText() << Qt::endl;
        return ExitFailure;
    }
    ctx.out << tr("Report on %1 written to %2 in %3 s.")
                   .arg(report.value().scopeName, path)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
            << Qt::endl;
    return ExitOk;
}

} // namespace daicho
