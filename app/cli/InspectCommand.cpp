#include "InspectCommand.h"

#include "CommandLine.h"
#include "service/Register.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace daicho {

namespace {
QJsonObject tallyJson(const InspectionTally& t)
{
    QJsonObject answers;
    for (InspectionAnswer a : enumValues<InspectionAnswer>())
        answers.insert(enumKey(a), t.answers.value(a));
    return QJsonObject{{QStringLiteral("sections"), t.sections},
                       {QStringLiteral("asked"), t.asked},
                       {QStringLiteral("answers"), answers},
                       {QStringLiteral("unanswered"), t.unanswered()},
                       {QStringLiteral("rate"), t.rate() < 0 ? QJsonValue() : QJsonValue(t.rate())}};
}

QString tallyText(const InspectionTally& t)
{
    QStringList parts;
    for (InspectionAnswer a : enumValues<InspectionAnswer>())
        parts << QStringLiteral("%1 %2").arg(enumLabel(a)).arg(t.answers.value(a));
    parts << InspectCommand::tr("unanswered %1").arg(t.unanswered());
    const QString rate = t.rate() < 0 ? QStringLiteral("—") : QStringLiteral("%1%").arg(t.rate() * 100, 0, 'f', 1);
    return QStringLiteral("%1\t%2").arg(rate, parts.join(QStringLiteral(", ")));
}
} // namespace

int InspectCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption unit(QStringLiteral("unit"), tr("The section, as names from the body down joined by /."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption item(QStringLiteral("item"), tr("The checklist item's key."), QStringLiteral("KEY"));
    const QCommandLineOption answer(QStringLiteral("answer"),
                                    tr("The answer: %1.").arg(enumKeys<InspectionAnswer>().join(QStringLiteral(", "))),
                                    QStringLiteral("ANSWER"));
    const QCommandLineOption comment(QStringLiteral("comment"), tr("What is not done yet, or a note."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    cl.parser().addOptions({unit, item, answer, comment, json});
    if (!cl.parse(args, 1))
        return ExitUsage;
    const QString action = cl.parser().positionalArguments().value(0);
    const QStringList actions{QStringLiteral("items"), QStringLiteral("answer"), QStringLiteral("summary")};
    if (!actions.contains(action))
        return cl.usageError(tr("Say what to do: %1.").arg(actions.join(QStringLiteral(", "))));
    std::unique_ptr<Register> reg = cl.openRegister();
    if (!reg)
        return cl.failure();
    InspectionService& inspections = reg->inspections();
    const auto fail = [&ctx](const Problems& problems) {
        ctx.err << joinProblems(problems) << Qt::endl;
        const bool denied = std::any_of(problems.cbegin(), problems.cend(),
                                        [](const Problem& p) { return p.field == QLatin1String("access"); });
        return denied ? ExitDenied : ExitFailure;
    };
    qint64 sectionId = 0;
    if (cl.parser().isSet(unit)) {
        sectionId = unitAtPath(reg->org().units().valueOr({}), cl.parser().value(unit));
        if (sectionId == 0)
            return cl.usageError(tr("--unit: no unit has the path %1.").arg(cl.parser().value(unit)));
    }

    if (action == QLatin1String("answer")) {
        if (sectionId == 0)
            return cl.usageError(tr("answer needs --unit."));
        const std::optional<InspectionAnswer> chosen = enumFromKey<InspectionAnswer>(cl.parser().value(answer));
        if (!chosen)
            return cl.usageError(
                tr("--answer must be one of: %1.").arg(enumKeys<InspectionAnswer>().join(QStringLiteral(", "))));
        const Result<QList<InspectionItem>> items = inspections.items();
        if (!items)
            return fail(items.problems());
        const auto found = std::find_if(items.value().cbegin(), items.value().cend(),
                                        [&](const InspectionItem& i) { return i.key == cl.parser().value(item); });
        if (found == items.value().cend())
            return cl.usageError(
                tr("--item: the checklist has no item %1 (see inspect items).").arg(cl.parser().value(item)));
        if (Status s = inspections.answer(sectionId, found->id, *chosen, cl.parser().value(comment)); !s)
            return fail(s.problems());
        return ExitOk;
    }

    if (action == QLatin1String("items")) {
        const Result<QList<InspectionItem>> items = inspections.items();
        const Result<QHash<qint64, InspectionResponse>> answers =
            sectionId ? inspections.answers(sectionId)
                      : Result<QHash<qint64, InspectionResponse>>(QHash<qint64, InspectionResponse>());
        if (!items || !answers)
            return fail(!items ? items.problems() : answers.problems());
        QJsonArray rows;
        for (const InspectionItem& i : items.value()) {
            const std::optional<InspectionResponse> r =
                answers.value().contains(i.id) ? std::optional(answers.value().value(i.id)) : std::nullopt;
            if (cl.parser().isSet(json)) {
                QJsonObject row{{QStringLiteral("key"), i.key},
                                {QStringLiteral("article"), i.article},
                                {QStringLiteral("text"), i.text()}};
                if (sectionId) {
                    row.insert(QStringLiteral("answer"), r ? QJsonValue(enumKey(r->answer)) : QJsonValue());
                    row.insert(QStringLiteral("comment"), r ? QJsonValue(r->comment) : QJsonValue());
                }
                rows.append(row);
            } else {
                ctx.out << QStringLiteral("%1\t%2\t%3").arg(i.key, i.article, i.text());
                if (sectionId)
                    ctx.out << QLatin1Char('\t') << (r ? enumLabel(r->answer) : tr("unanswered"))
                            << (r && !r->comment.isEmpty() ? QStringLiteral("\t") + r->comment : QString());
                ctx.out << Qt::endl;
            }
        }
        if (cl.parser().isSet(json))
            ctx.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }

    // summary
    const Result<InspectionService::Summary> summary = inspections.summary();
    if (!summary)
        return fail(summary.problems());
    if (cl.parser().isSet(json)) {
        QJsonArray departments;
        for (const InspectionService::Summary::Row& r : summary.value().departments) {
            QJsonObject row = tallyJson(r.tally);
            row.insert(QStringLiteral("unit"), r.name);
            departments.append(row);
        }
        ctx.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("fiscal_year"), inspections.fiscalYear()},
                                      {QStringLiteral("departments"), departments},
                                      {QStringLiteral("city"), tallyJson(summary.value().city)}})
                .toJson(QJsonDocument::Indented));
    } else {
        for (const InspectionService::Summary::Row& r : summary.value().departments)
            ctx.out << r.name << QLatin1Char('\t') << tallyText(r.tally) << Qt::endl;
        ctx.out << tr("City") << QLatin1Char('\t') << tallyText(summary.value().city) << Qt::endl;
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace daicho
