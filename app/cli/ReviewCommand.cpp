#include "ReviewCommand.h"

#include "CommandLine.h"
#include "exchange/ReviewEvidenceExporter.h"
#include "service/Register.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace daicho {

int ReviewCommand::execute(const QStringList& args, CliContext& ctx)
{
    CommandLine cl(*this, ctx);
    const QCommandLineOption year(QStringLiteral("year"), tr("The fiscal year (年度), e.g. 2026."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption due(QStringLiteral("due"), tr("The due date (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     tr("The outcome: %1.").arg(enumKeys<ReviewOutcome>().join(QStringLiteral(", "))),
                                     QStringLiteral("OUTCOME"));
    const QCommandLineOption comment(QStringLiteral("comment"), tr("A comment."), QStringLiteral("TEXT"));
    const QCommandLineOption unit(QStringLiteral("unit"), tr("The unit, as names from the body down joined by /."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    cl.parser().addOptions({year, due, outcome, comment, unit, json});
    // "mark" takes the assets' IDs; the other actions take none.
    if (!cl.parse(args, std::numeric_limits<int>::max()))
        return ExitUsage;
    const QStringList positional = cl.parser().positionalArguments();
    const QString action = positional.value(0);
    const QStringList actions{QStringLiteral("open"),    QStringLiteral("mark"),     QStringLiteral("confirm"),
                              QStringLiteral("signoff"), QStringLiteral("progress"), QStringLiteral("left"),
                              QStringLiteral("evidence")};
    if (!actions.contains(action))
        return cl.usageError(tr("Say what to do: %1.").arg(actions.join(QStringLiteral(", "))));
    const bool takesArguments = action == QLatin1String("mark") || action == QLatin1String("evidence");
    if (action == QLatin1String("evidence") && positional.size() != 2)
        return cl.usageError(tr("evidence needs the file to write (.xlsx or .csv)."));
    if (!takesArguments && positional.size() > 1)
        return cl.usageError(tr("Unexpected argument: %1").arg(positional.at(1)));
    std::unique_ptr<Register> reg = cl.openRegister();
    if (!reg)
        return cl.failure();
    ReviewService& reviews = reg->reviews();
    const auto fail = [&ctx](const Problems& problems) {
        ctx.err << joinProblems(problems) << Qt::endl;
        const bool denied = std::any_of(problems.cbegin(), problems.cend(),
                                        [](const Problem& p) { return p.field == QLatin1String("access"); });
        return denied ? ExitDenied : ExitFailure;
    };
    const auto unitId = [&]() -> qint64 { return unitAtPath(reg->org().units().valueOr({}), cl.parser().value(unit)); };

    if (action == QLatin1String("open")) {
        const Result<qint64> id = reviews.openCampaign(cl.parser().value(year).toInt(),
                                                       QDate::fromString(cl.parser().value(due), Qt::ISODate));
        if (!id)
            return fail(id.problems());
        ctx.out << tr("Review of fiscal year %1 opened.").arg(cl.parser().value(year)) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("mark")) {
        const std::optional<ReviewOutcome> chosen = enumFromKey<ReviewOutcome>(cl.parser().value(outcome));
        if (!chosen)
            return cl.usageError(
                tr("--outcome must be one of: %1.").arg(enumKeys<ReviewOutcome>().join(QStringLiteral(", "))));
        Problems problems;
        for (const QString& code : positional.mid(1)) {
            const std::optional<Asset> asset = reg->assets().findByCode(code).valueOr({});
            if (!asset) {
                problems << Problem{QStringLiteral("asset"), tr("%1: no such asset").arg(code)};
                continue;
            }
            if (Status s = reviews.review(asset->id, *chosen, cl.parser().value(comment)); !s)
                for (Problem p : s.problems()) {
                    p.message = code + QStringLiteral(": ") + p.message;
                    problems << p;
                }
        }
        return problems.isEmpty() ? int(ExitOk) : fail(problems);
    }
    if (action == QLatin1String("confirm") || action == QLatin1String("signoff")) {
        const qint64 id = unitId();
        if (id == 0)
            return cl.usageError(tr("--unit: no unit has the path %1.").arg(cl.parser().value(unit)));
        const Result<qint64> done = action == QLatin1String("confirm")
                                        ? reviews.confirmSection(id)
                                        : reviews.signOff(id, cl.parser().value(comment));
        if (!done)
            return fail(done.problems());
        if (action == QLatin1String("confirm"))
            ctx.out << tr("%n asset(s) confirmed.", nullptr, int(done.value())) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("evidence")) {
        const Result<qint64> written = ReviewEvidenceExporter(*reg).exportFile(positional.at(1));
        if (!written)
            return fail(written.problems());
        ctx.out << tr("%n review(s) written to %1.", nullptr, int(written.value())).arg(positional.at(1)) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("left")) {
        const Result<QList<ReviewService::SectionLeft>> left = reviews.sectionsLeft();
        if (!left)
            return fail(left.problems());
        QJsonArray rows;
        for (const ReviewService::SectionLeft& l : left.value()) {
            if (cl.parser().isSet(json))
                rows.append(QJsonObject{{QStringLiteral("section"), l.section},
                                        {QStringLiteral("department"), l.department},
                                        {QStringLiteral("assets"), l.assets},
                                        {QStringLiteral("left"), l.left},
                                        {QStringLiteral("managers"), QJsonArray::fromStringList(l.managers)}});
            else
                ctx.out << QStringLiteral("%1\t%2\t%3/%4\t%5")
                               .arg(l.department, l.section)
                               .arg(l.left)
                               .arg(l.assets)
                               .arg(l.managers.join(QStringLiteral("、")))
                        << Qt::endl;
        }
        if (cl.parser().isSet(json))
            ctx.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }
    // progress
    const Result<QList<ReviewService::Progress>> progress = reviews.progress();
    if (!progress)
        return fail(progress.problems());
    QJsonArray rows;
    for (const ReviewService::Progress& p : progress.value()) {
        if (cl.parser().isSet(json)) {
            QJsonObject reviewed;
            for (ReviewOutcome o : enumValues<ReviewOutcome>())
                reviewed.insert(enumKey(o), p.reviewed.value(o));
            rows.append(QJsonObject{
                {QStringLiteral("unit"), p.name},
                {QStringLiteral("assets"), p.assets},
                {QStringLiteral("reviewed"), reviewed},
                {QStringLiteral("signed_off_by"), p.signoff ? QJsonValue(p.signoff->signedBy) : QJsonValue()}});
        } else {
            ctx.out << QStringLiteral("%1\t%2/%3%4")
                           .arg(p.name)
                           .arg(p.reviewedCount())
                           .arg(p.assets)
                           .arg(p.signoff ? QStringLiteral("\t") + tr("signed off by %1").arg(p.signoff->signedBy)
                                          : QString())
                    << Qt::endl;
        }
    }
    if (cl.parser().isSet(json))
        ctx.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    ctx.out.flush();
    return ExitOk;
}

} // namespace daicho
