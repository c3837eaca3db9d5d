#include "ReportCommand.h"

#include "CommandLine.h"
#include "paint/CommitteeReportFile.h"
#include "report/CommitteeReport.h"
#include "service/Register.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

namespace daicho {

int ReportCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   tr("Report on this unit's subtree (names from the body down joined by /); "
                                      "the whole city without it."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("List the changes since this day (YYYY-MM-DD), or since the last report for "
                                      "the scope (last, the default)."),
                                   QStringLiteral("DATE|last"));
    cl.parser().addOptions({scope, since});
    if (!cl.parse(args, 1))
        return ExitUsage;
    const QString path = cl.parser().positionalArguments().value(0);
    if (path.isEmpty())
        return cl.usageError(tr("Say where to write the report (.xlsx)."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("pdf"))
        return cl.usageError(tr("%1: write the report as .pdf or .xlsx.").arg(path));
    // Drawing a PDF needs fonts, which need a GUI application object (an offscreen one will do).
    if (suffix == QLatin1String("pdf") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        ctx.err << tr("PDF reports need the graphics libraries; run daicho-cli itself.") << Qt::endl;
        return ExitFailure;
    }
    std::optional<QDate> sinceDay;
    if (cl.parser().isSet(since) && cl.parser().value(since) != QLatin1String("last")) {
        sinceDay = QDate::fromString(cl.parser().value(since), Qt::ISODate);
        if (!sinceDay->isValid())
            return cl.usageError(tr("--since: give a day as YYYY-MM-DD, or last."));
    }
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
    const Result<CommitteeReport> report = CommitteeReportBuilder(*reg).build(unit, sinceDay);
    if (!report) {
        ctx.err << report.errorText() << Qt::endl;
        return ExitFailure;
    }
    if (Status s = CommitteeReportFile::write(*reg, report.value(), path); !s) {
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
