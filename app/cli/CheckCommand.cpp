#include "CheckCommand.h"

#include "CommandLine.h"
#include "compliance/ComplianceRules.h"
#include "service/Register.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace daicho {

int CheckCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON for scripts."));
    const QCommandLineOption ruleOption(QStringLiteral("rule"), tr("Only this rule (may be repeated)."),
                                        QStringLiteral("ID"));
    cl.parser().addOption(jsonOption);
    cl.parser().addOption(ruleOption);
    if (!cl.parse(args))
        return ExitUsage;
    const QStringList rules = cl.parser().values(ruleOption);
    for (const QString& rule : rules) {
        if (!ComplianceRules::find(rule)) {
            ctx.err << tr("Unknown rule \"%1\".").arg(rule) << Qt::endl;
            return ExitUsage;
        }
    }
    std::unique_ptr<Register> reg = cl.openRegister();
    if (!reg)
        return cl.failure();
    Result<QList<Finding>> findings = reg->compliance().check(rules);
    if (!findings) {
        ctx.err << findings.errorText() << Qt::endl;
        return ExitFailure;
    }
    const ComplianceService::Summary summary = ComplianceService::summarise(findings.value());
    if (cl.parser().isSet(jsonOption)) {
        QJsonArray list;
        for (const Finding& f : findings.value())
            list.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                    {QStringLiteral("severity"), enumKey(f.severity)},
                                    {QStringLiteral("article"), f.article},
                                    {QStringLiteral("asset_id"), f.assetCode.isEmpty() ? QJsonValue() : f.assetCode},
                                    {QStringLiteral("unit_id"), f.unitId == 0 ? QJsonValue() : QJsonValue(f.unitId)},
                                    {QStringLiteral("message"), f.message}});
        QJsonObject counts;
        for (auto it = summary.byRule.cbegin(); it != summary.byRule.cend(); ++it)
            counts.insert(it.key(), it.value());
        QJsonObject severities;
        for (Severity s : enumValues<Severity>())
            severities.insert(enumKey(s), summary.bySeverity.value(s));
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("findings"), list},
                                                               {QStringLiteral("by_rule"), counts},
                                                               {QStringLiteral("by_severity"), severities}})
                                         .toJson(QJsonDocument::Indented));
    } else {
        for (const Finding& f : findings.value())
            ctx.out << QStringLiteral("%1\t%2\t%3").arg(enumLabel(f.severity), f.rule, f.message) << Qt::endl;
        ctx.out << tr("%n finding(s): %1 errors, %2 warnings", nullptr, static_cast<int>(findings.value().size()))
                       .arg(summary.bySeverity.value(Severity::Error))
                       .arg(summary.bySeverity.value(Severity::Warning))
                << Qt::endl;
    }
    ctx.out.flush();
    return summary.hasErrors() ? ExitFindings : ExitOk;
}

} // namespace daicho
