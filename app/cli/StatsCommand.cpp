#include "StatsCommand.h"

#include "CommandLine.h"
#include "domain/ClassificationScheme.h"
#include "service/Register.h"
#include "service/RegisterStats.h"

#include <QJsonDocument>

namespace daicho {

namespace {

template <typename E> void printBreakdown(QTextStream& out, const QString& title, const QMap<QString, qint64>& counts)
{
    out << title << Qt::endl;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const std::optional<E> value = enumFromKey<E>(it.key());
        out << QStringLiteral("  %1: %2").arg(value ? enumLabel(*value) : it.key()).arg(it.value()) << Qt::endl;
    }
}

} // namespace

int StatsCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON for scripts."));
    cl.parser().addOption(jsonOption);
    if (!cl.parse(args))
        return ExitUsage;

    std::unique_ptr<Register> reg = cl.openRegister();
    if (!reg)
        return cl.failure();
    Result<RegisterStats> stats = RegisterStats::collect(*reg);
    if (!stats) {
        ctx.err << stats.errorText() << Qt::endl;
        return ExitFailure;
    }
    const RegisterStats& s = stats.value();
    if (cl.parser().isSet(jsonOption)) {
        ctx.out << QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }
    ctx.out << tr("Register: %1").arg(ctx.dbPath) << Qt::endl
            << tr("Assets: %1 (unclassified: %2)").arg(s.assets).arg(s.unclassified) << Qt::endl
            << tr("Organisation units: %1 (bodies: %2)").arg(s.orgUnits).arg(s.bodies.size()) << Qt::endl
            << tr("People: %1").arg(s.people) << Qt::endl
            << tr("Audit events: %1").arg(s.auditEvents) << Qt::endl;
    printBreakdown<AssetCategory>(ctx.out, tr("By category:"), s.byCategory);
    printBreakdown<NetworkSegment>(ctx.out, tr("By network segment:"), s.bySegment);
    ctx.out << tr("By confidentiality:") << Qt::endl;
    for (auto it = s.byConfidentiality.cbegin(); it != s.byConfidentiality.cend(); ++it) {
        const QString level =
            it.key() == QLatin1String("unrated") ? tr("not rated") : axisLabel(Axis::Confidentiality).text() + it.key();
        ctx.out << QStringLiteral("  %1: %2").arg(level).arg(it.value()) << Qt::endl;
    }
    return ExitOk;
}

} // namespace daicho
